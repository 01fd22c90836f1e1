package org.salondesk.booking;

import org.salondesk.TextLimit;

/** How long the texts typed into a booking may be: checked by the service and marked at once by the screens. */
public final class BookingTexts {

    public static final TextLimit NOTE = new TextLimit("fieldName.note", 2000);
    public static final TextLimit CANCEL_REASON = new TextLimit("fieldName.cancelReason", 500);
    public static final TextLimit IDEMPOTENCY_KEY = new TextLimit("fieldName.requestKey", 100);
    /** A custom field's name and value. */
    public static final TextLimit FIELD_KEY = new TextLimit("fieldName.fieldKey", 100);
    public static final TextLimit FIELD_VALUE = new TextLimit("fieldName.fieldValue", 1000);

    private BookingTexts() {
    }
}
