package org.salondesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;

/** The month layout: six weeks from Monday, each day with the number of its bookings; a click opens the day. */
final class MonthGrid extends GridPane {

    private final Consumer<LocalDate> openDay;

    MonthGrid(Consumer<LocalDate> openDay) {
        this.openDay = openDay;
        setId("calendar-month");
        getStyleClass().add("month-grid");
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            getColumnConstraints().add(constraints);
        }
    }

    /** Shows the six weeks starting {@code from} (a Monday), dimming days outside {@code month}'s month. */
    void show(LocalDate from, LocalDate month, LocalDate today, Map<LocalDate, Long> counts) {
        getChildren().clear();
        getRowConstraints().clear();
        RowConstraints header = new RowConstraints();
        header.setVgrow(Priority.NEVER);
        getRowConstraints().add(header);
        for (int column = 0; column < 7; column++) {
            Label weekday = new Label(DayOfWeek.of(column + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            weekday.getStyleClass().add("month-weekday");
            add(weekday, column, 0);
        }
        for (int week = 0; week < 6; week++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(100.0 / 6.3);
            getRowConstraints().add(row);
            for (int day = 0; day < 7; day++) {
                LocalDate date = from.plusDays(week * 7L + day);
                add(cell(date, date.getMonth() == month.getMonth(), date.equals(today), counts.getOrDefault(date, 0L)),
                        day, week + 1);
            }
        }
    }

    private VBox cell(LocalDate date, boolean inMonth, boolean today, long count) {
        Label number = new Label(Integer.toString(date.getDayOfMonth()));
        number.getStyleClass().add("month-day-number");
        Label bookings = new Label(count == 0 ? "" : Messages.plural("calendar.bookingCount", count));
        bookings.getStyleClass().add("month-day-count");
        VBox cell = new VBox(4, number, bookings);
        cell.setId("month-day-" + date);
        cell.setAlignment(Pos.TOP_LEFT);
        cell.getStyleClass().add("month-day");
        if (!inMonth) {
            cell.getStyleClass().add("other-month");
        }
        if (today) {
            cell.getStyleClass().add("today");
        }
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setOnMouseClicked(event -> openDay.accept(date));
        return cell;
    }
}
