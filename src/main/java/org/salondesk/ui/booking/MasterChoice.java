package org.salondesk.ui.booking;

/** A choice in the dialog's master picker: one master, or "any master" (id null). */
public record MasterChoice(Long employeeId, String name) {

    public boolean isAny() {
        return employeeId == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
