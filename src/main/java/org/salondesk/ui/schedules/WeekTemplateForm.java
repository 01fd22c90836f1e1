package org.salondesk.ui.schedules;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.schedule.ScheduleChange;
import org.salondesk.schedule.WeeklyShiftRow;

/** The weekly template's form: Monday to Sunday as edited, and as read, to tell the unsaved edits apart. */
public final class WeekTemplateForm {

    private final ObservableList<WeekdayRow> week = FXCollections.observableArrayList();
    private List<WeeklyShiftRow> asRead = List.of();

    /** Shows the template as read from the database. */
    void show(List<WeeklyShiftRow> weekly) {
        asRead = List.copyOf(weekly);
        week.setAll(rows(weekly));
    }

    /** One weekday as a change: working with its hours, or not working. */
    static ScheduleChange.Weekly change(long masterId, WeekdayRow row) {
        return row.workingProperty().get()
                ? new ScheduleChange.Weekly(masterId, row.day(), row.startProperty().get(), row.endProperty().get())
                : new ScheduleChange.Weekly(masterId, row.day(), null, null);
    }

    /** The weekdays edited on screen and not saved, as changes. */
    List<ScheduleChange> changes(long masterId) {
        List<WeekdayRow> read = rows(asRead);
        List<ScheduleChange> changes = new ArrayList<>();
        for (int i = 0; i < week.size() && i < read.size(); i++) {
            WeekdayRow shown = week.get(i);
            WeekdayRow was = read.get(i);
            boolean working = shown.workingProperty().get();
            if (working != was.workingProperty().get() || working
                    && (!Objects.equals(shown.startProperty().get(), was.startProperty().get())
                    || !Objects.equals(shown.endProperty().get(), was.endProperty().get()))) {
                changes.add(change(masterId, shown));
            }
        }
        return changes;
    }

    /** Puts back the template as read. */
    void discard() {
        List<WeekdayRow> read = rows(asRead);
        for (int i = 0; i < week.size() && i < read.size(); i++) {
            week.get(i).workingProperty().set(read.get(i).workingProperty().get());
            week.get(i).startProperty().set(read.get(i).startProperty().get());
            week.get(i).endProperty().set(read.get(i).endProperty().get());
        }
    }

    private static List<WeekdayRow> rows(List<WeeklyShiftRow> weekly) {
        return Arrays.stream(DayOfWeek.values()).map(day -> weekly.stream()
                        .filter(shift -> shift.day() == day).findFirst()
                        .map(shift -> new WeekdayRow(day, shift.start(), shift.end()))
                        .orElse(new WeekdayRow(day, null, null)))
                .toList();
    }

    /** Monday to Sunday. */
    public ObservableList<WeekdayRow> week() {
        return week;
    }
}
