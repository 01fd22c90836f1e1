package org.salondesk;

import java.math.BigDecimal;
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

    /** The trimmed text, refused when null or blank or longer than {@code limit}. */
    public static String text(String value, String fieldKey, TextLimit limit) {
        return fits(text(value, fieldKey), limit);
    }

    /** The trimmed text, or null when null or blank; refused when longer than {@code limit}. */
    public static String optionalText(String value, TextLimit limit) {
        return fits(optionalText(value), limit);
    }

    private static String fits(String text, TextLimit limit) {
        if (!limit.fits(text)) {
            throw limit.refusal();
        }
        return text;
    }

    /** The value, refused when missing or outside {@code bounds} (range, digits after the point, step). */
    public static BigDecimal within(BigDecimal value, Bounds bounds) {
        present(value, bounds.nameKey());
        Bounds.Refusal refusal = bounds.check(value);
        if (refusal != null) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, refusal.key(), refusal.arguments());
        }
        return value;
    }

    public static int within(int value, Bounds bounds) {
        within(BigDecimal.valueOf(value), bounds);
        return value;
    }

    /** Null stays null (the field is optional); any other value is checked as by {@link #within(int, Bounds)}. */
    public static Integer optionalWithin(Integer value, Bounds bounds) {
        return value == null ? null : within(value.intValue(), bounds);
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
