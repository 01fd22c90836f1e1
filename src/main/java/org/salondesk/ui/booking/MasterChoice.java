package org.salondesk.ui.booking;

/** A choice in the dialog's master picker: one master, or "any master" (id null). */
public record MasterChoice(Long masterId, String name) {

    public boolean isAny() {
        return masterId == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
