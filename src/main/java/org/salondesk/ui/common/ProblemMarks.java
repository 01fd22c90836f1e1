package org.salondesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/** Shows a form field's problem where the mistake is: a ControlsFX mark with the text, gone when it is fixed. */
public final class ProblemMarks {

    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private ProblemMarks() {
    }

    /**
     * Marks {@code control} whenever {@code problem} turns non-empty (null or "" means fine). An empty new form is not
     * marked all over; its Save stays disabled until it is valid.
     */
    public static void bind(Control control, ObservableStringValue problem) {
        problem.addListener((obs, old, text) -> mark(control, text));
    }

    public static void mark(Control control, String problem) {
        DECORATION.removeDecorations(control);
        if (problem != null && !problem.isEmpty()) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(control, problem));
        }
    }
}
