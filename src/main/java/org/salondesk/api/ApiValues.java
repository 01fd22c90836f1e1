package org.salondesk.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the API's scalar values (ids, id lists, dates, times, counts) from query parameters and body fields;
 * anything malformed is INVALID_ARGUMENT naming the field.
 */
final class ApiValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(
            ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(
            ResolverStyle.STRICT);
    private static final int MAX_IDS = 20;

    private ApiValues() {
    }

    static long id(String text, String field) {
        Long id = optionalId(text, field);
        if (id == null) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d is required.");
        }
        return id;
    }

    static Long optionalId(String text, String field) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return positive(number(text, field), field);
    }

    static Long positive(Long id, String field) {
        if (id != null && id <= 0) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be a positive whole number.");
        }
        return id;
    }

    static Integer count(String text, String field, int min, int max) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long value = number(text, field);
        if (value < min || value > max) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be from " + min + " to " + max + ".");
        }
        return (int) value;
    }

    private static long number(String text, String field) {
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-')) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be a whole number.");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be a whole number.");
        }
    }

    /** "1,2,3" → [1, 2, 3]; blank → empty. */
    static List<Long> ids(String text, String field) {
        List<Long> ids = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return ids;
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_IDS) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d may list at most " + MAX_IDS + " ids.");
        }
        for (String part : parts) {
            ids.add(id(part.trim(), field));
        }
        return ids;
    }

    static List<Long> ids(List<Long> given, String field) {
        if (given == null || given.isEmpty()) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d needs at least one service id.");
        }
        if (given.size() > MAX_IDS) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d may list at most " + MAX_IDS + " ids.");
        }
        for (Long id : given) {
            if (id == null) {
                throw ApiProblem.invalid(field, "\u201c" + field + "\u201d may not contain null.");
            }
            positive(id, field);
        }
        return given;
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d is required (YYYY-MM-DD).");
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be a date as YYYY-MM-DD.");
        }
    }

    static LocalDate optionalDate(String text, String field) {
        return text == null || text.isEmpty() ? null : date(text, field);
    }

    static LocalTime time(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d is required (HH:MM).");
        }
        try {
            return LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d must be a time as HH:MM.");
        }
    }

    static LocalTime optionalTime(String text, String field) {
        return text == null || text.isEmpty() ? null : time(text, field);
    }

    /** A text field: at most {@code max} characters, no control characters; blank → null unless required. */
    static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiProblem.invalid(field, "\u201c" + field + "\u201d is required.");
            }
            return null;
        }
        if (value.length() > max) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d may have at most " + max + " characters.");
        }
        // Half a surrogate pair (a JSON escape of one half) is no character; the databases refuse it or store '?'.
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')
                || value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d may not contain control characters.");
        }
        return value.strip();
    }
}
