package org.salondesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The desk's last operations that can be taken back, newest first: Ctrl+Z or the Undo list take them back one after
 * another, at any time (not only while a notice shows). One history serves the screens that change bookings, so
 * that Undo means the same everywhere.
 */
public final class UndoHistory {

    /** How many steps are kept; older ones drop off. */
    public static final int KEPT = 20;

    private final ObservableList<UndoStep> steps = FXCollections.observableArrayList();
    private final ObservableList<UndoStep> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canUndo = Bindings.createBooleanBinding(() -> !steps.isEmpty() && !busy.get(),
            steps, busy);

    /** Keeps a step that was just done, as the newest. */
    public void record(UndoStep step) {
        steps.add(0, step);
        if (steps.size() > KEPT) {
            steps.remove(KEPT, steps.size());
        }
    }

    /** Takes back the newest step; {@code report} gets what happened. */
    public void undoLast(Consumer<Notice> report) {
        if (!steps.isEmpty()) {
            undoTo(steps.get(0), report);
        }
    }

    /**
     * Takes back the steps from the newest down to {@code oldest}, one after another (the later ones first, so that
     * each finds the booking as it left it); stops at the first that cannot be taken back.
     */
    public void undoTo(UndoStep oldest, Consumer<Notice> report) {
        if (busy.get() || !steps.contains(oldest)) {
            return;
        }
        busy.set(true);
        next(oldest, report, new ArrayList<>());
    }

    private void next(UndoStep oldest, Consumer<Notice> report, List<String> undone) {
        UndoStep step = steps.remove(0);
        step.undo().run(new UndoStep.Outcome() {
            @Override
            public void undone(String text) {
                undone.add(text);
                if (step == oldest || steps.isEmpty()) {
                    busy.set(false);
                    report.accept(Notice.info(String.join(" · ", undone)));
                } else {
                    next(oldest, report, undone);
                }
            }

            @Override
            public void refused(String text) {
                stop(text);
            }

            @Override
            public void failed(String text) {
                steps.add(0, step);
                stop(text);
            }

            private void stop(String text) {
                busy.set(false);
                undone.add(text);
                report.accept(Notice.error(String.join(" · ", undone)));
            }
        });
    }

    /** Forgets every step (after a restore, the records they would touch may be other ones or gone). */
    public void clear() {
        steps.clear();
    }

    /** The steps that can be taken back, newest first. */
    public ObservableList<UndoStep> steps() {
        return readOnlySteps;
    }

    /** True while a step is being taken back (a second Ctrl+Z waits for it). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether there is a step to take back now. */
    public BooleanBinding canUndoBinding() {
        return canUndo;
    }
}
