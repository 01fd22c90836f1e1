package org.salondesk.client;

import java.util.regex.Pattern;

import org.salondesk.Require;
import org.salondesk.TextLimit;

/** A client as the desk writes her: name, surname, phone (any format), email, note and tags (comma-separated). */
public record ClientForm(String name, String surname, String phone, String email, String note, String tags) {

    /** The form's limits, for screens (which hold records, not the entity). */
    public static final TextLimit NAME = Client.NAME;
    public static final TextLimit SURNAME = Client.SURNAME;
    public static final TextLimit EMAIL_LIMIT = Client.EMAIL;
    public static final TextLimit NOTE = Client.NOTE;
    public static final TextLimit TAGS = Client.TAGS;
    public static final TextLimit BLOCKED_REASON = Client.BLOCKED_REASON;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The form trimmed, the phone in E.164 (null when blank and {@code phoneOptional}: a child booked under a parent's
     * phone), the tags tidied; a blank name, a bad phone or email and overlong texts are refused.
     */
    ClientForm checked(boolean phoneOptional) {
        String checkedName = Require.text(name, "field.name", Client.NAME);
        String checkedSurname = Require.optionalText(surname, Client.SURNAME);
        String checkedPhone = phoneOptional && Require.optionalText(phone) == null ? null
                : PhoneNumbers.normalize(phone);
        String checkedEmail = Require.optionalText(email, Client.EMAIL);
        Require.that(checkedEmail == null || isEmail(checkedEmail), "error.client.email", checkedEmail);
        String checkedNote = Require.optionalText(note, Client.NOTE);
        String checkedTags = Require.optionalText(ClientTags.tidy(tags), Client.TAGS);
        return new ClientForm(checkedName, checkedSurname, checkedPhone, checkedEmail, checkedNote, checkedTags);
    }

    /** Whether the text looks like an email address (something@somewhere.tld); the form checks it the same way. */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }
}
