package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.availability.SlotGridTest.span;
import static org.salondesk.availability.SlotGridTest.times;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salondesk.testing.TestToday;

/** Processing time and resources in the one computation of free time (decision 0033), without a database. */
class ProcessingAndResourcesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate DAY = TestToday.date().plusDays(1);
    private static final Instant NOW = TestToday.date().atStartOfDay(MOSCOW).toInstant();
    private static final long ROOM = 7;
    private static final long BASIN = 8;

    /** Colour: apply 30 minutes, process 30 (the master is free), rinse and style 15; the basin during the rinse. */
    private static final MasterOffer.Line COLOUR = new MasterOffer.Line(1, BigDecimal.TEN, 75, 30, 30,
            List.of(new ServiceNeed(1, BASIN, ServiceNeed.Phase.AFTER).during(75, 30, 30)));

    private static MasterSchedule nineToSix(long masterId, String... breaks) {
        MasterSchedule.Builder builder = MasterSchedule.builder(masterId);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.weekly(day, span("09:00-18:00"));
        }
        for (String pause : breaks) {
            builder.pause(DAY, span(pause));
        }
        return builder.build();
    }

    private static MasterOffer colour(long masterId) {
        return new MasterOffer(masterId, 75, BigDecimal.TEN, List.of(COLOUR));
    }

    private static MasterOffer plain(long masterId, int minutes, Footprint.ResourceNeed... needs) {
        return MasterOffer.ofFootprint(masterId, new Footprint(minutes, 0, 0, List.of(needs)), BigDecimal.ONE);
    }

    private static Occupation colourAt(long id, long masterId, String start) {
        int from = TimeSpan.minuteOfDay(LocalTime.parse(start));
        Footprint footprint = colour(masterId).footprint();
        return Occupation.booking(id, masterId, DAY, new TimeSpan(from, from + 75), BookingStatus.CONFIRMED)
                .with(footprint.processing(from), footprint.needs().stream()
                        .map(need -> new Occupation.ResourceUse(need.resourceId(),
                                new TimeSpan(from + need.from(), from + need.to())))
                        .toList());
    }

    private static Occupation booked(long id, long masterId, String span, long... resources) {
        TimeSpan time = span(span);
        List<Occupation.ResourceUse> uses = java.util.Arrays.stream(resources)
                .mapToObj(resource -> new Occupation.ResourceUse(resource, time)).toList();
        return Occupation.booking(id, masterId, DAY, time, BookingStatus.CONFIRMED).with(null, uses);
    }

    private static FreeTime withABasin(Map<Long, MasterSchedule> schedules, List<Occupation> occupations) {
        return new FreeTime(schedules, occupations, List.of(), Map.of(BASIN, 1), NOW, MOSCOW, 0, 0, List.of());
    }

    @Test
    void theFootprintOfAColourKeepsTheMasterFreeWhileItProcessesAndTakesTheBasinForTheRinse() {
        Footprint footprint = colour(1).footprint();

        assertThat(footprint.masterBusy(600)).containsExactly(new TimeSpan(600, 630), new TimeSpan(660, 675));
        assertThat(footprint.processing(600)).isEqualTo(new TimeSpan(630, 660));
        assertThat(footprint.needs()).containsExactly(new Footprint.ResourceNeed(BASIN, 60, 75));
        assertThat(footprint.busyMinutes()).isEqualTo(45);
    }

    @Test
    void whileAColourProcessesItsMasterTakesABookingThatFitsTheWindowAndNothingLonger() {
        FreeTime free = withABasin(Map.of(1L, nineToSix(1)), List.of(colourAt(1, 1, "10:00")));

        // 10:00-10:30 apply, 10:30-11:00 processing, 11:00-11:15 rinse.
        assertThat(free.check(plain(1, 30), DAY, LocalTime.of(10, 30))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(plain(1, 35), DAY, LocalTime.of(10, 30))).isEqualTo(FreeTime.Verdict.TAKEN);
        assertThat(free.check(plain(1, 30), DAY, LocalTime.of(10, 25))).isEqualTo(FreeTime.Verdict.TAKEN);
        assertThat(free.slots(plain(1, 30), DAY, 15)).contains(LocalTime.of(10, 30)).doesNotContain(
                LocalTime.of(10, 15), LocalTime.of(10, 45), LocalTime.of(11, 0));
        // Her booked minutes are those she works: the fair choice counts 45, not 75.
        assertThat(free.bookedMinutes(1, DAY)).isEqualTo(45);
    }

    @Test
    void aColourFitsAroundAnotherBookingThatFallsInItsProcessing() {
        FreeTime free = withABasin(Map.of(1L, nineToSix(1)), List.of(booked(1, 1, "12:30-13:00")));

        assertThat(free.check(colour(1), DAY, LocalTime.of(12, 0))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(colour(1), DAY, LocalTime.of(12, 5))).isEqualTo(FreeTime.Verdict.TAKEN);
        assertThat(free.slots(colour(1), DAY, 30).stream().filter(t -> t.getHour() >= 11 && t.getHour() < 14)
                .toList()).isEqualTo(times("11:00 12:00 13:00 13:30"));
    }

    @Test
    void aBreakMayFallWhileTheClientWaitsButNotWhileTheMasterWorks() {
        FreeTime free = withABasin(Map.of(1L, nineToSix(1, "13:30-14:00")), List.of());

        assertThat(free.check(colour(1), DAY, LocalTime.of(13, 0))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(colour(1), DAY, LocalTime.of(13, 5))).isEqualTo(FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        // The client must be out by the end of the shift, processing or not.
        assertThat(free.check(colour(1), DAY, LocalTime.of(16, 50))).isEqualTo(FreeTime.Verdict.OUTSIDE_WORKING_TIME);
        assertThat(free.check(colour(1), DAY, LocalTime.of(16, 45))).isEqualTo(FreeTime.Verdict.FREE);
    }

    @Test
    void theOneMassageRoomIsNeverTakenTwiceAtOnceButTwoRoomsAreShared() {
        Map<Long, MasterSchedule> schedules = Map.of(1L, nineToSix(1), 2L, nineToSix(2));
        List<Occupation> othersUseOfTheRoom = List.of(booked(1, 1, "10:00-11:00", ROOM));
        Footprint.ResourceNeed room = new Footprint.ResourceNeed(ROOM, 0, 60);

        FreeTime oneRoom = new FreeTime(schedules, List.of(), othersUseOfTheRoom, Map.of(ROOM, 1), NOW, MOSCOW, 0,
                0, List.of());
        assertThat(oneRoom.check(plain(2, 60, room), DAY, LocalTime.of(10, 30)))
                .isEqualTo(FreeTime.Verdict.RESOURCE_TAKEN);
        assertThat(oneRoom.check(plain(2, 60, room), DAY, LocalTime.of(11, 0))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(oneRoom.check(plain(2, 60, room), DAY, LocalTime.of(9, 0))).isEqualTo(FreeTime.Verdict.FREE);
        // Without the room, master 2 is free at 10:30: only the room stands in the way.
        assertThat(oneRoom.check(plain(2, 60), DAY, LocalTime.of(10, 30))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(oneRoom.pickMaster(List.of(plain(2, 60, room)), DAY, LocalTime.of(10, 30))).isEmpty();

        FreeTime twoRooms = new FreeTime(schedules, List.of(), othersUseOfTheRoom, Map.of(ROOM, 2), NOW, MOSCOW, 0,
                0, List.of());
        assertThat(twoRooms.check(plain(2, 60, room), DAY, LocalTime.of(10, 30))).isEqualTo(FreeTime.Verdict.FREE);
    }

    @Test
    void usesThatDoNotOverlapEachOtherLeaveAUnitFreeAtEveryMinute() {
        // Two rooms: 10:00-10:30 and 10:30-11:00 are used one after the other, so one room stays free throughout.
        List<Occupation> uses = List.of(booked(1, 1, "10:00-10:30", ROOM), booked(2, 1, "10:30-11:00", ROOM),
                booked(3, 1, "10:45-11:15", ROOM));
        FreeTime free = new FreeTime(Map.of(2L, nineToSix(2)), List.of(), uses, Map.of(ROOM, 2), NOW, MOSCOW, 0, 0,
                List.of());
        Footprint.ResourceNeed room = new Footprint.ResourceNeed(ROOM, 0, 45);

        assertThat(free.check(plain(2, 45, room), DAY, LocalTime.of(10, 0))).isEqualTo(FreeTime.Verdict.FREE);
        assertThat(free.check(plain(2, 45, room), DAY, LocalTime.of(10, 15)))
                .isEqualTo(FreeTime.Verdict.RESOURCE_TAKEN);
    }

    @Test
    void aResourceTheBranchDoesNotHaveIsNeverFreeAndAnIgnoredBookingFreesItsRoom() {
        Occupation moving = booked(1, 1, "10:00-11:00", ROOM);
        Footprint.ResourceNeed room = new Footprint.ResourceNeed(ROOM, 0, 60);
        FreeTime none = new FreeTime(Map.of(1L, nineToSix(1)), List.of(), List.of(), Map.of(), NOW, MOSCOW, 0, 0,
                List.of());
        assertThat(none.slots(plain(1, 60, room), DAY, 30)).isEmpty();

        FreeTime ignoring = new FreeTime(Map.of(1L, nineToSix(1)), List.of(moving), List.of(moving),
                Map.of(ROOM, 1), NOW, MOSCOW, 0, 0, List.of(moving));
        assertThat(ignoring.check(plain(1, 60, room), DAY, LocalTime.of(10, 0))).isEqualTo(FreeTime.Verdict.FREE);
    }

    @Test
    void aMasterOfHerOwnTermsProcessesLongerAndAWindowThatDoesNotFitHerLengthCountsAsNone() {
        Eligibility.RequestedService colour = new Eligibility.RequestedService(1, BigDecimal.TEN, 75, 30, 30,
                List.of(new ServiceNeed(1, BASIN, ServiceNeed.Phase.AFTER)));
        List<MasterOffer> offers = Eligibility.offers(List.of(colour), List.of(
                new Eligibility.Provision(1, 1, null, null),
                new Eligibility.Provision(2, 1, null, 90, 30, 45),
                new Eligibility.Provision(3, 1, null, 40)));

        assertThat(offers.get(0).footprint()).isEqualTo(new Footprint(75, 30, 30,
                List.of(new Footprint.ResourceNeed(BASIN, 60, 75))));
        assertThat(offers.get(1).footprint()).isEqualTo(new Footprint(90, 30, 45,
                List.of(new Footprint.ResourceNeed(BASIN, 75, 90))));
        // 30 + 30 leaves nothing after it in her 40 minutes: she is busy throughout and the basin is hers throughout.
        assertThat(offers.get(2).footprint()).isEqualTo(new Footprint(40, 0, 0,
                List.of(new Footprint.ResourceNeed(BASIN, 0, 40))));
    }

    @Test
    void aVisitFreesItsMasterOnlyInItsFirstProcessingWindow() {
        MasterOffer.Line cut = new MasterOffer.Line(2, BigDecimal.ONE, 45);
        Footprint twoColours = Footprint.ofLines(List.of(cut, COLOUR, COLOUR));

        assertThat(twoColours.minutes()).isEqualTo(195);
        assertThat(twoColours.processing(0)).isEqualTo(new TimeSpan(75, 105));
        assertThat(twoColours.needs()).containsExactly(new Footprint.ResourceNeed(BASIN, 105, 120),
                new Footprint.ResourceNeed(BASIN, 180, 195));
    }
}
