package org.salondesk.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts people read: one bundle, English as the base and Russian beside it, chosen by the OS locale.
 * A missing key shows as the key itself rather than failing, so a forgotten text never breaks a screen
 * (a test checks that both languages have every key).
 */
public final class Messages {

    /** The bundle's base name, for code that wants the bundle itself (FXML, CalendarFX). */
    public static final String BUNDLE = "org.salondesk.i18n.messages";

    // Without this control a Russian PC asking for English would get Russian: the JDK falls back to the default locale first.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    // Salons write their hours 24-hour in every language the desk speaks (English included): no AM/PM anywhere.
    private static final String TIME_PATTERN = "HH:mm";

    private Messages() {
    }

    /**
     * The one format of clock times for a locale: every screen, every text and the calendar's time scale use it, so
     * that a time never shows as 14:00 in one place and 2 PM in another.
     */
    public static DateTimeFormatter timeFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(TIME_PATTERN, locale);
    }

    /** {@link #timeFormatter(Locale)} of the UI's locale. */
    public static DateTimeFormatter timeFormatter() {
        return timeFormatter(Locale.getDefault());
    }

    /** A clock time as the UI writes it (14:00). */
    public static String time(LocalTime time) {
        return timeFormatter().format(time);
    }

    /** A date and time as the UI writes them: the locale's short date and {@link #timeFormatter()}. */
    public static DateTimeFormatter dateTimeFormatter() {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.SHORT, null).appendLiteral(' ')
                .appendPattern(TIME_PATTERN).toFormatter(Locale.getDefault());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public static ResourceBundle bundle() {
        return bundle(Locale.getDefault());
    }

    public static String get(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    /**
     * A text with a count, in the plural form the language wants: {@code key.one}, {@code key.few} or
     * {@code key.many} (Russian: 1 запись, 2 записи, 5 записей, 11 записей, 21 запись); English has one and many.
     */
    public static String plural(String key, long count) {
        Locale locale = Locale.getDefault();
        return format(locale, key + "." + pluralForm(locale, count), count);
    }

    static String pluralForm(Locale locale, long count) {
        long n = Math.abs(count);
        if (!"ru".equals(bundle(locale).getLocale().getLanguage())) {
            return n == 1 ? "one" : "many";
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }

    /** Dates and times as people of the locale write them (MessageFormat knows only java.util.Date). */
    private static Object[] localized(Locale locale, Object[] arguments) {
        Object[] result = arguments.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof LocalDate date) {
                result[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            } else if (result[i] instanceof LocalTime time) {
                result[i] = timeFormatter(locale).format(time);
            }
        }
        return result;
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so every text in the bundle escapes an apostrophe the same way ('').
        return new MessageFormat(pattern, locale).format(localized(locale, arguments));
    }
}
