package org.salondesk.booking;

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

        String orderBy(boolean ascending) {
            return directed(expression, ascending);
        }
    }

    public static RequestSort byDateTime() {
        return new RequestSort(Column.DATE_TIME, true);
    }

    String orderBy() {
        return orderBy(true);
    }

    /**
     * The order, or (forward false) its exact reverse: every column, the ties' too, turned round; the database gives
     * nulls the same place either way round (first when they sort low, last when high), so the reverse is exact.
     */
    String orderBy(boolean forward) {
        String tieBreak = column == Column.DATE_TIME ? "b.number" : "b.date, b.startTime, b.number";
        return column.orderBy(ascending == forward) + ", " + directed(tieBreak, forward);
    }

    private static String directed(String expression, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return String.join(direction + ", ", expression.split(", ")) + direction;
    }
}
