package org.salondesk.catalog;

import java.math.BigDecimal;

/** A tick of the master × service matrix, with her own price and duration where she has them (null otherwise). */
public record Provision(long masterId, long serviceId, BigDecimal ownPrice, Integer ownDurationMinutes) {
}
