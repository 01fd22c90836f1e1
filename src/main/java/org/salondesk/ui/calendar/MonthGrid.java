package org.salondesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;

/**
 * The month layout: six weeks from Monday, each day with the number of its bookings and the masters' free hours;
 * a click opens the day. It takes the size it is given (its texts shorten rather than widen the window).
 */
final class MonthGrid extends GridPane {

    private static final int WEEKS = 6;

    private final Consumer<LocalDate> openDay;

    MonthGrid(Consumer<LocalDate> openDay) {
        this.openDay = openDay;
        setId("calendar-month");
        getStyleClass().add("month-grid");
        setMinSize(0, 0);
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            constraints.setMinWidth(0);
            getColumnConstraints().add(constraints);
        }
        RowConstraints header = new RowConstraints();
        header.setVgrow(Priority.NEVER);
        getRowConstraints().add(header);
        for (int week = 0; week < WEEKS; week++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(0);
            getRowConstraints().add(row);
        }
        for (int column = 0; column < 7; column++) {
            Label weekday = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            weekday.getStyleClass().add("month-weekday");
            weekday.setMinWidth(0);
            add(weekday, column, 0);
        }
    }

    /** Shows the six weeks of {@code days} (from a Monday, as the ViewModel lays them out). */
    void show(List<MonthDay> days) {
        getChildren().removeIf(node -> node.getStyleClass().contains("month-day"));
        for (int i = 0; i < days.size() && i < WEEKS * 7; i++) {
            add(cell(days.get(i)), i % 7, i / 7 + 1);
        }
    }

    // Free hours only where the day can still be booked, and only in the month shown.
    private static String freeText(MonthDay day) {
        if (day.freeMinutes() == null || !day.inMonth()) {
            return "";
        }
        if (day.freeMinutes() == 0) {
            return Messages.get("calendar.noFreeTime");
        }
        if (day.freeMinutes() < 30) {
            return Messages.get("calendar.freeMinutes", day.freeMinutes());
        }
        // In whole and half hours, rounded down: "4.5 h free" promises no more than there is.
        return Messages.get("calendar.freeHours", Math.floor(day.freeMinutes() / 30.0) / 2);
    }

    private VBox cell(MonthDay day) {
        Label number = new Label(Integer.toString(day.date().getDayOfMonth()));
        number.getStyleClass().add("month-day-number");
        Label bookings = new Label(day.bookings() == 0 ? "" : Messages.plural("calendar.bookingCount", day.bookings()));
        bookings.getStyleClass().add("month-day-count");
        Label free = new Label(freeText(day));
        free.getStyleClass().add("month-day-free");
        for (Label label : List.of(number, bookings, free)) {
            label.setMinWidth(0);
        }
        VBox cell = new VBox(2, number, bookings, free);
        cell.setId("month-day-" + day.date());
        cell.setAlignment(Pos.TOP_LEFT);
        cell.getStyleClass().add("month-day");
        if (!day.inMonth()) {
            cell.getStyleClass().add("other-month");
        }
        if (day.today()) {
            cell.getStyleClass().add("today");
        }
        cell.setMinSize(0, 0);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setOnMouseClicked(event -> openDay.accept(day.date()));
        return cell;
    }
}
