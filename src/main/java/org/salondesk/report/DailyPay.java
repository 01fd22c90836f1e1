package org.salondesk.report;

import java.math.BigDecimal;

/** A master's fixed daily rate times the days she worked (her schedule's working days in the period). */
public record DailyPay(long masterId, String master, int days, BigDecimal rate) {

    public BigDecimal amount() {
        return rate.multiply(BigDecimal.valueOf(days));
    }
}
