package org.salondesk.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

import org.salondesk.i18n.Messages;

/** A text field for a time of day typed as 14:30 (or 1430), bound both ways to a property. */
public final class TimeFields {

    // What may be typed besides the UI's own format.
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

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
            return value == null ? "" : Messages.time(value);
        }

        @Override
        public LocalTime fromString(String text) {
            String typed = text == null ? "" : text.strip();
            if (typed.matches("\\d{3,4}")) {
                typed = typed.substring(0, typed.length() - 2) + ":" + typed.substring(typed.length() - 2);
            }
            if (typed.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter format : new DateTimeFormatter[]{Messages.timeFormatter(), HH_MM}) {
                try {
                    return LocalTime.parse(typed, format);
                } catch (DateTimeParseException e) {
                    // not in this format; try the next
                }
            }
            return null;
        }
    };
}
