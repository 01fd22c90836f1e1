package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.availability.BookingStatus;

/**
 * A booking as the calendar and request lists show it: when, with whom, for what, and its status; and its processing
 * window (minutes after its start; 0 and 0: none), when its master is free while the client waits (decision 0033).
 */
public record BookingSummary(long id, long number, long branchId, long masterId, LocalDate date, LocalTime start,
                             int durationMinutes, BookingStatus status, BookingSource source, long clientId,
                             String clientName, String clientPhone, String services, BigDecimal totalCost,
                             String note, boolean outsideWorkingTime, int processingFromMinutes,
                             int processingMinutes) {

    /** A booking without processing. */
    public BookingSummary(long id, long number, long branchId, long masterId, LocalDate date, LocalTime start,
                          int durationMinutes, BookingStatus status, BookingSource source, long clientId,
                          String clientName, String clientPhone, String services, BigDecimal totalCost,
                          String note, boolean outsideWorkingTime) {
        this(id, number, branchId, masterId, date, start, durationMinutes, status, source, clientId, clientName,
                clientPhone, services, totalCost, note, outsideWorkingTime, 0, 0);
    }

    public boolean hasProcessing() {
        return processingMinutes > 0;
    }

    public LocalTime end() {
        return start.plusMinutes(durationMinutes);
    }

    /** The same booking at another master, date and start. */
    public BookingSummary movedTo(long newMasterId, LocalDate newDate, LocalTime newStart) {
        return new BookingSummary(id, number, branchId, newMasterId, newDate, newStart, durationMinutes, status,
                source, clientId, clientName, clientPhone, services, totalCost, note, outsideWorkingTime,
                processingFromMinutes, processingMinutes);
    }
}
