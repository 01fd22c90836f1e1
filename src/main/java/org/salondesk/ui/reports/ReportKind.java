package org.salondesk.ui.reports;

/** The reports the screen offers, each with the chart that shows it best. */
public enum ReportKind {
    REVENUE_BY_DAY(Chart.LINE), REVENUE_BY_WEEK(Chart.LINE), REVENUE_BY_MONTH(Chart.BAR),
    REVENUE_BY_MASTER(Chart.BAR), REVENUE_BY_SERVICE(Chart.BAR), REVENUE_BY_CATEGORY(Chart.PIE),
    PAYMENTS(Chart.PIE), OCCUPANCY(Chart.BAR), NO_SHOWS_BY_MASTER(Chart.BAR), NO_SHOWS_BY_CHANNEL(Chart.BAR),
    CLIENTS(Chart.BAR), PAYROLL(Chart.BAR);

    /** How the View draws a table's points. */
    public enum Chart { LINE, BAR, PIE }

    private final Chart chart;

    ReportKind(Chart chart) {
        this.chart = chart;
    }

    public Chart chart() {
        return chart;
    }

    /** The bundle key of the report's name. */
    public String textKey() {
        return "report.kind." + name();
    }
}
