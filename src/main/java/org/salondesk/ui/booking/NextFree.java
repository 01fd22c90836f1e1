package org.salondesk.ui.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One of the next free times the dialog offers when its date has none: a date, a start and the master who would
 * take it ({@code sameMaster}: the master the dialog was asked for, else any master's).
 */
public record NextFree(LocalDate date, LocalTime time, long masterId, String masterName, boolean sameMaster) {
}
