package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.availability.BookingStatus;

/**
 * A booking with every field the booking functions return (booking_id, booking_date, booking_time, service_ids,
 * service_names, booking_duration, total_cost, employee_id, employee_name, job_title, company_id, company_name,
 * company_address), plus its number, status, source and client.
 */
public record BookingInfo(long id, long number, LocalDate date, LocalTime time, List<Long> serviceIds,
                          List<String> serviceNames, int duration, BigDecimal totalCost, long masterId,
                          String masterName, String jobTitle, long branchId, String branchName,
                          String branchAddress, BookingStatus status, BookingSource source, long clientId,
                          String clientName, String clientPhone, String note) {

    public BookingInfo {
        serviceIds = List.copyOf(serviceIds);
        serviceNames = List.copyOf(serviceNames);
    }

    /** When the last service ends. */
    public LocalTime endTime() {
        return time.plusMinutes(duration);
    }
}
