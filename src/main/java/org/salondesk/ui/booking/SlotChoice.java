package org.salondesk.ui.booking;

import java.math.BigDecimal;
import java.time.LocalTime;

/** A free start the dialog offers, with the master who would take it and her length and price. */
public record SlotChoice(LocalTime time, long masterId, String masterName, int durationMinutes, BigDecimal price) {
}
