package org.salondesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets and moves by hand. */
public final class MutableClock extends Clock {

    private volatile Instant instant;
    private final ZoneId zone;

    public MutableClock(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /** A clock standing at {@code localTime} in the desk's zone under test ({@link TestToday#zone()}). */
    public static MutableClock at(LocalDateTime localTime) {
        ZoneId zone = TestToday.zone();
        return new MutableClock(localTime.atZone(zone).toInstant(), zone);
    }

    /** Sets the clock to {@code localTime} in its zone. */
    public void set(LocalDateTime localTime) {
        instant = localTime.atZone(zone).toInstant();
    }

    public void set(Instant newInstant) {
        instant = newInstant;
    }

    public void advance(Duration duration) {
        instant = instant.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        // A view on the same moving instant, as the desk reads "now" in each branch's zone.
        MutableClock parent = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return newZone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return parent.withZone(other);
            }

            @Override
            public Instant instant() {
                return parent.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
