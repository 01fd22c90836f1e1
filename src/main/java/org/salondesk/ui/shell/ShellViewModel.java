package org.salondesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.about.AboutViewModel;

/** The main window's state: starting up, ready or failed; which screen is open; which database is in use. */
public final class ShellViewModel {

    /** Where start-up stands. */
    public enum Phase { STARTING, READY, FAILED }

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.STARTING);
    private final ReadOnlyStringWrapper progressText =
            new ReadOnlyStringWrapper(this, "progressText", Messages.get("shell.opening"));
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ReadOnlyStringWrapper trouble = new ReadOnlyStringWrapper(this, "trouble", "");
    private final ObjectProperty<String> screen = new SimpleObjectProperty<>(this, "screen");
    private final AboutViewModel about = new AboutViewModel();

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

    /** The id of the screen shown. */
    public ObjectProperty<String> screenProperty() {
        return screen;
    }
}
