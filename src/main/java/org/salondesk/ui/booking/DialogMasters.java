package org.salondesk.ui.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.BranchSettings;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;

/** The dialog's master picker ("any master" first) and the dates the branch takes bookings for. */
final class DialogMasters {

    private final Long preferredMaster;
    private final ObservableList<MasterChoice> masters = FXCollections.observableArrayList();
    private final ObjectProperty<MasterChoice> master = new SimpleObjectProperty<>(this, "master");
    private final ReadOnlyObjectWrapper<LocalDate> firstDate = new ReadOnlyObjectWrapper<>(this, "firstDate");
    private final ReadOnlyObjectWrapper<LocalDate> lastDate = new ReadOnlyObjectWrapper<>(this, "lastDate");
    private final Map<Long, String> names = new HashMap<>();

    /** {@code preferredMaster}: the master chosen once the masters are in (the clicked one), or null for any. */
    DialogMasters(Long preferredMaster) {
        this.preferredMaster = preferredMaster;
    }

    /** Shows the branch's masters, the preferred one chosen, and its bookable dates from {@code today}. */
    void show(BranchSettings branch, LocalDate today, List<EmployeeInfo> found) {
        int daysAhead = branch.bookingDaysAhead();
        firstDate.set(today);
        lastDate.set(daysAhead > 0 ? today.plusDays(daysAhead - 1L) : null);
        List<MasterChoice> choices = new ArrayList<>();
        choices.add(new MasterChoice(null, Messages.get("dialog.anyMaster")));
        found.forEach(info -> {
            names.put(info.id(), info.name());
            choices.add(new MasterChoice(info.id(), info.name()));
        });
        masters.setAll(choices);
        master.set(masters.stream().filter(choice -> preferredMaster != null
                && preferredMaster.equals(choice.masterId())).findFirst().orElse(masters.get(0)));
    }

    /** Chooses the master with this id (null: any master), if she is offered. */
    void select(Long masterId) {
        masters.stream().filter(choice -> Objects.equals(choice.masterId(), masterId)).findFirst()
                .ifPresent(master::set);
    }

    /** The master's name, or empty before the masters are in. */
    String name(long masterId) {
        return names.getOrDefault(masterId, "");
    }

    ObservableList<MasterChoice> masters() {
        return masters;
    }

    ObjectProperty<MasterChoice> masterProperty() {
        return master;
    }

    ReadOnlyObjectProperty<LocalDate> firstDateProperty() {
        return firstDate.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LocalDate> lastDateProperty() {
        return lastDate.getReadOnlyProperty();
    }
}
