package org.salondesk.ui.mytime;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.salondesk.availability.DayStep;

/** A step of the master's day on the My time screen, and whether she ticked it to become a break. */
public final class StepChoice {

    private final DayStep step;
    private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", false);

    StepChoice(DayStep step) {
        this.step = step;
        // Only free time may become a break: a step with a booking or a break already cannot be ticked.
        chosen.addListener((obs, was, now) -> {
            if (now && !step.free()) {
                chosen.set(false);
            }
        });
    }

    public DayStep step() {
        return step;
    }

    /** Whether she may tick it: availability found nothing in it. */
    public boolean choosable() {
        return step.free();
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
