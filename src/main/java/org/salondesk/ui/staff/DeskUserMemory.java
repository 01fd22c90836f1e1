package org.salondesk.ui.staff;

/** Remembers on this PC who worked the desk last, so that the next start picks her again. */
public interface DeskUserMemory {

    /** The staff user chosen last on this PC, or null. */
    Long recall();

    void remember(Long staffUserId);

    /** Remembers nothing: for tests and for a desk without a data folder. */
    static DeskUserMemory none() {
        return new DeskUserMemory() {
            @Override
            public Long recall() {
                return null;
            }

            @Override
            public void remember(Long staffUserId) {
            }
        };
    }
}
