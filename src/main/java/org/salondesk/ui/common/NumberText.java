package org.salondesk.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.salondesk.Bounds;

/**
 * Numbers as the people of the desk's language write them: "2,500.50" in English, "2 500,50" in Russian. Every number
 * field reads and shows its number here, so the price list and the form agree and "2,500" is never read as 2.5.
 *
 * <p>Reading is strict: only the language's decimal separator, at most once, and groups of exactly three digits
 * ("2,5,0" and "25,00" are refused rather than guessed). A space (plain, no-break or narrow no-break) also groups
 * thousands, in every language: it can never be a decimal separator, and the SI writes thousands that way, so
 * "1 500" is 1500 in English too without any risk of a misreading.
 */
public final class NumberText {

    private static final String SPACES = " \u00a0\u202f";

    private final Locale locale;
    private final char decimal;
    private final char grouping;

    private NumberText(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
    }

    /** Numbers in the desk's language (the default locale, which also picks the texts). */
    public static NumberText desk() {
        return new NumberText(Locale.getDefault());
    }

    public static NumberText of(Locale locale) {
        return new NumberText(locale);
    }

    /** The number typed, or null when the text is blank or cannot be read as one number. */
    public BigDecimal parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        boolean negative = text.charAt(0) == '-' || text.charAt(0) == '\u2212';
        if (negative) {
            text = text.substring(1);
        }
        int point = text.indexOf(decimal);
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (point >= 0 && !isDigits(fraction)) {
            return null;
        }
        String digits = wholeDigits(whole);
        if (digits == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
        return negative ? value.negate() : value;
    }

    /** The digits of the whole part, or null when its grouping is not one kind of separator every three digits. */
    private String wholeDigits(String whole) {
        if (isDigits(whole)) {
            return whole;
        }
        char separator = 0;
        for (char c : whole.toCharArray()) {
            if (!Character.isDigit(c)) {
                char kind = isSpace(c) ? ' ' : c;
                if (kind != ' ' && c != grouping || separator != 0 && separator != kind) {
                    return null;
                }
                separator = kind;
            }
        }
        String[] groups = whole.split(separator == ' ' ? "[" + SPACES + "]"
                : Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || !isDigits(groups[0])) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !isDigits(groups[i])) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static boolean isSpace(char c) {
        return SPACES.indexOf(c) >= 0;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number as the language writes it: "2,500" or "2,500.50" (a fraction always shows two digits or more). */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal exact = value.stripTrailingZeros();
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, exact.scale());
        format.setMinimumFractionDigits(decimals == 0 ? 0 : Math.max(2, decimals));
        format.setMaximumFractionDigits(Math.max(2, decimals));
        return format.format(exact);
    }

    public String format(long value) {
        return format(BigDecimal.valueOf(value));
    }

    /**
     * What is wrong with the typed text as a number within {@code bounds}, in the desk's words, or "" when it is
     * fine; a blank text is fine when {@code optional}.
     */
    public String problem(String typed, Bounds bounds, boolean optional) {
        if (typed == null || typed.isBlank()) {
            return optional ? "" : bounds.unreadable(format(new BigDecimal("1500.50")));
        }
        BigDecimal value = parse(typed);
        return value == null ? bounds.unreadable(format(new BigDecimal("1500.50"))) : bounds.problem(value);
    }
}
