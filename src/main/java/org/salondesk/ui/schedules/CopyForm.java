package org.salondesk.ui.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.EmployeeInfo;

/** The copy panel's form: the masters the weekly template goes to, and a week repeated on the weeks after it. */
public final class CopyForm {

    private final ObservableList<EmployeeInfo> targets = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>(this, "weekStart");
    private final IntegerProperty weeks = new SimpleIntegerProperty(this, "weeks", 4);

    CopyForm(LocalDate today) {
        weekStart.set(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The chosen masters but the one copied from. */
    List<Long> targetsBut(long masterId) {
        return targets.stream().map(EmployeeInfo::id).filter(id -> id != masterId).toList();
    }

    /** The Monday of the week picked (any day of it may be picked). */
    LocalDate monday() {
        return weekStart.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The masters the weekly template is copied to. */
    public ObservableList<EmployeeInfo> targets() {
        return targets;
    }

    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    public IntegerProperty weeksProperty() {
        return weeks;
    }
}
