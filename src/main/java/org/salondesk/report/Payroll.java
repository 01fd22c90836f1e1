package org.salondesk.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The masters' pay of a period: commission per master and service, and daily rates. */
public record Payroll(List<PayLine> commissions, List<DailyPay> dailyRates) {

    public Payroll {
        commissions = List.copyOf(commissions);
        dailyRates = List.copyOf(dailyRates);
    }

    /** What each master earns in all (commissions and daily rate), by master id. */
    public Map<Long, BigDecimal> totals() {
        Map<Long, BigDecimal> totals = new TreeMap<>();
        commissions.forEach(line -> totals.merge(line.masterId(), line.commission(), BigDecimal::add));
        dailyRates.forEach(pay -> totals.merge(pay.masterId(), pay.amount(), BigDecimal::add));
        return totals;
    }
}
