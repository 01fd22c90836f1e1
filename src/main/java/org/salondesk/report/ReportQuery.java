package org.salondesk.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.salondesk.Require;

/** What a report is asked for: a branch, the dates [from, to] (both included) and optionally one master. */
public record ReportQuery(long branchId, LocalDate from, LocalDate to, Long masterId) {

    /** A report covers at most a little over a year: the working time is computed day by day. */
    public static final int MAX_DAYS = 400;

    public ReportQuery {
        Require.present(from, "field.dateFrom");
        Require.present(to, "field.dateTo");
        Require.that(!to.isBefore(from), "error.schedule.rangeBackwards", from, to);
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "error.report.rangeTooLong", MAX_DAYS);
    }
}
