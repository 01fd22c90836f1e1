package org.salondesk.booking;

/** How the request list is ordered: by a column, ascending or descending; ties by date, time and number. */
public record RequestSort(Column column, boolean ascending) {

    /** The columns the list sorts by; a name column joins what it sorts by, the others need no join. */
    public enum Column {
        DATE_TIME("b.date, b.startTime", ""),
        NUMBER("b.number", ""),
        MASTER("e.name", " join Employee e on e.id = b.employeeId"),
        CLIENT("c.name, c.surname", " join Client c on c.id = b.clientId"),
        STATUS("b.status", ""),
        SOURCE("b.source", ""),
        TOTAL("b.totalCost", "");

        private final String expression;
        private final String join;

        Column(String expression, String join) {
            this.expression = expression;
            this.join = join;
        }

        String orderBy(boolean ascending) {
            String direction = ascending ? " asc" : " desc";
            return String.join(direction + ", ", expression.split(", ")) + direction;
        }
    }

    public static RequestSort byDateTime() {
        return new RequestSort(Column.DATE_TIME, true);
    }

    String joins() {
        return column.join;
    }

    String orderBy() {
        String tieBreak = column == Column.DATE_TIME ? "b.number" : "b.date, b.startTime, b.number";
        return column.orderBy(ascending) + ", " + tieBreak;
    }
}
