package org.salondesk.ui.common;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

import javafx.beans.property.StringProperty;
import org.salondesk.i18n.Messages;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.collections.ObservableList;
import javafx.beans.property.Property;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/** Text fields with a test id, bound both ways to a ViewModel's text (and, for a checked field, to its mark). */
public final class BoundFields {

    private BoundFields() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A field whose problem is marked once it is left (or Save pressed), see {@link FormField}. */
    public static TextField text(String id, FormField checked) {
        return checked(new TextField(), id, checked);
    }

    public static TextArea area(String id, FormField checked, int rows) {
        TextArea area = checked(new TextArea(), id, checked);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    /**
     * A number field: only digits, the language's separators, spaces and a minus can be typed, so a letter never gets
     * in; what is typed is read and bounded by the field's check.
     */
    public static TextField number(String id, FormField checked) {
        TextField field = checked(new TextField(), id, checked);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.getDefault());
        String allowed = "0123456789 \u00a0\u202f-\u2212" + symbols.getDecimalSeparator()
                + symbols.getGroupingSeparator();
        field.setTextFormatter(new TextFormatter<String>(change -> change.getText().chars()
                .allMatch(c -> allowed.indexOf(c) >= 0) ? change : null));
        return field;
    }

    private static <T extends TextInputControl> T checked(T field, String id, FormField checked) {
        field.setId(id);
        field.textProperty().bindBidirectional(checked.textProperty());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                checked.touch();
            }
        });
        ProblemMarks.bind(field, checked.mark());
        return field;
    }

    /** A choice bound both ways to the ViewModel's value. */
    public static <T> ComboBox<T> combo(String id, ObservableList<T> items, Property<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A field with its label before it, for a filter bar. */
    public static HBox labelled(String key, Node field) {
        HBox pair = new HBox(4, new Label(Messages.get(key)), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
