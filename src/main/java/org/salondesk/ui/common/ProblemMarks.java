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

    /** Marks {@code control} whenever {@code problem} is not empty (null or "" means fine). */
    public static void bind(Control control, ObservableStringValue problem) {
        problem.addListener((obs, old, text) -> mark(control, text));
        mark(control, problem.get());
    }

    public static void mark(Control control, String problem) {
        DECORATION.removeDecorations(control);
        if (problem != null && !problem.isEmpty()) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(control, problem));
        }
    }
}
