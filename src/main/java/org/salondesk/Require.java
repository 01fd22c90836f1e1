package org.salondesk;

import java.util.Collection;

/** Argument checks that refuse with {@link ErrorCode#INVALID_ARGUMENT} and a message naming the field. */
public final class Require {

    private Require() {
    }

    /** The trimmed text, refused when null or blank. {@code fieldKey} names the field in the message bundle. */
    public static String text(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.required", new FieldName(fieldKey));
        }
        return value.strip();
    }

    /** The trimmed text, or null when null or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T present(T value, String fieldKey) {
        if (value == null) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.required", new FieldName(fieldKey));
        }
        return value;
    }

    public static <C extends Collection<?>> C notEmpty(C values, String fieldKey) {
        if (values == null || values.isEmpty()) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.required", new FieldName(fieldKey));
        }
        return values;
    }

    public static void that(boolean condition, String messageKey, Object... arguments) {
        if (!condition) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, messageKey, arguments);
        }
    }

    /** A field's name, formatted in the locale of the message it appears in. */
    public record FieldName(String key) {
        @Override
        public String toString() {
            return org.salondesk.i18n.Messages.get(key);
        }
    }
}
