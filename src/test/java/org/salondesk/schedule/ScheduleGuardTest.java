package org.salondesk.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSummary;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * A schedule change decides under the master's lock on the bookings really there: one made after the admin looked
 * is never passed over, the change is refused with "look again", and a refused change writes nothing.
 */
class ScheduleGuardTest {

    private static final LocalDate DATE = TestToday.date().plusDays(1);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private SalonDesk desk;
    private long branch;
    private long haircut;
    private long olga;
    private long pavel;
    private long client;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(8, 0));
        TestSalon salon = new TestSalon(desk);
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        olga = salon.master(branch, "Ольга", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        client = salon.client("Анна");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingInfo book(long master, LocalTime time) {
        return desk.booking().createBooking(branch, List.of(haircut), DATE, time, master, client);
    }

    private List<BookingSummary> olgasDay() {
        return desk.bookingQueries().forCalendar(branch, DATE, DATE).stream()
                .filter(booking -> booking.masterId() == olga).toList();
    }

    @Test
    void aBookingMadeAfterAnEmptyPreviewRefusesTheDayOffWithLookAgain() {
        ScheduleChange dayOff = new ScheduleChange.DaysOff(olga, DATE, DATE, null);
        assertThat(desk.schedules().conflicts(dayOff)).isEmpty();
        BookingInfo meanwhile = book(olga, TEN);

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.schedules().applyAfterPreview(dayOff, Map.of()));

        assertThat(refused.code()).isEqualTo(ErrorCode.SCHEDULE_CONFLICT);
        assertThat(refused.messageKey()).isEqualTo("error.schedule.madeMeanwhile");
        assertThat(refused.getMessage()).contains(Long.toString(meanwhile.number()));
        assertThat(desk.schedules().daysOff(olga, DATE)).isEmpty();
        // The refused change let go of Olga: her next booking goes through.
        assertThat(book(olga, NOON).masterId()).isEqualTo(olga);
    }

    @Test
    void onlyTheBookingsInTheDecisionAreKeptAndOneMadeAfterThePreviewRefusesAll() {
        BookingInfo seen = book(olga, TEN);
        ScheduleChange dayOff = new ScheduleChange.DaysOff(olga, DATE, DATE, null);
        List<BookingConflict> preview = desk.schedules().conflicts(dayOff);
        assertThat(preview).extracting(BookingConflict::bookingId).containsExactly(seen.id());
        BookingInfo meanwhile = book(olga, NOON);

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.schedules()
                .applyAfterPreview(dayOff, Map.of(seen.id(), new ConflictDecision.Keep())));

        assertThat(refused.messageKey()).isEqualTo("error.schedule.madeMeanwhile");
        assertThat(desk.schedules().daysOff(olga, DATE)).isEmpty();
        assertThat(olgasDay()).noneMatch(BookingSummary::outsideWorkingTime);

        // Looking again shows both; deciding for both makes the change.
        assertThat(desk.schedules().conflicts(dayOff)).extracting(BookingConflict::bookingId)
                .containsExactly(seen.id(), meanwhile.id());
        desk.schedules().applyAfterPreview(dayOff, Map.of(seen.id(), new ConflictDecision.Keep(),
                meanwhile.id(), new ConflictDecision.Keep()));
        assertThat(desk.schedules().daysOff(olga, DATE)).hasSize(1);
        assertThat(olgasDay()).hasSize(2).allMatch(BookingSummary::outsideWorkingTime);
    }

    @Test
    void aMoveDecidedOnAPreviewIsRefusedWhenItsPlaceWasTakenMeanwhileAndNothingIsWritten() {
        BookingInfo seen = book(olga, TEN);
        ScheduleChange dayOff = new ScheduleChange.DaysOff(olga, DATE, DATE, "Больничный");
        assertThat(desk.schedules().conflicts(dayOff)).hasSize(1);
        book(pavel, TEN);

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.schedules()
                .applyAfterPreview(dayOff, Map.of(seen.id(), new ConflictDecision.Move(pavel, DATE, TEN))));

        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(desk.schedules().daysOff(olga, DATE)).isEmpty();
        assertThat(desk.booking().getActiveBookingInfo(seen.id()).masterId()).isEqualTo(olga);
        // Both masters are free to book again: the refusal kept no lock.
        assertThat(book(olga, NOON).masterId()).isEqualTo(olga);
        assertThat(book(pavel, NOON).masterId()).isEqualTo(pavel);
    }

    @Test
    void blockingAMasterAfterAnEmptyPreviewIsRefusedWhenSheWasBookedMeanwhile() {
        ScheduleChange block = new ScheduleChange.Deactivate(olga);
        assertThat(desk.schedules().conflicts(block)).isEmpty();
        book(olga, TEN);

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.schedules().applyAfterPreview(block, Map.of()));

        assertThat(refused.messageKey()).isEqualTo("error.schedule.madeMeanwhile");
        assertThat(desk.booking().getEmployeesForBooking(branch, null, null, null))
                .extracting(master -> master.id()).contains(olga);
    }
}
