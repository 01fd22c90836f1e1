package org.salondesk.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.salondesk.availability.BookingStatus;


/** One booking of a client, for her history: when, with whom, for what, and how it went. */
public record ClientVisit(long bookingId, long number, LocalDate date, LocalTime time, String master,
                          String services, BigDecimal total, BookingStatus status) {
}
