package org.salondesk.availability;

import java.time.LocalDate;

/** A free start on a date, with the master who would take it (the next free times when a date has none). */
public record FreeStart(LocalDate date, SlotOffer offer) {
}
