package org.salondesk.client;

import java.util.regex.Pattern;

import org.salondesk.Require;

/** A client as the desk writes her: name, surname, phone (any format), email, note and tags (comma-separated). */
public record ClientForm(String name, String surname, String phone, String email, String note, String tags) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The form trimmed, the phone in E.164 (null when blank and {@code phoneOptional}: a child booked under a parent's
     * phone), the tags tidied; a blank name, a bad phone or email and overlong texts are refused.
     */
    ClientForm checked(boolean phoneOptional) {
        String checkedName = Require.text(name, "field.name");
        String checkedSurname = Require.optionalText(surname);
        Require.that(checkedName.length() <= 100 && (checkedSurname == null || checkedSurname.length() <= 100),
                "error.client.nameTooLong");
        String checkedPhone = phoneOptional && Require.optionalText(phone) == null ? null
                : PhoneNumbers.normalize(phone);
        String checkedEmail = Require.optionalText(email);
        Require.that(checkedEmail == null || checkedEmail.length() <= 200 && EMAIL.matcher(checkedEmail).matches(),
                "error.client.email", checkedEmail);
        String checkedNote = Require.optionalText(note);
        Require.that(checkedNote == null || checkedNote.length() <= 2000, "error.note.tooLong");
        String checkedTags = ClientTags.tidy(tags);
        Require.that(checkedTags == null || checkedTags.length() <= 500, "error.client.tagsTooLong");
        return new ClientForm(checkedName, checkedSurname, checkedPhone, checkedEmail, checkedNote, checkedTags);
    }
}
