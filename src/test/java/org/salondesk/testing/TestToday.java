package org.salondesk.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The one "today" of the whole test suite, and its time zone: never the real date. The README's test command may set
 * them ({@code -Dsalondesk.today=2027-03-28 -Dsalondesk.zone=Europe/Berlin}) to prove that the suite passes on any
 * date; without them, a fixed Wednesday in Moscow. The build also makes the zone the JVM's default, as the zone of
 * the salon's PC.
 */
public final class TestToday {

    /** System property: the date every test takes as today (ISO, e.g. 2028-02-29). */
    public static final String DATE_PROPERTY = "salondesk.today";
    /** System property: the time zone of the desk under test (e.g. Europe/Berlin). */
    public static final String ZONE_PROPERTY = "salondesk.zone";

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2027, 1, 13);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private TestToday() {
    }

    /** Today, for every test. */
    public static LocalDate date() {
        String value = System.getProperty(DATE_PROPERTY, "");
        return value.isBlank() ? DEFAULT_DATE : LocalDate.parse(value.strip());
    }

    /** The desk's time zone, for every test. */
    public static ZoneId zone() {
        String value = System.getProperty(ZONE_PROPERTY, "");
        return value.isBlank() ? DEFAULT_ZONE : ZoneId.of(value.strip());
    }

    /** A clock standing at {@code time} of today in the desk's zone. */
    public static MutableClock at(LocalTime time) {
        return new MutableClock(at(date(), time), zone());
    }

    /** A clock standing at {@code hour}:{@code minute} of today in the desk's zone. */
    public static MutableClock at(int hour, int minute) {
        return at(LocalTime.of(hour, minute));
    }

    /** The instant of a local date and time in the desk's zone (a time in a spring-forward gap moves on). */
    public static java.time.Instant at(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(zone()).toInstant();
    }

    /** The first {@code day} of the week from today on (today itself when it is that day). */
    public static LocalDate nextOrSame(DayOfWeek day) {
        return date().with(TemporalAdjusters.nextOrSame(day));
    }

    /** The first {@code day} of the week after today. */
    public static LocalDate next(DayOfWeek day) {
        return date().with(TemporalAdjusters.next(day));
    }
}
