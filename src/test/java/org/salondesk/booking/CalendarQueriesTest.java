package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * The calendar's reads in plain JDBC (decision 0015) give what the Hibernate reads gave: the active branches, a
 * branch's active masters with their job titles as get_employees_for_booking lists them, and every field of the
 * bookings of a range, with their services in booked order and cancelled ones too. Runs on both engines.
 */
class CalendarQueriesTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private final LocalDate tomorrow = TestToday.date().plusDays(1);
    private SalonDesk desk;
    private TestSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void branchesAndMastersAreTheOnesTheBookingFunctionsList() {
        long lavanda = salon.branch("Lavanda");
        long closed = salon.branch("Closed");
        long myata = salon.branch("Myata");
        salon.setBranchActive(closed, false);
        long stylist = desk.masters().createJobTitle(lavanda, "Stylist", null);
        long olga = desk.masters().createMaster(lavanda, "Olga", "Colours", stylist);
        long gone = desk.masters().createMaster(lavanda, "Gone", null, null);
        desk.masters().setMasterActive(gone, false);
        long irina = desk.masters().createMaster(lavanda, "Irina", null, null);
        desk.masters().createMaster(myata, "Pavel", null, null);

        assertThat(desk.bookingQueries().calendarBranches()).isEqualTo(desk.booking().getCompaniesForBooking())
                .extracting(CompanyInfo::id).containsExactly(lavanda, myata);
        assertThat(desk.bookingQueries().calendarMasters(lavanda))
                .isEqualTo(desk.booking().getEmployeesForBooking(lavanda, null, null, null))
                .containsExactly(new EmployeeInfo(olga, "Olga", "Colours", stylist, "Stylist"),
                        new EmployeeInfo(irina, "Irina", null, null, null));
        assertThat(desk.bookingQueries().anyBranch()).isTrue();
    }

    @Test
    void anEmptyDatabaseHasNoBranch() {
        assertThat(desk.bookingQueries().anyBranch()).isFalse();
        assertThat(desk.bookingQueries().calendarBranches()).isEmpty();
    }

    @Test
    void theBookingsOfARangeCarryEveryFieldTheCalendarShows() {
        long branch = salon.branch("Lavanda");
        long other = salon.branch("Myata");
        long cut = salon.service(branch, "Haircut", 60, "1500");
        long beard = salon.service(branch, "Beard", 30, "700.50");
        long elsewhere = salon.service(other, "Manicure", 60, "900");
        long olga = salon.master(branch, "Olga", LocalTime.of(9, 0), LocalTime.of(21, 0), cut, beard);
        long pavel = salon.master(other, "Pavel", LocalTime.of(9, 0), LocalTime.of(21, 0), elsewhere);
        long anna = desk.clients().createClient("Anna", "Petrova", "+7 916 111 22 33");
        long maria = desk.clients().createClient("Maria", null, "+7 916 111 22 44");
        BookingInfo both = desk.booking().createBooking(branch, List.of(beard, cut), tomorrow, LocalTime.of(12, 0),
                olga, anna);
        BookingInfo early = desk.booking().createBooking(branch, List.of(cut), tomorrow, LocalTime.of(9, 0), olga,
                maria);
        BookingInfo cancelled = desk.booking().createBooking(branch, List.of(cut), tomorrow, LocalTime.of(15, 0),
                olga, maria);
        desk.booking().cancelBooking(branch, cancelled.id());
        BookingInfo later = desk.booking().createBooking(branch, List.of(cut), tomorrow.plusDays(1),
                LocalTime.of(10, 0), olga, anna);
        desk.booking().createBooking(other, List.of(elsewhere), tomorrow, LocalTime.of(10, 0), pavel, anna);

        List<BookingSummary> day = desk.bookingQueries().forCalendar(branch, tomorrow, tomorrow);

        assertThat(day).extracting(BookingSummary::id, BookingSummary::start, BookingSummary::services,
                        BookingSummary::clientName, BookingSummary::status)
                .containsExactly(
                        tuple(early.id(), LocalTime.of(9, 0), "Haircut", "Maria", early.status()),
                        tuple(both.id(), LocalTime.of(12, 0), "Beard, Haircut", "Anna Petrova", both.status()),
                        tuple(cancelled.id(), LocalTime.of(15, 0), "Haircut", "Maria", BookingStatus.CANCELLED));
        BookingSummary pair = day.get(1);
        assertThat(pair).isEqualTo(new BookingSummary(both.id(), both.number(), branch, olga, tomorrow,
                LocalTime.of(12, 0), 90, both.status(), both.source(), anna, "Anna Petrova",
                "+79161112233", "Beard, Haircut", new BigDecimal("2200.50"), pair.note(), false));
        assertThat(desk.bookingQueries().forCalendar(branch, tomorrow, tomorrow.plusDays(1)))
                .extracting(BookingSummary::id).containsExactly(early.id(), both.id(), cancelled.id(), later.id());
    }
}
