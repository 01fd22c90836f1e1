package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The audit finds what the booking rules forbid, written behind the booking service's back. */
class BookingRulesAuditTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<BookingRulesAudit.Violation> audit() {
        return DeskInternals.database(desk).withConnection(connection -> new BookingRulesAudit().check(connection));
    }

    private BookingInfo book(int hour) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(hour, 0),
                salon.olga, salon.anna);
    }

    private void sql(String statement, Object... parameters) {
        DeskInternals.database(desk).withConnection(connection -> {
            try (var prepared = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                return prepared.executeUpdate();
            }
        });
    }

    @Test
    void bookingsMadeThroughTheServiceAreClean() {
        book(10);
        book(11);
        assertThat(audit()).isEmpty();
    }

    @Test
    void findsTwoBookingsOfOneMasterThatOverlap() {
        BookingInfo first = book(10);
        BookingInfo second = book(12);
        // Only a booking kept from before the database refused overlaps (decision 0011) can overlap another now.
        sql("update booking set start_time = ?, overlap_kept = true where id = ?", LocalTime.of(10, 30), second.id());

        assertThat(audit()).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(BookingRulesAudit.Violation.Kind.OVERLAP);
            assertThat(violation.bookingNumbers()).containsExactly(first.number(), second.number());
            assertThat(violation.description()).contains(Long.toString(first.number()));
        });
    }

    @Test
    void findsABookingOutsideWorkingTimeUnlessTheDeskKeptItThere() {
        BookingInfo booked = book(10);
        // Planted behind the schedule service's back, which would refuse it while the booking is there.
        sql("insert into day_off (employee_id, off_date) values (?, ?)", salon.olga, DAY);

        assertThat(audit()).singleElement().satisfies(violation -> {
            assertThat(violation.kind()).isEqualTo(BookingRulesAudit.Violation.Kind.OUTSIDE_WORKING_TIME);
            assertThat(violation.bookingNumbers()).containsExactly(booked.number());
        });

        sql("update booking set outside_working_time = true where id = ?", booked.id());
        assertThat(audit()).isEmpty();
    }

    @Test
    void aBookingTouchingABreakIsOutsideWorkingTime() {
        book(13);
        sql("insert into employee_break (employee_id, break_date, start_time, end_time) values (?, ?, ?, ?)",
                salon.olga, DAY, LocalTime.of(13, 45), LocalTime.of(14, 15));
        assertThat(audit()).extracting(BookingRulesAudit.Violation::kind)
                .containsExactly(BookingRulesAudit.Violation.Kind.OUTSIDE_WORKING_TIME);
    }

    @Test
    void cancelledAndNoShowBookingsDoNotCountAsOverlapping() {
        BookingInfo first = book(10);
        desk.booking().cancelBooking(salon.branch, first.id());
        book(10);
        assertThat(audit()).isEmpty();
    }
}
