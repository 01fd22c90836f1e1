package org.salondesk.ui.common;

/**
 * Something the desk did that it can take back (a move, a cancel, a status step): what it was, in words for the Undo
 * list, and how to take it back.
 */
public record UndoStep(String text, Undo undo) {

    /** Takes a step back, in the background; reports on the FX thread through exactly one call of {@code outcome}. */
    @FunctionalInterface
    public interface Undo {
        void run(Outcome outcome);
    }

    /** How taking a step back went. */
    public interface Outcome {

        /** Taken back; {@code text} says what was undone ("Undone: booking 1042 moved back to 14:30"). */
        void undone(String text);

        /** Cannot be taken back any more (the time is taken now): the step leaves the history; {@code text} says why. */
        void refused(String text);

        /** Could not be taken back just now (the database failed): the step stays, to try again. */
        void failed(String text);
    }
}
