package org.salondesk.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.salondesk.Require;

/**
 * How a visit repeats (decision 0036): every {@code intervalWeeks} weeks, on the chosen weekdays (none: the first
 * date's), until a date or for a count of occurrences, whichever comes first.
 */
public record SeriesRule(int intervalWeeks, Set<DayOfWeek> weekdays, LocalDate until, Integer count) {

    /** The most occurrences one series may have: two years of weekly visits. */
    public static final int MAX_OCCURRENCES = 104;

    public SeriesRule {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    /** Refuses a rule that never ends or has no step. */
    public void check(LocalDate first) {
        Require.present(first, "field.date");
        Require.that(intervalWeeks >= 1 && intervalWeeks <= 52, "error.series.interval", intervalWeeks);
        Require.that(until != null || count != null, "error.series.endless");
        Require.that(until == null || !until.isBefore(first), "error.series.untilBeforeFirst", until, first);
        Require.that(count == null || count >= 1 && count <= MAX_OCCURRENCES, "error.series.count",
                MAX_OCCURRENCES);
    }

    /** The dates of the series from {@code first} on, in order: never more than {@link #MAX_OCCURRENCES}. */
    public List<LocalDate> dates(LocalDate first) {
        check(first);
        Set<DayOfWeek> days = weekdays.isEmpty() ? EnumSet.of(first.getDayOfWeek()) : EnumSet.copyOf(weekdays);
        int limit = count == null ? MAX_OCCURRENCES : Math.min(count, MAX_OCCURRENCES);
        LocalDate monday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        List<LocalDate> dates = new ArrayList<>();
        for (int week = 0; dates.size() < limit; week += intervalWeeks) {
            LocalDate weekStart = monday.plusWeeks(week);
            if (until != null && weekStart.isAfter(until)
                    || ChronoUnit.WEEKS.between(monday, weekStart) > 2L * MAX_OCCURRENCES) {
                break;
            }
            for (DayOfWeek day : days) {
                LocalDate date = weekStart.plusDays(day.getValue() - 1L);
                if (!date.isBefore(first) && (until == null || !date.isAfter(until)) && dates.size() < limit) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }
}
