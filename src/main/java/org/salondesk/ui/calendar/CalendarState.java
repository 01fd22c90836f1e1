package org.salondesk.ui.calendar;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;

/** What the calendar looks at: the branches offered, the branch, its masters, the date, layout and selection. */
record CalendarState(ObservableList<CompanyInfo> branches, ObjectProperty<CompanyInfo> branch,
                     ObservableList<EmployeeInfo> masters, ObjectProperty<EmployeeInfo> weekMaster,
                     ObjectProperty<LocalDate> date, ObjectProperty<CalendarMode> mode,
                     ObjectProperty<BookingSummary> selected) {

    /** Nothing chosen yet, on {@code today} in the day layout. */
    static CalendarState on(Object bean, LocalDate today) {
        return new CalendarState(FXCollections.observableArrayList(),
                new SimpleObjectProperty<>(bean, "branch"), FXCollections.observableArrayList(),
                new SimpleObjectProperty<>(bean, "weekMaster"), new SimpleObjectProperty<>(bean, "date", today),
                new SimpleObjectProperty<>(bean, "mode", CalendarMode.DAY),
                new SimpleObjectProperty<>(bean, "selected"));
    }
}
