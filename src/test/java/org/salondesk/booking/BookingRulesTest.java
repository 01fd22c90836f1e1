package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/** The semantics of issue 4 through the booking functions, one test each, on an in-memory database. */
class BookingRulesTest {

    /** Monday; the clock stands at 08:00 of it unless a test moves it. */
    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DATE = TODAY.plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private TestSalon salon;
    private BookingService booking;
    private long branch;
    private long haircut;
    private long beard;
    private long client;

    @BeforeEach
    void openSalon() {
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
        booking = desk.booking();
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Мужская стрижка", 60, "1500");
        beard = salon.service(branch, "Моделирование бороды", 45, "900.50");
        client = salon.client("Анна");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }

    private static List<LocalTime> times(String... texts) {
        return java.util.Arrays.stream(texts).map(LocalTime::parse).toList();
    }

    private BookingInfo book(List<Long> services, String time, Long master) {
        return booking.createBooking(branch, services, DATE, time(time), master, client);
    }

    @Test
    void aMasterMustProvideEveryRequestedService() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut, beard);
        long anna = salon.master(branch, "Анна", time("13:00"), time("16:00"), haircut);

        assertThat(booking.getEmployeesForBooking(branch, List.of(haircut, beard), null, null))
                .extracting(EmployeeInfo::id).containsExactly(pavel);
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut, beard), DATE, null, null))
                .isEqualTo(times("09:00", "09:30", "10:00"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null))
                .isEqualTo(times("09:00", "09:30", "10:00", "10:30", "11:00", "13:00", "13:30", "14:00", "14:30",
                        "15:00"));
        assertThatThrownBy(() -> book(List.of(haircut, beard), "13:00", anna))
                .isInstanceOf(SalonDeskException.class)
                .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(ErrorCode.MASTER_NOT_ELIGIBLE);
        assertThatThrownBy(() -> book(List.of(haircut, beard), "13:00", null))
                .isInstanceOf(SalonDeskException.class)
                .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
    }

    @Test
    void inactiveServicesAndMastersAreNotBookable() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("11:00"), haircut, beard);
        long anna = salon.master(branch, "Анна", time("13:00"), time("15:00"), haircut, beard);

        desk.masters().setMasterActive(anna, false);
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null))
                .isEqualTo(times("09:00", "09:30", "10:00"));
        assertThat(booking.getEmployeesForBooking(branch, List.of(haircut), null, null))
                .extracting(EmployeeInfo::id).containsExactly(pavel);
        assertThat(codeOf(() -> booking.getSlotsForBooking(branch, List.of(haircut), DATE, anna, null)))
                .isEqualTo(ErrorCode.MASTER_NOT_ELIGIBLE);

        desk.serviceCatalog().setServiceActive(beard, false);
        assertThat(codeOf(() -> booking.getSlotsForBooking(branch, List.of(haircut, beard), DATE, null, null)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> book(List.of(beard), "09:00", pavel))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(booking.getServicesForBooking(branch, null, null)).extracting(ServiceInfo::id)
                .containsExactly(haircut);
    }

    @Test
    void durationsAndPricesAddUpWithTheMastersOwnOnes() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut, beard);
        long senior = salon.master(branch, "Виктор", time("09:00"), time("12:00"), haircut, beard);
        salon.override(senior, haircut, "2500", 90);
        salon.override(senior, beard, null, 30);

        BookingInfo regular = book(List.of(haircut, beard), "09:00", pavel);
        BookingInfo withSenior = book(List.of(haircut, beard), "09:00", senior);

        assertThat(regular.duration()).isEqualTo(105);
        assertThat(regular.totalCost()).isEqualByComparingTo("2400.50");
        assertThat(regular.endTime()).isEqualTo(time("10:45"));
        assertThat(withSenior.duration()).isEqualTo(120);
        assertThat(withSenior.totalCost()).isEqualByComparingTo("3400.50");
        assertThat(withSenior.serviceIds()).containsExactly(haircut, beard);
        assertThat(withSenior.serviceNames()).containsExactly("Мужская стрижка", "Моделирование бороды");
        // the senior's two hours from 09:00 leave only an hour of his shift; the pair needs two
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut, beard), DATE, senior, null)).isEmpty();
        assertThat(booking.getSlotsForBooking(branch, List.of(beard), DATE, senior, null))
                .isEqualTo(times("11:00", "11:30"));
        assertThat(booking.getServicesForBooking(branch, null, senior))
                .extracting(ServiceInfo::duration).containsExactly(90, 30);
    }

    @Test
    void touchingBookingsDoNotOverlap() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut);
        book(List.of(haircut), "10:00", pavel);

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00", "11:00"));
        assertThat(book(List.of(haircut), "11:00", pavel).time()).isEqualTo(time("11:00"));
        assertThat(book(List.of(haircut), "09:00", pavel).time()).isEqualTo(time("09:00"));
        assertThat(codeOf(() -> book(List.of(haircut), "09:05", pavel))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(salon.count("booking")).isEqualTo(3);
    }

    @Test
    void breaksBlockTimeUntilRemoved() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut);
        long pause = desk.schedules().addBreak(pavel, DATE, time("10:00"), time("10:30"));

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00", "10:30", "11:00"));
        assertThat(codeOf(() -> book(List.of(haircut), "09:30", pavel))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);

        desk.schedules().removeBreak(pause);
        assertThat(book(List.of(haircut), "09:30", pavel).masterId()).isEqualTo(pavel);
    }

    @Test
    void daysOffBlockTheWholeDate() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut);
        desk.schedules().addDayOff(pavel, DATE);

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null)).isEmpty();
        assertThat(booking.getDatesForBooking(branch, List.of(haircut), pavel, 3, null))
                .containsExactly(TODAY, DATE.plusDays(1));
        assertThat(codeOf(() -> book(List.of(haircut), "09:00", pavel))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);

        desk.schedules().removeDayOff(pavel, DATE);
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null)).hasSize(5);
    }

    @Test
    void aDatedShiftReplacesTheWeeklyOne() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut);
        desk.schedules().setDatedShift(pavel, DATE, time("14:15"), time("16:00"));

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("14:15", "14:45"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE.plusDays(1), pavel, null))
                .first().isEqualTo(time("09:00"));
    }

    @Test
    void timesBeforeNowPlusLeadTimeAreNeverOffered() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("13:00"), haircut);
        clock.set(TODAY.atTime(10, 7, 30));

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), TODAY, null, null))
                .isEqualTo(times("10:30", "11:00", "11:30", "12:00"));
        assertThat(codeOf(() -> booking.createBooking(branch, List.of(haircut), TODAY, time("10:00"), pavel, client)))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);

        salon.setLeadMinutes(branch, 60);
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), TODAY, null, null))
                .isEqualTo(times("11:30", "12:00"));
        assertThat(codeOf(() -> booking.createBooking(branch, List.of(haircut), TODAY, time("11:00"), pavel, client)))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);

        // a minute that has begun is gone: with an hour's lead, 11:30 may be booked at 10:30:00 but not at 10:30:01
        clock.set(TODAY.atTime(10, 30, 1));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), TODAY, null, 5)).first()
                .isEqualTo(time("11:35"));
        assertThat(codeOf(() -> booking.createBooking(branch, List.of(haircut), TODAY, time("11:30"), pavel, client)))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        clock.set(TODAY.atTime(10, 30));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), TODAY, null, 5)).first()
                .isEqualTo(time("11:30"));
        assertThat(booking.createBooking(branch, List.of(haircut), TODAY, time("11:30"), pavel, client).time())
                .isEqualTo(time("11:30"));
    }

    @Test
    void withoutAMasterTheSlotsAreTheUnionOverEligibleMasters() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("13:00"), haircut);
        long anna = salon.master(branch, "Анна", time("10:00"), time("13:15"), haircut);
        salon.master(branch, "Ольга", time("08:00"), time("20:00"), beard);
        book(List.of(haircut), "10:00", pavel);
        book(List.of(haircut), "11:00", anna);

        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00", "11:00", "11:30", "12:00"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, anna, null))
                .isEqualTo(times("10:00", "12:00"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null))
                .isEqualTo(times("09:00", "10:00", "11:00", "11:30", "12:00"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, 15))
                .isEqualTo(times("09:00", "10:00", "11:00", "11:15", "11:30", "11:45", "12:00", "12:15"));
    }

    @Test
    void createWithoutAMasterPicksTheFairestOneRepeatably() {
        List<String> first = fairChoices(desk, salon);
        try (SalonDesk other = TestDatabases.freshDesk(clock)) {
            TestSalon otherSalon = new TestSalon(other);
            List<String> second = fairChoices(other, otherSalon);
            assertThat(second).isEqualTo(first);
        }
        assertThat(first).containsExactly("Пётр", "Роман", "Олег", "Пётр", "Роман");
    }

    /**
     * Oleg has an hour at 15:00 already; Pyotr and Roman nothing. Each booking goes to the free master with the
     * fewest booked minutes, ties to the lowest id.
     */
    private List<String> fairChoices(SalonDesk someDesk, TestSalon someSalon) {
        long someBranch = someSalon.branch("Филиал");
        long cut = someSalon.service(someBranch, "Стрижка", 60, "1000");
        long shave = someSalon.service(someBranch, "Бритьё", 30, "500");
        long oleg = someSalon.master(someBranch, "Олег", time("09:00"), time("18:00"), cut, shave);
        someSalon.master(someBranch, "Пётр", time("09:00"), time("18:00"), cut, shave);
        someSalon.master(someBranch, "Роман", time("09:00"), time("18:00"), cut, shave);
        long someClient = someSalon.client("Иван");
        someDesk.booking().createBooking(someBranch, List.of(cut), DATE, time("15:00"), oleg, someClient);
        List<String> chosen = new ArrayList<>();
        // booked minutes Oleg/Pyotr/Roman before each request: 60/0/0 -> Pyotr (lowest id of the two at 0);
        // 60/busy/0 -> Roman; 60/60/60 -> Oleg (tie); 90/60/60 -> Pyotr (Oleg's 15:00 only touches 16:00);
        // 90/90/60 -> Roman
        for (String[] request : new String[][]{{"10:00", "cut"}, {"10:00", "cut"}, {"11:00", "shave"},
                {"16:00", "shave"}, {"12:00", "shave"}}) {
            long service = request[1].equals("cut") ? cut : shave;
            chosen.add(someDesk.booking().createBooking(someBranch, List.of(service), DATE, time(request[0]), null,
                    someClient).masterName());
        }
        return chosen;
    }

    @Test
    void cancelKeepsTheRecordAsCancelledAndFreesTheTimeAtOnce() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("11:00"), haircut);
        BookingInfo made = book(List.of(haircut), "10:00", pavel);
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00"));

        booking.cancelBooking(branch, made.id());

        assertThat(booking.getActiveBookingInfo(made.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(salon.count("booking")).isEqualTo(1);
        assertThat(salon.count("booked_service")).isEqualTo(1);
        assertThat(booking.getBookingsInfo(client)).isEmpty();
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00", "09:30", "10:00"));
        assertThat(book(List.of(haircut), "10:00", pavel).id()).isNotEqualTo(made.id());

        // cancelling again changes nothing
        booking.cancelBooking(branch, made.id());
        assertThat(salon.status(made.id())).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void modifyTimeIgnoresTheBookingItselfButNoOtherOne() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("13:00"), haircut);
        BookingInfo moving = book(List.of(haircut), "10:00", pavel);
        BookingInfo other = book(List.of(haircut), "12:00", pavel);

        // 10:30–11:30 overlaps the booking's own 10:00–11:00: that does not count
        booking.modifyBookingTime(moving.id(), DATE, time("10:30"));
        assertThat(booking.getActiveBookingInfo(moving.id()).time()).isEqualTo(time("10:30"));
        assertThat(booking.getSlotsForBooking(branch, List.of(haircut), DATE, pavel, null))
                .isEqualTo(times("09:00", "09:30"));

        // but the other booking does
        assertThat(codeOf(() -> booking.modifyBookingTime(moving.id(), DATE, time("11:30"))))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(booking.getActiveBookingInfo(moving.id()).time()).isEqualTo(time("10:30"));
        assertThat(booking.getActiveBookingInfo(other.id()).time()).isEqualTo(time("12:00"));

        // master, services, length and price stay
        booking.modifyBookingTime(moving.id(), DATE.plusDays(1), time("09:00"));
        BookingInfo moved = booking.getActiveBookingInfo(moving.id());
        assertThat(moved.date()).isEqualTo(DATE.plusDays(1));
        assertThat(moved.masterId()).isEqualTo(pavel);
        assertThat(moved.serviceIds()).isEqualTo(moving.serviceIds());
        assertThat(moved.duration()).isEqualTo(60);
        assertThat(moved.totalCost()).isEqualByComparingTo(moving.totalCost());
    }

    @Test
    void datesCountTodayAsDayOneAndRespectTheMaximum() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("10:00"), haircut);
        desk.schedules().addDayOff(pavel, TODAY.plusDays(2));
        book(List.of(haircut), "09:00", pavel);

        assertThat(booking.getDatesForBooking(branch, List.of(haircut), null, 1, null)).containsExactly(TODAY);
        assertThat(booking.getDatesForBooking(branch, List.of(haircut), null, 5, null))
                .containsExactly(TODAY, TODAY.plusDays(3), TODAY.plusDays(4));
        assertThat(booking.getDatesForBooking(branch, List.of(haircut), pavel, 5, 2))
                .containsExactly(TODAY, TODAY.plusDays(3));
        assertThat(booking.getDatesForBooking(branch, List.of(haircut), null, null, null))
                .hasSize(14 - 2)
                .last().isEqualTo(TODAY.plusDays(13));

        // once today's hour has begun, today has nothing left
        clock.set(TODAY.atTime(9, 0, 1));
        assertThat(booking.getDatesForBooking(branch, List.of(haircut), null, 5, 1))
                .containsExactly(TODAY.plusDays(3));
    }

    @Test
    void onlineRequestsStartNewAndDeskBookingsConfirmed() {
        long pavel = salon.master(branch, "Павел", time("09:00"), time("12:00"), haircut);
        long jobTitle = desk.masters().createJobTitle(branch, "Барбер", null);
        long viktor = desk.masters().createMaster(branch, "Виктор", null, jobTitle);
        desk.provisions().assignServices(viktor, List.of(haircut));
        desk.schedules().setWeeklyShift(viktor, DATE.getDayOfWeek(), time("09:00"), time("12:00"));

        BookingInfo online = book(List.of(haircut), "09:00", pavel);
        BookingInfo atDesk = booking.createBooking(BookingRequest.online(branch, List.of(haircut), DATE, time("09:00"),
                viktor, client).withSource(BookingSource.DESK).withNote("  первый визит "));

        assertThat(online.status()).isEqualTo(BookingStatus.NEW);
        assertThat(online.source()).isEqualTo(BookingSource.ONLINE);
        assertThat(atDesk.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(atDesk.note()).isEqualTo("первый визит");
        assertThat(atDesk.masterName()).isEqualTo("Виктор");
        assertThat(atDesk.jobTitle()).isEqualTo("Барбер");
        assertThat(atDesk.branchId()).isEqualTo(branch);
        assertThat(atDesk.branchName()).isEqualTo("Центр");
        assertThat(atDesk.branchAddress()).isEqualTo("Центр, ул. Ленина, 1");
        assertThat(atDesk.date()).isEqualTo(DATE);
        assertThat(atDesk.clientId()).isEqualTo(client);
        assertThat(booking.getBookingsInfo(client)).extracting(BookingInfo::id)
                .containsExactlyInAnyOrder(online.id(), atDesk.id());
    }

    static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (SalonDeskException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal, but the call succeeded");
    }
}
