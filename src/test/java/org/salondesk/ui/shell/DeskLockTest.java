package org.salondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;

/** The desk locks itself after its idle minutes, counted from the last touch, and on Switch user at once. */
class DeskLockTest {

    private final MutableClock clock = TestToday.at(9, 0);

    @Test
    void locksAfterTheIdleMinutesSinceTheLastTouchAndNotBefore() {
        DeskLock lock = new DeskLock(clock, Duration.ofMinutes(15));
        assertThat(lock.lockedProperty().get()).as("nobody signed in yet").isTrue();
        lock.unlock();

        clock.advance(Duration.ofMinutes(10));
        lock.touched();
        clock.advance(Duration.ofMinutes(14));
        lock.tick();
        assertThat(lock.lockedProperty().get()).as("14 minutes after the last touch").isFalse();

        clock.advance(Duration.ofMinutes(1));
        lock.tick();
        assertThat(lock.lockedProperty().get()).as("15 minutes after the last touch").isTrue();

        lock.unlock();
        clock.advance(Duration.ofMinutes(14));
        lock.tick();
        assertThat(lock.lockedProperty().get()).as("signing in counts as a touch").isFalse();
    }

    @Test
    void switchUserLocksAtOnceAndAZeroLimitNeverLocksByItself() {
        DeskLock lock = new DeskLock(clock, Duration.ZERO);
        lock.unlock();
        clock.advance(Duration.ofHours(8));
        lock.tick();
        assertThat(lock.lockedProperty().get()).isFalse();

        lock.lock();
        assertThat(lock.lockedProperty().get()).isTrue();
    }

    @Test
    void newIdleMinutesCountFromTheLastTouch() {
        DeskLock lock = new DeskLock(clock, Duration.ofMinutes(15));
        lock.unlock();
        clock.advance(Duration.ofMinutes(4));

        lock.setIdleLimit(Duration.ofMinutes(5));
        lock.tick();
        assertThat(lock.lockedProperty().get()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        lock.tick();
        assertThat(lock.lockedProperty().get()).isTrue();
    }
}
