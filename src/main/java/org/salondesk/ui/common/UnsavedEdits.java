package org.salondesk.ui.common;

/**
 * A screen's form that may hold edits not saved yet. The shell asks the screen it leaves, and when there are such
 * edits it asks the user whether to save them, discard them or stay.
 */
public interface UnsavedEdits {

    /** Nothing to lose: for screens without a form. */
    UnsavedEdits NONE = new UnsavedEdits() {
        @Override
        public boolean dirty() {
            return false;
        }

        @Override
        public void save(Runnable then) {
            then.run();
        }

        @Override
        public void discard() {
        }
    };

    /** Whether something typed differs from what was last read or saved. */
    boolean dirty();

    /** Whether what is typed can be saved as it is (a form with a marked problem cannot). */
    default boolean canSave() {
        return true;
    }

    /** Saves what is typed; {@code then} runs once it is saved, not when saving fails (the screen says why). */
    void save(Runnable then);

    /** Forgets what is typed: the form shows again what was last read or saved. */
    void discard();
}
