package org.salondesk.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the desk is locked behind the sign-in form: on Switch user (Ctrl+L), and by itself after some idle minutes
 * (the screens and their unsaved forms stay behind the lock). Time is the desk's clock; the View says when the user
 * last touched the keyboard or mouse and asks now and then whether the idle time is up.
 */
public final class DeskLock {

    private final Clock clock;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", true);
    private Duration idleLimit;
    private Instant lastTouched;

    /** Locked until someone signs in; {@code idleLimit} of zero never locks by itself. */
    public DeskLock(Clock clock, Duration idleLimit) {
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.lastTouched = clock.instant();
    }

    /** The salon's idle minutes changed (Settings, or read again at a sign-in); zero never locks by itself. */
    public void setIdleLimit(Duration idleLimit) {
        this.idleLimit = idleLimit;
    }

    /** The user typed or moved the mouse. */
    public void touched() {
        lastTouched = clock.instant();
    }

    /** Locks the desk when nobody has touched it for the idle limit. */
    public void tick() {
        if (!locked.get() && !idleLimit.isZero() && !clock.instant().isBefore(lastTouched.plus(idleLimit))) {
            locked.set(true);
        }
    }

    /** Switch user: the sign-in form comes over the screens at once. */
    public void lock() {
        locked.set(true);
    }

    /** Someone signed in. */
    public void unlock() {
        lastTouched = clock.instant();
        locked.set(false);
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }
}
