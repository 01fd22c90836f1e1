package org.salondesk.ui.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The time zones a branch can be in, as the forms offer them: this PC's first, each with its offset now. */
public final class ZoneChoices {

    private ZoneChoices() {
    }

    /**
     * Every time zone, this PC's first, then all others by name ("Europe/Moscow (UTC+03:00)"). The zones that the
     * iCalendar library adds to java.time ("ical4j~…") are left out: they mean nothing to a person, and reading
     * their rules makes the library fetch them from the internet.
     */
    public static List<Choice<String>> all(Clock clock) {
        ZoneId here = clock.getZone();
        Stream<ZoneId> others = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> !id.startsWith("SystemV/") && !id.contains("~") && !id.equals(here.getId()))
                .sorted(Comparator.naturalOrder()).map(ZoneId::of);
        return Stream.concat(Stream.of(here), others).map(zone -> of(zone, clock)).toList();
    }

    /** One zone with its offset at the clock's instant. */
    public static Choice<String> of(ZoneId zone, Clock clock) {
        ZoneOffset offset = zone.getRules().getOffset(clock.instant());
        return Choice.of(zone.getId(), zone.getId() + " (UTC" + (offset.getTotalSeconds() == 0 ? "+00:00"
                : offset.getId()) + ")");
    }

    /** The zone typed or picked, or null when it is none. */
    public static ZoneId parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : ZoneId.of(typed.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
