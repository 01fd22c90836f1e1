package org.salondesk.client;

import org.salondesk.Require;

/** A client to be created: a name, an optional surname and a phone already normalised to E.164. */
public record NewClient(String name, String surname, String phone) {

    /** Checks and normalises what the desk typed; a blank name or an invalid phone is refused. */
    public static NewClient of(String name, String surname, String phone) {
        return new NewClient(Require.text(name, "field.name"), Require.optionalText(surname),
                PhoneNumbers.normalize(phone));
    }
}
