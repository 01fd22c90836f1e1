package org.salondesk.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;

/** Working time as the admin sets it, checked through what the booking functions answer. */
class ScheduleServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime ONE = LocalTime.of(13, 0);

    // Berlin moves its clocks on Sunday 28 March 2027; March ends on the Wednesday after.
    private final MutableClock clock = new MutableClock(LocalDate.of(2027, 3, 26).atTime(8, 0).atZone(BERLIN)
            .toInstant(), BERLIN);
    private SalonDesk desk;
    private long branch;
    private long haircut;
    private long olga;
    private long pavel;
    private long client;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        branch = desk.branches().createBranch("Берлин", "Friedrichstraße 1");
        haircut = desk.serviceCatalog().createService(branch, null, "Стрижка", null, new BigDecimal("40"), 60);
        olga = desk.masters().createMaster(branch, "Ольга", null, null);
        pavel = desk.masters().createMaster(branch, "Павел", null, null);
        desk.provisions().assignServices(olga, List.of(haircut));
        desk.provisions().assignServices(pavel, List.of(haircut));
        client = desk.clients().createClient("Анна", null, "+7 916 111-22-33");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<LocalDate> olgasDates() {
        return desk.booking().getDatesForBooking(branch, List.of(haircut), olga, 14, null);
    }

    private List<LocalTime> olgasSlots(LocalDate date) {
        return desk.booking().getSlotsForBooking(branch, List.of(haircut), date, olga, 60);
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2027, month, dayOfMonth);
    }

    @Test
    void twoOnTwoOffRunsAcrossTheMonthEndAndTheClockChange() {
        desk.schedules().setRotation(olga, day(3, 27), 2, 2, NINE, ONE, null);

        assertThat(olgasDates()).containsExactly(day(3, 27), day(3, 28), day(3, 31), day(4, 1), day(4, 4),
                day(4, 5), day(4, 8));
        // The Sunday of the clock change is a normal working morning on the salon's clock.
        assertThat(olgasSlots(day(3, 28))).containsExactly(NINE, LocalTime.of(10, 0), LocalTime.of(11, 0),
                LocalTime.of(12, 0));
    }

    @Test
    void aPatternReplacesTheTemplateAndADateOverridesBoth() {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(olga, weekday, NINE, LocalTime.of(18, 0));
        }
        desk.schedules().setRotation(olga, day(3, 29), 3, 3, LocalTime.of(12, 0), LocalTime.of(20, 0), day(4, 3));
        desk.schedules().setDatedShift(olga, day(4, 1), LocalTime.of(10, 0), LocalTime.of(12, 0));

        assertThat(olgasSlots(day(3, 27)).get(0)).isEqualTo(NINE);           // template, before the pattern
        assertThat(olgasSlots(day(3, 29)).get(0)).isEqualTo(LocalTime.of(12, 0)); // pattern, working day
        assertThat(olgasSlots(day(4, 2))).isEmpty();                          // pattern, day off
        assertThat(olgasSlots(day(4, 1))).containsExactly(LocalTime.of(10, 0), LocalTime.of(11, 0)); // override
        assertThat(olgasSlots(day(4, 5)).get(0)).isEqualTo(NINE);             // template again after valid-to
    }

    @Test
    void aRangeOfDaysOffAndRemovingOneOfThem() {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(olga, weekday, NINE, ONE);
        }
        desk.schedules().addDaysOff(olga, day(3, 29), day(4, 2), "Отпуск");

        assertThat(olgasDates()).doesNotContain(day(3, 29), day(3, 30), day(3, 31), day(4, 1), day(4, 2))
                .contains(day(3, 28), day(4, 3));
        assertThat(desk.schedules().daysOff(olga, day(3, 1))).hasSize(5)
                .allSatisfy(off -> assertThat(off.reason()).isEqualTo("Отпуск"));

        desk.schedules().removeDayOff(olga, day(3, 31));
        assertThat(olgasDates()).contains(day(3, 31));
    }

    @Test
    void aRecurringLunchLeavesTheSlotsOfWorkingDaysOnTheChosenWeekdays() {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(olga, weekday, NINE, LocalTime.of(17, 0));
        }
        desk.schedules().addRecurringBreak(olga, LocalTime.of(14, 0), LocalTime.of(14, 30),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), day(3, 29), null);

        List<LocalTime> monday = desk.booking().getSlotsForBooking(branch, List.of(haircut), day(3, 29), olga, 30);
        assertThat(monday).contains(LocalTime.of(13, 0), LocalTime.of(14, 30))
                .doesNotContain(LocalTime.of(13, 30), LocalTime.of(14, 0));
        List<LocalTime> wednesday = desk.booking().getSlotsForBooking(branch, List.of(haircut), day(3, 31), olga, 30);
        assertThat(wednesday).contains(LocalTime.of(13, 30), LocalTime.of(14, 0));
        // Before it starts, the lunch is not there.
        assertThat(desk.booking().getSlotsForBooking(branch, List.of(haircut), day(3, 27), olga, 30))
                .contains(LocalTime.of(14, 0));
    }

    @Test
    void aMastersOwnPriceAndLengthAreWhatSheIsBookedWith() {
        desk.schedules().setWeeklyShift(olga, DayOfWeek.MONDAY, NINE, ONE);
        desk.provisions().setProvision(olga, haircut, true, new BigDecimal("55"), 90);

        assertThat(desk.booking().getServicesForBooking(branch, null, olga)).singleElement()
                .satisfies(service -> {
                    assertThat(service.price()).isEqualByComparingTo("55");
                    assertThat(service.duration()).isEqualTo(90);
                });
        assertThat(olgasSlots(day(3, 29))).containsExactly(NINE, LocalTime.of(10, 0), LocalTime.of(11, 0));
        BookingInfo booked = desk.booking().createBooking(branch, List.of(haircut), day(3, 29), NINE, olga, client);
        assertThat(booked.totalCost()).isEqualByComparingTo("55");
        assertThat(booked.duration()).isEqualTo(90);
    }

    private BookingInfo bookOlgaOnMonday() {
        desk.schedules().setWeeklyShift(olga, DayOfWeek.MONDAY, NINE, ONE);
        desk.schedules().setWeeklyShift(pavel, DayOfWeek.MONDAY, NINE, ONE);
        return desk.booking().createBooking(branch, List.of(haircut), day(3, 29), LocalTime.of(10, 0), olga, client);
    }

    @Test
    void aDayOffOverABookingShowsItAndWritesNothingUntilDecided() {
        BookingInfo booked = bookOlgaOnMonday();
        ScheduleChange dayOff = new ScheduleChange.DaysOff(olga, day(3, 29), day(3, 29), "Больничный");

        List<BookingConflict> conflicts = desk.schedules().conflicts(dayOff);

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.bookingId()).isEqualTo(booked.id());
            assertThat(conflict.clientName()).isEqualTo("Анна");
            assertThat(conflict.clientPhone()).isEqualTo("+79161112233");
            assertThat(conflict.start()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(desk.schedules().daysOff(olga, day(3, 1))).isEmpty();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.schedules().apply(dayOff, Map.of()));
        assertThat(refused.code()).isEqualTo(ErrorCode.SCHEDULE_CONFLICT);
        assertThat(refused.getMessage()).contains(Long.toString(booked.number()));
        SalonDeskException plain = catchThrowableOfType(SalonDeskException.class,
                () -> desk.schedules().addDayOff(olga, day(3, 29)));
        assertThat(plain.code()).isEqualTo(ErrorCode.SCHEDULE_CONFLICT);
        assertThat(desk.schedules().daysOff(olga, day(3, 1))).isEmpty();
        assertThat(desk.booking().getActiveBookingInfo(booked.id())).isEqualTo(booked);
    }

    @Test
    void keepLeavesTheBookingMarkedOutsideWorkingTime() {
        BookingInfo booked = bookOlgaOnMonday();
        desk.schedules().apply(new ScheduleChange.DaysOff(olga, day(3, 29), day(3, 29), null),
                Map.of(booked.id(), new ConflictDecision.Keep()));

        assertThat(desk.bookingQueries().details(booked.id()).status()).isEqualTo(BookingStatus.NEW);
        assertThat(desk.bookingQueries().forCalendar(branch, day(3, 29), day(3, 29))).singleElement()
                .satisfies(summary -> assertThat(summary.outsideWorkingTime()).isTrue());
        assertThat(olgasSlots(day(3, 29))).isEmpty();
    }

    @Test
    void cancelCancelsWithTheReason() {
        BookingInfo booked = bookOlgaOnMonday();
        desk.schedules().apply(new ScheduleChange.DaysOff(olga, day(3, 29), day(3, 29), null),
                Map.of(booked.id(), new ConflictDecision.Cancel("Мастер заболела")));

        assertThat(desk.bookingQueries().details(booked.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(desk.bookingQueries().details(booked.id()).cancelReason()).isEqualTo("Мастер заболела");
    }

    @Test
    void moveMovesToAnotherMasterAndAnImpossibleMoveRefusesEverything() {
        BookingInfo booked = bookOlgaOnMonday();
        ScheduleChange dayOff = new ScheduleChange.DaysOff(olga, day(3, 29), day(3, 29), null);

        // Olga herself cannot take it: that day is the day off being given.
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.schedules()
                .apply(dayOff, Map.of(booked.id(), new ConflictDecision.Move(olga, day(3, 29), NINE))));
        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(desk.schedules().daysOff(olga, day(3, 1))).isEmpty();
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).masterId()).isEqualTo(olga);

        desk.schedules().apply(dayOff, Map.of(booked.id(), new ConflictDecision.Move(pavel, day(3, 29), NINE)));

        BookingInfo moved = desk.booking().getActiveBookingInfo(booked.id());
        assertThat(moved.masterId()).isEqualTo(pavel);
        assertThat(moved.time()).isEqualTo(NINE);
        assertThat(desk.schedules().daysOff(olga, day(3, 1))).hasSize(1);
    }

    @Test
    void blockingAMasterWithBookingsAheadIsAConflictToo() {
        BookingInfo booked = bookOlgaOnMonday();

        assertThat(catchThrowableOfType(SalonDeskException.class,
                () -> desk.masters().setMasterActive(olga, false)).code()).isEqualTo(ErrorCode.SCHEDULE_CONFLICT);
        assertThat(desk.schedules().conflicts(new ScheduleChange.Deactivate(olga))).hasSize(1);

        desk.schedules().apply(new ScheduleChange.Deactivate(olga),
                Map.of(booked.id(), new ConflictDecision.Move(pavel, day(3, 29), LocalTime.of(10, 0))));

        assertThat(desk.booking().getEmployeesForBooking(branch, null, null, null))
                .extracting(master -> master.id()).containsExactly(pavel);
        assertThat(desk.booking().getActiveBookingInfo(booked.id()).masterId()).isEqualTo(pavel);
    }

    @Test
    void aShorterShiftThatStillHoldsTheBookingIsNoConflict() {
        bookOlgaOnMonday();
        assertThat(desk.schedules().conflicts(new ScheduleChange.Weekly(olga, DayOfWeek.MONDAY, NINE,
                LocalTime.of(11, 0)))).isEmpty();
        assertThat(desk.schedules().conflicts(new ScheduleChange.Weekly(olga, DayOfWeek.MONDAY, NINE,
                LocalTime.of(10, 30)))).hasSize(1);
        assertThat(desk.schedules().conflicts(new ScheduleChange.OneBreak(olga, day(3, 29), LocalTime.of(10, 30),
                LocalTime.of(10, 45)))).hasSize(1);
    }

    @Test
    void copiesAWeeksTemplateToOtherMastersAndAConcreteWeekForward() {
        desk.schedules().setWeeklyShift(olga, DayOfWeek.MONDAY, NINE, ONE);
        desk.schedules().setWeeklyShift(olga, DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(20, 0));

        desk.schedules().copyWeekTemplate(olga, List.of(pavel));
        assertThat(desk.schedules().weeklyTemplate(pavel)).extracting(WeeklyShiftRow::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

        desk.schedules().setDatedShift(olga, day(3, 30), LocalTime.of(15, 0), LocalTime.of(18, 0)); // Tuesday extra
        desk.schedules().copyWeekForward(olga, day(3, 29), 2);
        assertThat(olgasSlots(day(4, 6))).containsExactly(LocalTime.of(15, 0), LocalTime.of(16, 0),
                LocalTime.of(17, 0));
        assertThat(olgasSlots(day(4, 13)).get(0)).isEqualTo(LocalTime.of(15, 0));
        assertThat(olgasSlots(day(4, 20))).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsCodeAndWritesNothing() {
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> desk.schedules().addDaysOff(olga, day(4, 2),
                day(3, 29), null)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> desk.schedules().setRotation(olga,
                day(3, 29), 0, 2, NINE, ONE, null)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> desk.schedules().addRecurringBreak(olga,
                LocalTime.of(14, 30), LocalTime.of(14, 0), Set.of(), day(3, 29), null)).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(catchThrowableOfType(SalonDeskException.class, () -> desk.schedules().addDayOff(987_654L,
                day(3, 29))).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(desk.schedules().daysOff(olga, day(1, 1))).isEmpty();
        assertThat(desk.schedules().rotations(olga)).isEmpty();
        assertThat(desk.schedules().recurringBreaks(olga)).isEmpty();
    }

    @Test
    void severalBreaksAtOnceAreAllAddedOrNoneWhenOneMeetsABooking() {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(olga, weekday, NINE, LocalTime.of(18, 0));
        }
        desk.booking().createBooking(branch, List.of(haircut), day(3, 30), LocalTime.of(15, 0), olga, client);

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.schedules()
                .addBreaks(olga, day(3, 30), List.of(TimeSpan.of(NINE, LocalTime.of(10, 0)),
                        TimeSpan.of(LocalTime.of(15, 0), LocalTime.of(15, 30)))));

        assertThat(refused.code()).isEqualTo(ErrorCode.SCHEDULE_CONFLICT);
        assertThat(desk.schedules().breaks(olga, day(3, 30))).isEmpty();

        desk.schedules().addBreaks(olga, day(3, 30), List.of(TimeSpan.of(NINE, LocalTime.of(10, 0)),
                TimeSpan.of(LocalTime.of(12, 0), LocalTime.of(12, 30))));

        assertThat(desk.schedules().breaks(olga, day(3, 30))).extracting(BreakRow::start)
                .containsExactly(NINE, LocalTime.of(12, 0));
        assertThat(olgasSlots(day(3, 30))).as("hourly starts around the breaks and the booking")
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(11, 0), ONE, LocalTime.of(14, 0),
                        LocalTime.of(16, 0), LocalTime.of(17, 0));
    }
}
