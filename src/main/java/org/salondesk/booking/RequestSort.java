package org.salondesk.booking;

/** How the request list is ordered: by a column, ascending or descending; ties by date, time and number. */
public record RequestSort(Column column, boolean ascending) {

    /** The columns the list sorts by. */
    public enum Column {
        DATE_TIME("b.date, b.startTime"),
        NUMBER("b.number"),
        MASTER("e.name"),
        CLIENT("c.name, c.surname"),
        STATUS("b.status"),
        SOURCE("b.source"),
        TOTAL("b.totalCost");

        private final String expression;

        Column(String expression) {
            this.expression = expression;
        }

        String orderBy(boolean ascending) {
            String direction = ascending ? " asc" : " desc";
            return String.join(direction + ", ", expression.split(", ")) + direction;
        }
    }

    public static RequestSort byDateTime() {
        return new RequestSort(Column.DATE_TIME, true);
    }

    String orderBy() {
        String tieBreak = column == Column.DATE_TIME ? "b.number" : "b.date, b.startTime, b.number";
        return column.orderBy(ascending) + ", " + tieBreak;
    }
}
