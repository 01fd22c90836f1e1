package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.TextLimit;
import org.salondesk.availability.BookingStatus;

/** A line of the request list: every column the admin sorts and reads. */
public record RequestRow(long id, long number, long branchId, String branchName, long masterId,
                         String masterName, LocalDate date, LocalTime time, int durationMinutes, String services,
                         long clientId, String clientName, String clientPhone, BookingStatus status,
                         BookingSource source, BigDecimal total) {

    /** The longest reason a cancel from the list takes (the booking's own limit): screens hold rows, not bookings. */
    public static final TextLimit CANCEL_REASON = BookingTexts.CANCEL_REASON;
}
