package org.salondesk.report;

import java.math.BigDecimal;

/** A master's commission for one service: how many she did, their line amounts and what she earns of them. */
public record PayLine(long masterId, String master, long serviceId, String service, long done, BigDecimal sales,
                      BigDecimal commission) {
}
