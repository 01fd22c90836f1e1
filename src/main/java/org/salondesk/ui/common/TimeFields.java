package org.salondesk.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** A text field for a time of day typed as 14:30 (or 1430), bound both ways to a property. */
public final class TimeFields {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private TimeFields() {
    }

    public static TextField of(String id, ObjectProperty<LocalTime> time) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPromptText("09:00");
        TextFormatter<LocalTime> formatter = new TextFormatter<>(CONVERTER, time.get());
        formatter.valueProperty().bindBidirectional(time);
        field.setTextFormatter(formatter);
        return field;
    }

    private static final StringConverter<LocalTime> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalTime value) {
            return value == null ? "" : HH_MM.format(value);
        }

        @Override
        public LocalTime fromString(String text) {
            String typed = text == null ? "" : text.strip();
            if (typed.matches("\\d{3,4}")) {
                typed = typed.substring(0, typed.length() - 2) + ":" + typed.substring(typed.length() - 2);
            }
            try {
                return typed.isEmpty() ? null : LocalTime.parse(typed.length() == 4 ? "0" + typed : typed, HH_MM);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };
}
