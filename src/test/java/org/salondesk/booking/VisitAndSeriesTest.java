package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.FreeTime;
import org.salondesk.availability.SeriesOccurrence;
import org.salondesk.availability.SeriesRule;
import org.salondesk.availability.VisitPlanner;
import org.salondesk.availability.VisitStep;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * A visit of several steps and masters booked, moved and cancelled together, and a repeating visit previewed,
 * booked, moved and cancelled from one occurrence on (decision 0036). Olga cuts and does nails, Pavel only cuts.
 */
class VisitAndSeriesTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private MutableClock clock;
    private SalonDesk desk;
    private TestSalon rows;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        clock = TestToday.at(8, 0);
        desk = TestDatabases.freshDesk(clock);
        rows = new TestSalon(desk);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<VisitStep> haircutThenManicure() {
        return List.of(new VisitStep(List.of(salon.haircut), null), new VisitStep(List.of(salon.manicure), null));
    }

    private BookingInfo single(long master, String start) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.parse(start),
                master, salon.anna);
    }

    @Test
    void aHaircutAndAManicureAtOnceGoToTwoMastersAndOneAfterTheOtherFollowEachOther() {
        VisitPlanner.VisitOffer together = desk.booking().visits().offers(salon.branch, haircutThenManicure(),
                true, DAY, 60).get(0);
        // Only Olga does nails, so the haircut at the same time is Pavel's.
        assertThat(together.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(together.steps()).extracting(step -> step.offer().masterId()).containsExactly(salon.pavel,
                salon.olga);

        VisitBooked visit = desk.booking().visits().book(salon.branch, haircutThenManicure(), false, DAY,
                LocalTime.of(10, 0), salon.anna, "a wedding");
        List<BookingInfo> steps = desk.booking().visits().bookings(visit.id());
        assertThat(steps).extracting(BookingInfo::time).containsExactly(LocalTime.of(10, 0), LocalTime.of(11, 0));
        assertThat(steps).extracting(BookingInfo::masterId).containsExactly(salon.olga, salon.olga);
        assertThat(DeskInternals.database(desk).withConnection(new BookingRulesAudit()::check)).isEmpty();
    }

    @Test
    void aVisitThatDoesNotFitWholeIsRefusedAndWritesNothing() {
        single(salon.olga, "11:00");
        List<String> before = rows.snapshot();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.booking().visits()
                .book(salon.branch, haircutThenManicure(), false, DAY, LocalTime.of(10, 0), salon.anna, null));

        // Pavel could cut at 10:00, but nobody does nails at 11:00.
        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(refused.messageKey()).isEqualTo("error.visit.noneFree");
        assertThat(rows.snapshot()).isEqualTo(before);
        assertThat(rows.count("booking_visit")).isZero();
    }

    @Test
    void movingOrCancellingOneStepTakesTheVisitAlongUntilTheStepIsSplitOff() {
        VisitBooked visit = desk.booking().visits().book(salon.branch, haircutThenManicure(), false, DAY,
                LocalTime.of(10, 0), salon.anna, null);
        long haircut = visit.bookingIds().get(0);
        long manicure = visit.bookingIds().get(1);

        // The manicure moved from 11:00 to 14:00: the haircut follows to 13:00.
        desk.booking().modifyBookingTime(manicure, DAY, LocalTime.of(14, 0));
        assertThat(desk.booking().visits().bookings(visit.id())).extracting(BookingInfo::time)
                .containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 0));
        // Where the haircut would meet another booking of Olga's, the whole move is refused.
        single(salon.olga, "16:00");
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.booking().modifyBookingTime(haircut, DAY, LocalTime.of(15, 30)));
        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(desk.booking().visits().bookings(visit.id())).extracting(BookingInfo::time)
                .containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 0));

        desk.booking().visits().split(manicure);
        desk.booking().cancelBooking(salon.branch, haircut, "changed her mind about the cut");
        assertThat(rows.status(haircut)).isEqualTo(BookingStatus.CANCELLED);
        assertThat(rows.status(manicure)).isEqualTo(BookingStatus.CONFIRMED);
        desk.booking().modifyBookingTime(manicure, DAY, LocalTime.of(9, 0));
        assertThat(desk.booking().getActiveBookingInfo(manicure).time()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void cancellingAStepCancelsTheWholeVisit() {
        VisitBooked visit = desk.booking().visits().book(salon.branch, haircutThenManicure(), true, DAY,
                LocalTime.of(10, 0), salon.anna, null);

        desk.booking().cancelBooking(salon.branch, visit.bookingIds().get(1), "ill");

        assertThat(visit.bookingIds()).allMatch(id -> rows.status(id) == BookingStatus.CANCELLED);
    }

    @Test
    void aSeriesShowsEveryOccurrenceBeforeItIsBookedAndIsMovedAndCancelledFromOneOccurrenceOn() {
        SeriesRule everyTwoWeeks = new SeriesRule(2, Set.of(), null, 4);
        // The third occurrence's 10:00 is taken: Olga is booked then.
        LocalDate third = DAY.plusWeeks(4);
        desk.booking().createBooking(salon.branch, List.of(salon.manicure), third, LocalTime.of(9, 30), salon.olga,
                salon.anna);

        List<SeriesOccurrence> preview = desk.booking().series().preview(salon.branch, List.of(salon.manicure),
                salon.olga, everyTwoWeeks, DAY, LocalTime.of(10, 0));

        assertThat(preview).extracting(SeriesOccurrence::date).containsExactly(DAY, DAY.plusWeeks(2), third,
                DAY.plusWeeks(6));
        assertThat(preview).extracting(SeriesOccurrence::verdict).containsExactly(FreeTime.Verdict.FREE,
                FreeTime.Verdict.FREE, FreeTime.Verdict.TAKEN, FreeTime.Verdict.FREE);
        assertThat(preview.get(2).alternatives()).extracting(offer -> offer.time())
                .containsExactly(LocalTime.of(11, 0));

        List<String> before = rows.snapshot();
        List<LocalDateTime> asPreviewed = preview.stream().map(o -> o.date().atTime(o.time())).toList();
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.booking().series()
                .book(salon.branch, List.of(salon.manicure), salon.olga, everyTwoWeeks, asPreviewed, salon.anna,
                        null));
        assertThat(refused.messageKey()).isEqualTo("error.series.occurrenceTaken");
        assertThat(rows.snapshot()).isEqualTo(before);

        List<LocalDateTime> chosen = List.of(DAY.atTime(10, 0), DAY.plusWeeks(2).atTime(10, 0),
                third.atTime(11, 0), DAY.plusWeeks(6).atTime(10, 0));
        VisitBooked series = desk.booking().series().book(salon.branch, List.of(salon.manicure), salon.olga,
                everyTwoWeeks, chosen, salon.anna, "every other Friday");
        assertThat(series.bookingIds()).hasSize(4);

        assertThat(desk.booking().series().move(series.id(), DAY.plusWeeks(2), LocalTime.of(14, 0))).isEqualTo(3);
        assertThat(desk.booking().series().bookings(series.id())).extracting(BookingInfo::time).containsExactly(
                LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(14, 0), LocalTime.of(14, 0));
        assertThat(desk.booking().series().cancel(series.id(), third, "moving away")).isEqualTo(2);
        assertThat(desk.booking().series().bookings(series.id())).extracting(BookingInfo::status).containsExactly(
                BookingStatus.CONFIRMED, BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
    }

    @Test
    void aSeriesRuleNeedsAnEndAndCountsItsWeeks() {
        assertThat(new SeriesRule(1, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, 5)
                .dates(LocalDate.of(2026, 12, 2))).containsExactly(LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 17));
        assertThat(new SeriesRule(3, Set.of(), LocalDate.of(2027, 2, 1), null).dates(LocalDate.of(2026, 12, 2)))
                .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 13));
        SalonDeskException endless = catchThrowableOfType(SalonDeskException.class,
                () -> new SeriesRule(1, Set.of(), null, null).dates(DAY));
        assertThat(endless.messageKey()).isEqualTo("error.series.endless");
    }
}
