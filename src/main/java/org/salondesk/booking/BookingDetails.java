package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salondesk.TextLimit;
import org.salondesk.availability.BookingStatus;

/** Everything the desk shows of one booking: who, when, what for, how much, its status and its history marks. */
public record BookingDetails(long id, long number, long branchId, long masterId, String masterName,
                             LocalDate date, LocalTime start, int durationMinutes, BookingStatus status,
                             BookingSource source, long clientId, String clientName, String clientPhone,
                             List<Line> services, BigDecimal totalCost, String note, String cancelReason,
                             Map<String, String> customFields, Instant createdAt, String createdBy,
                             Instant updatedAt, String updatedBy, int version, BookingPlan plan) {

    /** The longest cancel reason kept, for the screens (declared beside its column on {@link Booking}). */
    public static final TextLimit CANCEL_REASON = BookingTexts.CANCEL_REASON;

    public BookingDetails {
        services = List.copyOf(services);
        customFields = Map.copyOf(customFields);
        plan = plan == null ? BookingPlan.NONE : plan;
    }

    /** One service as booked. */
    public record Line(long serviceId, String title, BigDecimal price, int durationMinutes) {
    }

    public LocalTime end() {
        return start.plusMinutes(durationMinutes);
    }

    /** The statuses the pipeline allows from here. */
    public Set<BookingStatus> nextStatuses() {
        return status.next();
    }
}
