package org.salondesk.client;

/**
 * One data line of an import file as read: its line number, the fields, the phone in E.164 when it was valid, and
 * the problem that keeps it out (null: it will be imported).
 */
public record ImportRow(long line, String name, String surname, String phone, String email, String note,
                        String problem) {

    public boolean good() {
        return problem == null;
    }
}
