package org.salondesk.ui.shell;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.about.AboutViewModel;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The main window's state: starting up, ready or failed; which screen is open; which database is in use. Leaving a
 * screen whose form holds unsaved edits first asks whether to save them, discard them or stay.
 */
public final class ShellViewModel {

    /** Where start-up stands. */
    public enum Phase { STARTING, READY, FAILED }

    /** What the user answers when a screen with unsaved edits would be left. */
    public enum LeaveAnswer { SAVE, DISCARD, STAY }

    /** The question shown while leaving {@code screen} for {@code target} waits for an answer. */
    public record LeaveQuestion(String screen, String target, boolean canSave) {
    }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.STARTING);
    private final ReadOnlyStringWrapper progressText =
            new ReadOnlyStringWrapper(this, "progressText", Messages.get("shell.opening"));
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ReadOnlyStringWrapper trouble = new ReadOnlyStringWrapper(this, "trouble", "");
    private final ObjectProperty<String> screen = new SimpleObjectProperty<>(this, "screen");
    private final AboutViewModel about = new AboutViewModel();
    private final Map<String, UnsavedEdits> edits = new HashMap<>();
    private final ReadOnlyObjectWrapper<LeaveQuestion> leaving = new ReadOnlyObjectWrapper<>(this, "leaving");
    private Runnable afterLeaving = () -> { };
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ObservableSet<String> hiddenView = FXCollections.unmodifiableObservableSet(hidden);

    /** Start-up has moved on to another step (opening the database, creating the demo salon ...). */
    public void progress(String text) {
        progressText.set(text);
    }

    /** The desk is open on {@code databaseDescription}; the first screen shows. */
    public void ready(String databaseDescription, String firstScreen) {
        database.set(databaseDescription);
        screen.set(firstScreen);
        phase.set(Phase.READY);
    }

    public void failed(String message) {
        failure.set(message);
        phase.set(Phase.FAILED);
    }

    /** The form of {@code screen}, asked before that screen is left. */
    public void guard(String screen, UnsavedEdits screenEdits) {
        edits.put(screen, screenEdits);
    }

    /** Opens {@code target}, asking first when the screen shown has unsaved edits. */
    public void navigate(String target) {
        navigate(target, () -> { });
    }

    /** Opens {@code target} and then runs {@code then}; neither happens if the user stays on a screen with edits. */
    public void navigate(String target, Runnable then) {
        String current = screen.get();
        UnsavedEdits shown = current == null ? UnsavedEdits.NONE : edits.getOrDefault(current, UnsavedEdits.NONE);
        if (leaving.get() != null || hidden.contains(target)) {
            return;
        }
        if (target.equals(current) || !shown.dirty()) {
            screen.set(target);
            then.run();
            return;
        }
        afterLeaving = then;
        leaving.set(new LeaveQuestion(current, target, shown.canSave()));
    }

    /**
     * The screens the signed-in user may not use: their buttons go and nothing opens them. When the screen shown is
     * one of them, {@code instead} opens (the next user's first screen).
     */
    public void hide(Collection<String> screens, String instead) {
        hidden.clear();
        hidden.addAll(screens);
        if (screen.get() != null && hidden.contains(screen.get())) {
            screen.set(instead);
        }
    }

    /** The screens hidden from the signed-in user. */
    public ObservableSet<String> hiddenScreens() {
        return hiddenView;
    }

    /** The user answered the question about unsaved edits. */
    public void answer(LeaveAnswer answer) {
        LeaveQuestion question = leaving.get();
        if (question == null) {
            return;
        }
        leaving.set(null);
        Runnable then = afterLeaving;
        afterLeaving = () -> { };
        UnsavedEdits form = edits.getOrDefault(question.screen(), UnsavedEdits.NONE);
        Runnable go = () -> {
            screen.set(question.target());
            then.run();
        };
        switch (answer) {
            case STAY -> { }
            case DISCARD -> {
                form.discard();
                go.run();
            }
            case SAVE -> {
                if (question.canSave()) {
                    form.save(go);
                }
            }
        }
    }

    /** Set while the user is asked what to do with unsaved edits (the View shows the question). */
    public ReadOnlyObjectProperty<LeaveQuestion> leavingProperty() {
        return leaving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What start-up is doing now, in the user's words. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Why start-up failed, in the user's words. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Something went wrong that no screen handled; {@code text} says so in a line (the details are in the log). */
    public void troubled(String text) {
        trouble.set(text);
    }

    /** The receptionist has read the line about the trouble. */
    public void dismissTrouble() {
        trouble.set("");
    }

    /** The line about the last trouble nobody handled, for the status bar; empty when there is none. */
    public ReadOnlyStringProperty troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    /** The open database, for the status bar. */
    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** What the About box shows (described at start-up, before the database is open). */
    public AboutViewModel about() {
        return about;
    }

    /** The id of the screen shown; set it directly only where no edits can be lost ({@link #navigate} asks). */
    public ObjectProperty<String> screenProperty() {
        return screen;
    }
}
