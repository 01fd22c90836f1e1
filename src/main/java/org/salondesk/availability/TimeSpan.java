package org.salondesk.availability;

import java.time.LocalTime;

/**
 * A half-open stretch of one day, [start, end) in minutes after midnight. Touching spans do not overlap:
 * 10:00–11:00 and 11:00–12:00 can both be booked.
 */
public record TimeSpan(int start, int end) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public TimeSpan {
        if (start < 0 || end > MINUTES_PER_DAY || end <= start) {
            throw new IllegalArgumentException("Not a time span: " + start + ".." + end);
        }
    }

    public static TimeSpan of(LocalTime start, LocalTime end) {
        return new TimeSpan(minuteOfDay(start), minuteOfDay(end));
    }

    public static TimeSpan starting(LocalTime start, int durationMinutes) {
        int from = minuteOfDay(start);
        return new TimeSpan(from, from + durationMinutes);
    }

    public static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public static LocalTime timeOf(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TimeSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(TimeSpan other) {
        return start <= other.start && other.end <= end;
    }

    public LocalTime startTime() {
        return timeOf(start);
    }

    /** The end as a clock time; a span that runs to midnight ends at 23:59:59.999999999. */
    public LocalTime endTime() {
        return end == MINUTES_PER_DAY ? LocalTime.MAX : timeOf(end);
    }

    @Override
    public String toString() {
        return startTime() + "–" + (end == MINUTES_PER_DAY ? "24:00" : endTime().toString());
    }
}
