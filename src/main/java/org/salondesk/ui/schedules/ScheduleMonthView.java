package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.time.format.TextStyle;
import java.util.Locale;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.MonthView;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.salondesk.availability.TimeSpan;
import org.salondesk.i18n.Messages;

/**
 * A month of the chosen master's working time in CalendarFX: each day's hours, breaks and days off, as the
 * availability service computes them from everything on the other tabs.
 */
final class ScheduleMonthView extends BorderPane {

    private final SchedulesViewModel viewModel;
    private final MonthView month = new MonthView();
    private final Calendar working = readOnly("schedules.month.working", Calendar.Style.STYLE1);
    private final Calendar off = readOnly("schedules.month.off", Calendar.Style.STYLE7);
    private final Calendar pauses = readOnly("schedules.month.break", Calendar.Style.STYLE3);
    private final Label title = new Label();

    ScheduleMonthView(SchedulesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("schedules-month");
        setPrefWidth(420);
        // The month gives way to the forms on a narrow window instead of being cut off at the right edge.
        setMinWidth(0);
        month.setMinWidth(0);
        // CalendarFX draws the weekday names a little right of their columns: room for Sunday's.
        setPadding(new Insets(0, 24, 0, 0));
        CalendarSource source = new CalendarSource(Messages.get("nav.schedules"));
        source.getCalendars().addAll(working, off, pauses);
        month.getCalendarSources().setAll(source);
        month.setShowToday(true);
        month.setShowWeekNumbers(false);
        month.setEntryEditPolicy(parameter -> false);
        month.setShowDetailsUponEntryCreation(false);
        // Weeks start on Monday, as in the rest of the desk.
        month.setWeekFields(WeekFields.ISO);
        Button previous = new Button("‹");
        previous.setOnAction(event -> viewModel.monthProperty().set(viewModel.monthProperty().get().minusMonths(1)));
        Button next = new Button("›");
        next.setOnAction(event -> viewModel.monthProperty().set(viewModel.monthProperty().get().plusMonths(1)));
        title.getStyleClass().add("month-title");
        HBox header = new HBox(8, previous, title, next);
        header.setAlignment(Pos.CENTER);
        header.setPadding(new Insets(6));
        setTop(header);
        setCenter(month);
        viewModel.planProperty().addListener((obs, old, plan) -> show(plan));
    }

    private static Calendar readOnly(String nameKey, Calendar.Style style) {
        Calendar calendar = new Calendar(Messages.get(nameKey));
        calendar.setStyle(style);
        calendar.setReadOnly(true);
        return calendar;
    }

    private void show(MonthPlan plan) {
        working.clear();
        off.clear();
        pauses.clear();
        if (plan == null) {
            return;
        }
        title.setText(plan.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.getDefault()) + " "
                + plan.month().getYear());
        month.setDate(plan.month().atDay(1));
        for (MonthPlan.Day day : plan.days().values()) {
            if (day.working()) {
                add(working, day.date(), compact(day.shift().startTime()) + "–" + compact(day.shift().endTime()));
                for (TimeSpan pause : day.breaks()) {
                    // A day's cell holds "☕ 14" but not "☕ 14–14:30": the start says when; the Breaks tab says more.
                    add(pauses, day.date(), Messages.get("schedules.month.breakLine", compact(pause.startTime())));
                }
            } else if (day.dayOff()) {
                add(off, day.date(), Messages.get("schedules.month.off"));
            }
        }
    }

    /** 9, 9:30, 21: a month's cell is narrow. */
    private static String compact(LocalTime time) {
        return time.getMinute() == 0 ? Integer.toString(time.getHour())
                : time.getHour() + ":" + String.format("%02d", time.getMinute());
    }

    private static void add(Calendar calendar, LocalDate date, String text) {
        Entry<Object> entry = new Entry<>(text);
        entry.setInterval(date);
        entry.setFullDay(true);
        calendar.addEntry(entry);
    }
}
