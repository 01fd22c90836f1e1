package org.salondesk.ui.common;

/** An entry of a picker that may also say "all" (value null). */
public record Choice<T>(T value, String label) {

    public static <T> Choice<T> of(T value, String label) {
        return new Choice<>(value, label);
    }

    public static <T> Choice<T> all(String label) {
        return new Choice<>(null, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
