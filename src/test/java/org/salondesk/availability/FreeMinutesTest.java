package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.availability.SlotGridTest.span;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The free minutes a master still has on a date (the month calendar's "free hours"). */
class FreeMinutesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private static Instant at(LocalDateTime local) {
        return local.atZone(MOSCOW).toInstant();
    }

    private static MasterSchedule nineToSix() {
        MasterSchedule.Builder builder = MasterSchedule.builder(1);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.weekly(day, span("09:00-18:00"));
        }
        return builder.pause(TOMORROW, span("13:00-14:00")).dayOff(TOMORROW.plusDays(1)).build();
    }

    private static Occupation booking(long id, LocalDate date, String time, BookingStatus status) {
        return Occupation.booking(id, 1, date, span(time), status);
    }

    @Test
    void workingTimeLessBreaksAndBookingsCountedOnceWhereTheyOverlap() {
        FreeTime free = new FreeTime(Map.of(1L, nineToSix()), List.of(
                booking(1, TOMORROW, "10:00-11:00", BookingStatus.CONFIRMED),
                // Kept from before a schedule change: it overlaps the first one and the break.
                booking(2, TOMORROW, "10:30-13:30", BookingStatus.NEW),
                booking(3, TOMORROW, "15:00-16:00", BookingStatus.CANCELLED)),
                at(TODAY.atTime(12, 0)), MOSCOW, 0);

        // 9 hours, less the break 13–14 and 10:00–13:00 booked: 5 hours; the cancelled one frees its time.
        assertThat(free.freeMinutes(1, TOMORROW)).hasValue(5 * 60);
    }

    @Test
    void todayCountsFromNowAndDaysThatCannotBeBookedHaveNoFreeTime() {
        FreeTime free = new FreeTime(Map.of(1L, nineToSix()), List.of(), at(TODAY.atTime(12, 0)), MOSCOW, 30, 14,
                List.of());

        assertThat(free.freeMinutes(1, TODAY)).hasValue(5 * 60 + 30);
        assertThat(free.freeMinutes(1, TODAY.minusDays(1))).isEmpty();
        assertThat(free.freeMinutes(1, TODAY.plusDays(14))).isEmpty();
        assertThat(free.freeMinutes(1, TOMORROW.plusDays(1))).as("a day off").hasValue(0);
        assertThat(free.freeMinutes(2, TOMORROW)).as("no schedule").hasValue(0);
    }
}
