package org.salondesk.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** String converters for pickers that show records by one of their fields. */
public final class Converters {

    private Converters() {
    }

    /** Shows a value by {@code text}; picking from a list never needs the way back. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
