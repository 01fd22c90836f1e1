package org.salondesk.report;

import java.math.BigDecimal;

/**
 * The clients of a period: those who came (a completed booking), how many for the first time at the branch, their
 * visits, the revenue of the period's checkouts over their number, and the clients lost in the period (their last
 * visit up to the period's end was {@code lostAfterDays} days before a date of the period).
 */
public record ClientFigures(long clients, long newClients, long visits, BigDecimal revenue, long checkouts,
                            int lostAfterDays, long lost) {

    public long returning() {
        return clients - newClients;
    }

    /** Visits per client, two decimals. */
    public BigDecimal visitsPerClient() {
        return Shares.average(BigDecimal.valueOf(visits), clients);
    }

    public BigDecimal averageTicket() {
        return Shares.average(revenue, checkouts);
    }
}
