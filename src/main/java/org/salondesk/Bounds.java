package org.salondesk;

import java.math.BigDecimal;

import org.salondesk.i18n.Messages;

/**
 * The numbers a field accepts: a range, how many digits after the decimal point, and for whole numbers an optional
 * step (minutes on 5-minute marks). Declared once in the feature that owns the rule, used by its service
 * ({@link Require#within(BigDecimal, Bounds)}) and by the form that checks the typed number before Save.
 *
 * @param nameKey  the bundle key of the field's name as a label ("Price"), for the message
 * @param min      the least value
 * @param max      the greatest value
 * @param decimals the most digits after the decimal point (0: a whole number)
 * @param step     whole numbers only: the value is a multiple of it (1: any)
 */
public record Bounds(String nameKey, BigDecimal min, BigDecimal max, int decimals, int step) {

    /** A whole number from {@code min} to {@code max}. */
    public static Bounds whole(String nameKey, int min, int max) {
        return new Bounds(nameKey, BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0, 1);
    }

    /** A number from {@code min} to {@code max} with at most {@code decimals} digits after the point. */
    public static Bounds decimal(String nameKey, long min, long max, int decimals) {
        return new Bounds(nameKey, BigDecimal.valueOf(min), BigDecimal.valueOf(max), decimals, 1);
    }

    /** The same bounds for a whole number that is a multiple of {@code multiple}. */
    public Bounds inSteps(int multiple) {
        return new Bounds(nameKey, min, max, 0, multiple);
    }

    public boolean isWhole() {
        return decimals == 0;
    }

    /** What is wrong with the value in the desk's language, or "" when it is within the bounds. */
    public String problem(BigDecimal value) {
        Refusal refusal = check(value);
        return refusal == null ? "" : Messages.get(refusal.key(), refusal.arguments());
    }

    /** The message for a typed text that is no number at all: for whole numbers it says which ones are taken. */
    public String unreadable(String example) {
        return isWhole() ? Messages.get(wholeKey(), arguments()) : Messages.get("error.number.unreadable",
                new Require.FieldName(nameKey), example);
    }

    /** Null when the value is fine; else the key and arguments of the message that says why not. */
    Refusal check(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (isWhole() && (exact.scale() > 0 || value.compareTo(min) < 0 || value.compareTo(max) > 0
                || value.remainder(BigDecimal.valueOf(step)).signum() != 0)) {
            return new Refusal(wholeKey(), arguments());
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return new Refusal("error.range", arguments());
        }
        if (exact.scale() > decimals) {
            return new Refusal("error.decimals", new Object[]{new Require.FieldName(nameKey), decimals});
        }
        return null;
    }

    private String wholeKey() {
        return step > 1 ? "error.range.step" : "error.range.whole";
    }

    private Object[] arguments() {
        return new Object[]{new Require.FieldName(nameKey), min, max, step};
    }

    record Refusal(String key, Object[] arguments) {
    }
}
