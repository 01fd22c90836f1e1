package org.salondesk.client;

/** A client as lists show her; {@code operator} is the name of the staff user responsible for her, or null. */
public record ClientRow(long id, String name, String surname, String phone, String email, boolean blocked,
                        String blockedReason, String tags, Long linkedToId, Long operatorId, String operator) {

    public String fullName() {
        return surname == null ? name : name + " " + surname;
    }
}
