package org.salondesk.ui.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report as the screen shows, exports and prints it: column headers (which ones are figures), rows of cells, and
 * the points of its chart (a label and an exact value).
 */
public record ReportTable(ReportKind kind, List<String> headers, List<Boolean> figures, List<List<String>> rows,
                          List<Point> points) {

    public ReportTable {
        headers = List.copyOf(headers);
        figures = List.copyOf(figures);
        rows = rows.stream().map(List::copyOf).toList();
        points = List.copyOf(points);
    }

    /** One bar, point or slice of the chart. */
    public record Point(String label, BigDecimal value) {
    }
}
