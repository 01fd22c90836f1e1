package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.availability.SlotGridTest.span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rule 2: weekly template, dated shifts over it, days off over both, breaks cut out of the day. */
class MasterScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);

    private final MasterSchedule schedule = MasterSchedule.builder(7)
            .weekly(DayOfWeek.MONDAY, span("09:00-18:00"))
            .weekly(DayOfWeek.WEDNESDAY, span("12:00-20:00"))
            .dated(NEXT_MONDAY, span("10:00-14:00"))
            .dated(TUESDAY, span("11:00-15:00"))
            .pause(MONDAY, span("13:00-14:00"))
            .pause(MONDAY, span("16:00-16:15"))
            .dayOff(MONDAY.plusDays(2))
            .pause(MONDAY.plusDays(2), span("12:00-13:00"))
            .build();

    @Test
    void theWeeklyShiftOfTheWeekdayApplies() {
        assertThat(schedule.workingDay(MONDAY)).get().extracting(WorkingDay::shift).isEqualTo(span("09:00-18:00"));
        assertThat(schedule.workingDay(MONDAY.plusWeeks(2))).get().extracting(WorkingDay::shift)
                .isEqualTo(span("09:00-18:00"));
    }

    @Test
    void aDatedShiftOverridesTheWeeklyOne() {
        assertThat(schedule.workingDay(NEXT_MONDAY)).get().extracting(WorkingDay::shift)
                .isEqualTo(span("10:00-14:00"));
    }

    @Test
    void aDatedShiftAddsADayTheTemplateDoesNotHave() {
        assertThat(schedule.workingDay(TUESDAY)).get().extracting(WorkingDay::shift).isEqualTo(span("11:00-15:00"));
        assertThat(schedule.workingDay(TUESDAY.plusWeeks(1))).isEmpty();
    }

    @Test
    void aDayOffBeatsTheWeeklyShiftAndItsBreaks() {
        assertThat(schedule.workingDay(MONDAY.plusDays(2))).isEmpty();
        assertThat(schedule.isDayOff(MONDAY.plusDays(2))).isTrue();
        assertThat(schedule.workingDay(MONDAY.plusDays(9))).get().extracting(WorkingDay::shift)
                .isEqualTo(span("12:00-20:00"));
    }

    @Test
    void aDayOffBeatsADatedShiftToo() {
        MasterSchedule withOff = MasterSchedule.builder(8)
                .dated(TUESDAY, span("09:00-12:00"))
                .dayOff(TUESDAY)
                .build();
        assertThat(withOff.workingDay(TUESDAY)).isEmpty();
    }

    @Test
    void breaksAreCutOutOfTheirOwnDateOnly() {
        WorkingDay monday = schedule.workingDay(MONDAY).orElseThrow();
        assertThat(monday.breaks()).containsExactlyInAnyOrder(span("13:00-14:00"), span("16:00-16:15"));
        assertThat(monday.covers(span("12:00-13:00"))).isTrue();
        assertThat(monday.covers(span("12:30-13:30"))).isFalse();
        assertThat(monday.covers(span("16:15-18:00"))).isTrue();
        assertThat(monday.covers(span("17:30-18:05"))).isFalse();
        assertThat(schedule.workingDay(NEXT_MONDAY).orElseThrow().breaks()).isEmpty();
    }

    @Test
    void noShiftAtAllMeansNoWork() {
        assertThat(MasterSchedule.builder(9).build().workingDay(MONDAY)).isEmpty();
        assertThat(schedule.workingDay(MONDAY.plusDays(3))).isEmpty();
        assertThat(schedule.breaksOn(MONDAY.plusDays(3))).isEqualTo(List.of());
    }
}
