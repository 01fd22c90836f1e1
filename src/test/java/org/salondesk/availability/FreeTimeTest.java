package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.availability.SlotGridTest.span;
import static org.salondesk.availability.SlotGridTest.times;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salondesk.testing.TestToday;

/** Rules 3–6 on top of schedules: now and lead time, union over masters, fair choice, dates. */
class FreeTimeTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private static MasterSchedule everyDay(long masterId, String shift) {
        MasterSchedule.Builder builder = MasterSchedule.builder(masterId);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.weekly(day, span(shift));
        }
        return builder.build();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(MOSCOW).toInstant();
    }

    private static MasterOffer offer(long masterId, int minutes) {
        return MasterOffer.ofLength(masterId, minutes, BigDecimal.ZERO);
    }

    @ParameterizedTest(name = "now {0}, lead {1} min -> today from {2}")
    @CsvSource(textBlock = """
            08:00,    0,   09:00
            09:00,    0,   09:00
            09:00:01, 0,   09:30
            10:00,    0,   10:00
            10:00:00.000000001, 0, 10:30
            10:07:30, 0,   10:30
            10:07:30, 60,  11:30
            10:00,    120, 12:00
            10:00,    121, 12:30
            17:31,    0,   -
            """)
    void todayOffersNothingBeforeNowPlusLeadTime(LocalTime now, int lead, String first) {
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-18:00")), List.of(), at(TODAY.atTime(now)), MOSCOW,
                lead);

        List<LocalTime> slots = free.slots(offer(1, 30), TODAY, 30);

        if (first.equals("-")) {
            assertThat(slots).isEmpty();
        } else {
            assertThat(slots).first().isEqualTo(LocalTime.parse(first));
            assertThat(slots).last().isEqualTo(LocalTime.of(17, 30));
        }
        assertThat(free.check(offer(1, 30), TODAY, LocalTime.of(9, 0)))
                .isEqualTo(first.equals("09:00") ? FreeTime.Verdict.FREE : FreeTime.Verdict.TOO_EARLY);
    }

    @Test
    void pastDatesOfferNothingAndLaterDatesStartAtTheShift() {
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-11:00")), List.of(),
                at(TODAY.atTime(10, 0)), MOSCOW, 0);

        assertThat(free.slots(offer(1, 60), TODAY.minusDays(1), 30)).isEmpty();
        assertThat(free.slots(offer(1, 60), TOMORROW, 30)).isEqualTo(times("09:00 09:30 10:00"));
    }

    @Test
    void aLeadTimeReachingIntoTomorrowEmptiesToday() {
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-23:00")), List.of(),
                at(TODAY.atTime(22, 0)), MOSCOW, 12 * 60);

        assertThat(free.slots(offer(1, 30), TODAY, 30)).isEmpty();
        assertThat(free.slots(offer(1, 30), TOMORROW, 30)).first().isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void theBranchZoneDecidesWhatNowIs() {
        // 10:00 in Moscow is 07:00 in London: a London branch still offers its 09:00.
        Instant now = at(TODAY.atTime(10, 0));
        FreeTime london = new FreeTime(Map.of(1L, everyDay(1, "09:00-11:00")), List.of(), now,
                ZoneId.of("Europe/London"), 0);

        assertThat(london.slots(offer(1, 60), TODAY, 30)).isEqualTo(times("09:00 09:30 10:00"));
    }

    @Test
    void withoutAMasterTheSlotsAreTheSortedUnionWithoutDuplicates() {
        Map<Long, MasterSchedule> schedules = Map.of(
                1L, everyDay(1, "09:00-12:00"),
                2L, everyDay(2, "10:00-13:00"),
                3L, everyDay(3, "09:15-10:15"));
        List<Occupation> bookings = List.of(
                Occupation.booking(100, 1, TOMORROW, span("09:00-11:00"), BookingStatus.CONFIRMED));
        FreeTime free = new FreeTime(schedules, bookings, at(TODAY.atTime(8, 0)), MOSCOW, 0);

        List<LocalTime> union = free.slots(List.of(offer(1, 60), offer(2, 60), offer(3, 60)), TOMORROW, 30);

        assertThat(union).isEqualTo(times("09:15 10:00 10:30 11:00 11:30 12:00"));
        assertThat(free.slotsByMaster(List.of(offer(1, 60), offer(2, 60), offer(3, 60)), TOMORROW, 30))
                .containsEntry(1L, times("11:00"))
                .containsEntry(2L, times("10:00 10:30 11:00 11:30 12:00"))
                .containsEntry(3L, times("09:15"));
    }

    @Test
    void cancelledBookingsExpiredHoldsAndPastNoShowsFreeTheirTime() {
        Instant now = at(TOMORROW.atTime(9, 30));
        List<Occupation> occupations = List.of(
                Occupation.booking(1, 1, TOMORROW, span("10:00-11:00"), BookingStatus.CANCELLED),
                Occupation.booking(2, 1, TOMORROW, span("09:00-10:30"), BookingStatus.NO_SHOW),
                Occupation.hold(3, 1, TOMORROW, span("11:00-12:00"), now.minusSeconds(1)),
                Occupation.hold(4, 1, TOMORROW, span("12:00-12:30"), now.plus(Duration.ofMinutes(5))),
                Occupation.booking(5, 1, TOMORROW, span("13:00-13:30"), BookingStatus.NO_SHOW));
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-14:00")), occupations, now, MOSCOW, 0);

        assertThat(free.slots(offer(1, 30), TOMORROW, 30))
                .isEqualTo(times("09:30 10:00 10:30 11:00 11:30 12:30 13:30"));
    }

    @Test
    void anIgnoredOccupationDoesNotBlock() {
        Occupation own = Occupation.booking(7, 1, TOMORROW, span("10:00-11:00"), BookingStatus.CONFIRMED);
        Occupation other = Occupation.booking(8, 1, TOMORROW, span("11:00-12:00"), BookingStatus.CONFIRMED);
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-12:00")), List.of(own, other),
                at(TODAY.atTime(8, 0)), MOSCOW, 0, List.of(own));

        assertThat(free.check(offer(1, 60), TOMORROW, LocalTime.of(10, 0))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(offer(1, 60), TOMORROW, LocalTime.of(10, 5))).isEqualTo(FreeTime.Verdict.TAKEN);
        assertThat(free.slots(offer(1, 60), TOMORROW, 30)).isEqualTo(times("09:00 09:30 10:00"));
    }

    @Test
    void checkNamesWhyATimeIsNotBookable() {
        MasterSchedule schedule = MasterSchedule.builder(1)
                .weekly(TOMORROW.getDayOfWeek(), span("09:00-12:00"))
                .pause(TOMORROW, span("10:00-10:30"))
                .build();
        FreeTime free = new FreeTime(Map.of(1L, schedule),
                List.of(Occupation.booking(1, 1, TOMORROW, span("11:00-11:30"), BookingStatus.NEW)),
                at(TODAY.atTime(8, 0)), MOSCOW, 0);

        assertThat(free.check(offer(1, 30), TOMORROW, LocalTime.of(9, 30))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(offer(1, 30), TOMORROW, LocalTime.of(9, 45))).isEqualTo(
                FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        assertThat(free.check(offer(1, 30), TOMORROW, LocalTime.of(8, 45))).isEqualTo(
                FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        assertThat(free.check(offer(1, 30), TOMORROW, LocalTime.of(11, 45))).isEqualTo(
                FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        assertThat(free.check(offer(1, 30), TOMORROW, LocalTime.of(10, 45))).isEqualTo(FreeTime.Verdict.TAKEN);
        assertThat(free.check(offer(1, 30), TOMORROW.plusDays(1), LocalTime.of(9, 30))).isEqualTo(
                FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        assertThat(free.check(offer(1, 30), TODAY.minusDays(1), LocalTime.of(9, 30))).isEqualTo(
                FreeTime.Verdict.TOO_EARLY);
    }

    @Test
    void pickMasterTakesTheFreeMasterWithFewestBookedMinutes() {
        Map<Long, MasterSchedule> schedules = Map.of(
                1L, everyDay(1, "09:00-18:00"),
                2L, everyDay(2, "09:00-18:00"),
                3L, everyDay(3, "09:00-18:00"));
        List<Occupation> occupations = List.of(
                Occupation.booking(10, 1, TOMORROW, span("09:00-10:00"), BookingStatus.CONFIRMED),
                Occupation.booking(11, 2, TOMORROW, span("15:00-15:30"), BookingStatus.NEW),
                Occupation.booking(12, 2, TOMORROW, span("09:00-12:00"), BookingStatus.CANCELLED),
                // master 3 has the least booked time but is busy at 12:00
                Occupation.booking(13, 3, TOMORROW, span("12:00-12:15"), BookingStatus.CONFIRMED),
                // another day does not count
                Occupation.booking(14, 2, TODAY, span("13:00-17:00"), BookingStatus.CONFIRMED));
        FreeTime free = new FreeTime(schedules, occupations, at(TODAY.atTime(8, 0)), MOSCOW, 0);
        List<MasterOffer> offers = List.of(offer(1, 60), offer(2, 60), offer(3, 60));

        assertThat(free.bookedMinutes(2, TOMORROW)).isEqualTo(30);
        assertThat(free.pickMaster(offers, TOMORROW, LocalTime.of(12, 0))).get()
                .extracting(MasterOffer::masterId).isEqualTo(2L);
        assertThat(free.pickMaster(offers, TOMORROW, LocalTime.of(13, 0))).get()
                .extracting(MasterOffer::masterId).isEqualTo(3L);
        assertThat(free.pickMaster(offers, TOMORROW, LocalTime.of(17, 30))).isEmpty();
    }

    @Test
    void pickMasterCountsLiveHoldsAndBreaksTiesByLowestId() {
        Instant now = at(TODAY.atTime(8, 0));
        Map<Long, MasterSchedule> schedules = Map.of(
                4L, everyDay(4, "09:00-18:00"),
                9L, everyDay(9, "09:00-18:00"),
                6L, everyDay(6, "09:00-18:00"));
        List<Occupation> occupations = List.of(
                Occupation.hold(20, 4, TOMORROW, span("16:00-17:00"), now.plusSeconds(600)),
                Occupation.hold(21, 6, TOMORROW, span("16:00-17:00"), now.minusSeconds(1)),
                Occupation.booking(22, 9, TOMORROW, span("16:00-16:30"), BookingStatus.CONFIRMED),
                Occupation.booking(23, 6, TOMORROW, span("16:00-16:30"), BookingStatus.ARRIVED));
        FreeTime free = new FreeTime(schedules, occupations, now, MOSCOW, 0);
        // Offers in any order: the choice must not depend on it.
        List<MasterOffer> offers = List.of(offer(9, 60), offer(6, 60), offer(4, 60));

        assertThat(free.pickMaster(offers, TOMORROW, LocalTime.of(10, 0))).get()
                .extracting(MasterOffer::masterId).isEqualTo(6L);
        assertThat(free.pickMaster(List.of(offer(9, 60), offer(4, 60)), TOMORROW, LocalTime.of(10, 0))).get()
                .extracting(MasterOffer::masterId).isEqualTo(9L);
    }

    @Test
    void datesAreTheDaysWithAFreeStartCutToTheMaximum() {
        MasterSchedule schedule = MasterSchedule.builder(1)
                .weekly(TODAY.getDayOfWeek(), span("09:00-10:00"))
                .weekly(TODAY.getDayOfWeek().plus(1), span("09:00-10:00"))
                .weekly(TODAY.getDayOfWeek().plus(2), span("09:00-10:00"))
                .weekly(TODAY.getDayOfWeek().plus(3), span("09:00-10:00"))
                .dayOff(TODAY.plusDays(2))
                .build();
        List<Occupation> full = List.of(
                Occupation.booking(1, 1, TODAY.plusDays(3), span("09:00-10:00"), BookingStatus.CONFIRMED));
        // she works today and the next three weekdays; today is over: it is 09:45 and an hour does not fit any more
        FreeTime free = new FreeTime(Map.of(1L, schedule), full, at(TODAY.atTime(9, 45)), MOSCOW, 0);

        assertThat(free.dates(List.of(offer(1, 60)), TODAY, 14, 30, Integer.MAX_VALUE))
                .containsExactly(TODAY.plusDays(1), TODAY.plusDays(7), TODAY.plusDays(8), TODAY.plusDays(9),
                        TODAY.plusDays(10));
        assertThat(free.dates(List.of(offer(1, 60)), TODAY, 14, 30, 2))
                .containsExactly(TODAY.plusDays(1), TODAY.plusDays(7));
        assertThat(free.dates(List.of(offer(1, 60)), TODAY, 7, 30, Integer.MAX_VALUE))
                .containsExactly(TODAY.plusDays(1));
        assertThat(free.dates(List.of(offer(1, 30)), TODAY, 1, 30, Integer.MAX_VALUE)).isEmpty();
        assertThat(free.dates(List.of(offer(1, 15)), TODAY, 1, 15, Integer.MAX_VALUE)).containsExactly(TODAY);
    }
    @Test
    void aWantedStartOffTheGridIsOfferedWhenItIsFree() {
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-18:00")),
                List.of(Occupation.booking(1, 1, TOMORROW, span("14:00-15:00"), BookingStatus.CONFIRMED)),
                at(TODAY.atTime(8, 0)), MOSCOW, 0);

        StartsAround around = free.around(List.of(offer(1, 60)), TOMORROW, 30, LocalTime.of(15, 15));

        assertThat(around.wantedFree()).isTrue();
        assertThat(around.chosen()).get().extracting(SlotOffer::time).isEqualTo(LocalTime.of(15, 15));
        assertThat(around.offers()).extracting(SlotOffer::time).containsSubsequence(LocalTime.of(15, 0),
                LocalTime.of(15, 15), LocalTime.of(15, 30)).doesNotHaveDuplicates().isSorted();
        assertThat(around.before()).isEmpty();
        assertThat(around.after()).isEmpty();
        // On the grid, the wanted start is the grid's own offer: nothing is added.
        StartsAround onGrid = free.around(List.of(offer(1, 60)), TOMORROW, 30, LocalTime.of(16, 0));
        assertThat(onGrid.chosen()).get().extracting(SlotOffer::time).isEqualTo(LocalTime.of(16, 0));
        assertThat(onGrid.offers()).hasSize(free.offers(List.of(offer(1, 60)), TOMORROW, 30).size());
    }

    @Test
    void aTakenWantedStartComesWithTheNearestFreeStartsOnEitherSide() {
        FreeTime free = new FreeTime(Map.of(1L, everyDay(1, "09:00-18:00")),
                List.of(Occupation.booking(1, 1, TOMORROW, span("14:00-15:00"), BookingStatus.CONFIRMED)),
                at(TODAY.atTime(8, 0)), MOSCOW, 0);

        StartsAround taken = free.around(List.of(offer(1, 60)), TOMORROW, 30, LocalTime.of(14, 15));

        assertThat(taken.wantedFree()).isFalse();
        assertThat(taken.before()).get().extracting(SlotOffer::time).isEqualTo(LocalTime.of(13, 0));
        assertThat(taken.after()).get().extracting(SlotOffer::time).isEqualTo(LocalTime.of(15, 0));
        assertThat(taken.offers()).extracting(SlotOffer::time).doesNotContain(LocalTime.of(14, 15));
        // Too late to fit before the shift ends: only a start before it is offered.
        StartsAround late = free.around(List.of(offer(1, 60)), TOMORROW, 30, LocalTime.of(17, 15));
        assertThat(late.before()).get().extracting(SlotOffer::time).isEqualTo(LocalTime.of(17, 0));
        assertThat(late.after()).isEmpty();
        // A start off the booking step is never free.
        assertThat(free.around(List.of(offer(1, 60)), TOMORROW, 30, LocalTime.of(16, 7)).wantedFree()).isFalse();
    }

    @Test
    void theNextFreeTimesAreOnTheNearestDatesNearestTheWantedTime() {
        MasterSchedule schedule = MasterSchedule.builder(1)
                .weekly(TODAY.getDayOfWeek(), span("09:00-18:00"))
                .weekly(TODAY.getDayOfWeek().plus(1), span("09:00-18:00"))
                .weekly(TODAY.getDayOfWeek().plus(2), span("09:00-12:00"))
                .weekly(TODAY.getDayOfWeek().plus(3), span("09:00-18:00"))
                .dayOff(TODAY.plusDays(1))
                .build();
        // Today at 08:00; tomorrow is a day off, the day after ends at noon, the third day is full until 16:00.
        List<Occupation> occupied = List.of(
                Occupation.booking(1, 1, TODAY.plusDays(3), span("09:00-16:00"), BookingStatus.CONFIRMED));
        FreeTime free = new FreeTime(Map.of(1L, schedule), occupied, at(TODAY.atTime(8, 0)), MOSCOW, 0);

        List<FreeStart> next = free.nearestFree(List.of(offer(1, 60)), TOMORROW, 14, 30, LocalTime.of(15, 0), 3);

        assertThat(next).extracting(FreeStart::date).containsExactly(TODAY.plusDays(2), TODAY.plusDays(3),
                TODAY.plusDays(7));
        assertThat(next).extracting(start -> start.offer().time()).containsExactly(LocalTime.of(11, 0),
                LocalTime.of(16, 0), LocalTime.of(15, 0));
        assertThat(free.nearestFree(List.of(offer(1, 60)), TOMORROW, 14, 30, null, 1))
                .singleElement().satisfies(start -> assertThat(start.offer().time()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    void aMastersDayInStepsMarksTheStepsWithBookingsAndBreaksAndCutsTheLastAtTheShiftsEnd() {
        MasterSchedule schedule = MasterSchedule.builder(1).dated(TOMORROW, span("09:00-11:45"))
                .pause(TOMORROW, span("11:00-11:15")).build();
        FreeTime free = new FreeTime(Map.of(1L, schedule), List.of(
                Occupation.booking(1, 1, TOMORROW, span("09:40-10:00"), BookingStatus.CONFIRMED),
                Occupation.booking(2, 1, TOMORROW, span("10:00-10:30"), BookingStatus.CANCELLED)),
                at(TODAY.atTime(9, 0)), MOSCOW, 0);

        assertThat(free.daySteps(1, TOMORROW, 30)).containsExactly(
                new DayStep(span("09:00-09:30"), DayStep.Kind.FREE),
                new DayStep(span("09:30-10:00"), DayStep.Kind.BOOKED),
                new DayStep(span("10:00-10:30"), DayStep.Kind.FREE),
                new DayStep(span("10:30-11:00"), DayStep.Kind.FREE),
                new DayStep(span("11:00-11:30"), DayStep.Kind.BREAK),
                new DayStep(span("11:30-11:45"), DayStep.Kind.FREE));
        assertThat(free.daySteps(1, TOMORROW.plusDays(1), 30)).as("she does not work that day").isEmpty();
    }
}
