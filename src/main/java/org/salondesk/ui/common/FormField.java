package org.salondesk.ui.common;

import java.util.function.Function;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.Bounds;
import org.salondesk.TextLimit;
import org.salondesk.i18n.Messages;

/**
 * One field of a form as its ViewModel sees it: the text typed, what is wrong with it, and the mark the screen shows.
 * The mark shows once the user has left the field or pressed Save, so a new empty form is not marked all over and a
 * number is not flagged while it is still being typed ("2,5" on the way to "2,500").
 */
public final class FormField {

    private final StringProperty text;
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched", false);
    private final StringBinding problem;
    private final StringBinding mark;

    /**
     * @param check        what is wrong with a text ("" or null: nothing)
     * @param dependencies anything else the check reads, so that the problem follows it too
     */
    public FormField(String initial, Function<String, String> check, Observable... dependencies) {
        text = new SimpleStringProperty(this, "text", initial);
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = text;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        problem = Bindings.createStringBinding(() -> {
            String found = check.apply(text.get() == null ? "" : text.get());
            return found == null ? "" : found;
        }, all);
        mark = Bindings.createStringBinding(() -> touched.get() ? problem.get() : "", touched, problem);
    }

    /** A text that may be blank and holds at most {@code limit} characters. */
    public static FormField optional(TextLimit limit) {
        return new FormField("", limit::problem);
    }

    /** A text that must be filled in ({@code fieldKey} names it in "Please fill in the …") within {@code limit}. */
    public static FormField required(String fieldKey, TextLimit limit) {
        return new FormField("", typed -> typed.isBlank() ? Messages.get("error.required", Messages.get(fieldKey))
                : limit.problem(typed));
    }

    /** A number read in the desk's language within {@code bounds}; blank is fine when {@code optional}. */
    public static FormField number(Bounds bounds, boolean optional) {
        NumberText numbers = NumberText.desk();
        return new FormField("", typed -> numbers.problem(typed, bounds, optional));
    }

    /** What the user typed. */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** Shows a stored value: the field starts again unmarked. */
    public void show(String value) {
        text.set(value == null ? "" : value);
        touched.set(false);
    }

    /** The user left the field: its problem, if any, is marked from now on. */
    public void touch() {
        touched.set(true);
    }

    void untouch() {
        touched.set(false);
    }

    /** What is wrong now, marked or not ("" when fine). */
    public StringBinding problem() {
        return problem;
    }

    /** What the screen marks the field with ("" when nothing): the problem, once the field was left or Save pressed. */
    public StringBinding mark() {
        return mark;
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }
}
