package org.salondesk.ui.calendar;

import java.time.LocalDate;

/**
 * A day of the month layout.
 *
 * @param inMonth     whether it belongs to the month shown (the grid's first and last weeks run into the next ones)
 * @param bookings    its bookings, cancelled ones left out
 * @param freeMinutes the masters' free minutes that can still be booked; null when the day cannot be booked
 */
public record MonthDay(LocalDate date, boolean inMonth, boolean today, long bookings, Integer freeMinutes) {
}
