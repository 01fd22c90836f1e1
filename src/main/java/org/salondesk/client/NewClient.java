package org.salondesk.client;

import org.salondesk.Require;

/**
 * A client to be created: a name, an optional surname, a phone already normalised to E.164 and, when she gave one
 * (an online request), an e-mail address.
 */
public record NewClient(String name, String surname, String phone, String email) {

    /** Checks and normalises what the desk typed; a blank name or an invalid phone is refused. */
    public static NewClient of(String name, String surname, String phone) {
        return new NewClient(Require.text(name, "field.name"), Require.optionalText(surname),
                PhoneNumbers.normalize(phone), null);
    }

    /** The same client with her e-mail address (blank: none). */
    public NewClient withEmail(String address) {
        return new NewClient(name, surname, phone, Require.optionalText(address));
    }
}
