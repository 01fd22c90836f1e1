package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;

/** A master's month as availability computes it: each day's shift and breaks, or that she is off. */
public record MonthPlan(YearMonth month, Map<LocalDate, Day> days) {

    public MonthPlan {
        days = Map.copyOf(days);
    }

    /** One day: her shift (null when she does not work), its breaks, and whether it is a day off she was given. */
    public record Day(LocalDate date, TimeSpan shift, List<TimeSpan> breaks, boolean dayOff) {

        public boolean working() {
            return shift != null;
        }
    }

    static MonthPlan of(YearMonth month, MasterSchedule schedule) {
        Map<LocalDate, Day> days = new LinkedHashMap<>();
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            Optional<WorkingDay> day = schedule == null ? Optional.empty() : schedule.workingDay(date);
            days.put(date, new Day(date, day.map(WorkingDay::shift).orElse(null),
                    day.map(WorkingDay::breaks).orElse(List.of()), schedule != null && schedule.isDayOff(date)));
        }
        return new MonthPlan(month, days);
    }

    public Day day(LocalDate date) {
        return days.get(date);
    }
}
