package org.salondesk.booking;

import java.util.ArrayList;
import java.util.List;

/** How the request list is ordered: by a column, ascending or descending; ties by date, time and number. */
public record RequestSort(Column column, boolean ascending) {

    /**
     * The columns the list sorts by; the names are the booking's own copies of them (lower case, kept by the
     * database), so that every order has an index to walk and no order joins another table.
     */
    public enum Column {
        DATE_TIME("b.date, b.startTime"),
        NUMBER("b.number"),
        MASTER("b.masterKey"),
        CLIENT("b.clientKey"),
        STATUS("b.status"),
        SOURCE("b.source"),
        TOTAL("b.totalCost");

        private final String expression;

        Column(String expression) {
            this.expression = expression;
        }

    }

    public static RequestSort byDateTime() {
        return new RequestSort(Column.DATE_TIME, true);
    }

    /**
     * The order, or (forward false) its exact reverse. Ties go the column's way too (a list sorted by total, highest
     * first, shows the latest of equal totals first), so that each order, either way round, is one index walked
     * forwards or backwards; no column is ever null, so the reverse is exact.
     */
    String orderBy(boolean forward) {
        String direction = ascending == forward ? " asc" : " desc";
        return String.join(direction + ", ", columns()) + direction;
    }

    /** The columns of the order, its ties' last: together they place every booking (a number is never shared). */
    List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(column.expression.split(", ")));
        if (column == Column.NUMBER) {
            return columns;
        }
        for (String tie : List.of("b.date", "b.startTime", "b.number")) {
            if (!columns.contains(tie)) {
                columns.add(tie);
            }
        }
        return columns;
    }

    /**
     * The comparison that finds what follows a booking in this order ({@code after}) or precedes it, in the order of
     * {@link #columns()}.
     */
    String beyond(boolean after, boolean including) {
        return (ascending == after ? ">" : "<") + (including ? "=" : "");
    }
}
