package org.salondesk.ui.calendar;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.salondesk.booking.EmployeeInfo;

/**
 * Whose desk the calendar is on. On a master's desk her column comes first and the other masters' columns are hers
 * to look at, not to change (the booking service refuses their changes anyway); at the front desk (admin,
 * receptionist) every column is as it always was.
 */
final class OwnColumns {

    private final ReadOnlyObjectWrapper<Long> own = new ReadOnlyObjectWrapper<>(this, "ownMaster");

    void setOwn(Long masterId) {
        own.set(masterId);
    }

    ReadOnlyObjectProperty<Long> ownProperty() {
        return own.getReadOnlyProperty();
    }

    /** Whether {@code masterId}'s column is another master's on a master's desk. */
    boolean readOnly(long masterId) {
        Long mine = own.get();
        return mine != null && mine != masterId;
    }

    /** Whether this desk changes {@code masterId}'s bookings: at the front desk anyone's, on hers her own. */
    boolean mayChange(long masterId) {
        return !readOnly(masterId);
    }

    /** The columns with hers first, the others in their order. */
    List<EmployeeInfo> ordered(List<EmployeeInfo> columns) {
        Long mine = own.get();
        if (mine == null || columns.isEmpty() || columns.get(0).id() == mine) {
            return columns;
        }
        List<EmployeeInfo> ordered = new ArrayList<>(columns.size());
        columns.stream().filter(master -> master.id() == mine).forEach(ordered::add);
        columns.stream().filter(master -> master.id() != mine).forEach(ordered::add);
        return ordered;
    }
}
