package org.salondesk;

import org.salondesk.i18n.Messages;

/**
 * The most characters a text field may hold (its column's length). Declared once, beside the entity, and used both by
 * the service ({@link Require#optionalText(String, TextLimit)}) and by the form that checks the field before Save.
 *
 * @param nameKey   the bundle key of the field's name as a label ("Note"), for the message
 * @param maxLength the column's length
 */
public record TextLimit(String nameKey, int maxLength) {

    static final String TOO_LONG = "error.tooLong";

    /** Whether the text, trimmed as it is stored, fits; null and blank always do. */
    public boolean fits(String text) {
        return text == null || text.strip().length() <= maxLength;
    }

    /** "Note: at most 2,000 characters." in the desk's language, or "" when the text fits. */
    public String problem(String text) {
        return fits(text) ? "" : Messages.get(TOO_LONG, new Require.FieldName(nameKey), maxLength);
    }

    SalonDeskException refusal() {
        return new SalonDeskException(ErrorCode.INVALID_ARGUMENT, TOO_LONG, new Require.FieldName(nameKey), maxLength);
    }
}
