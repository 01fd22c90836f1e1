package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.staff.StaffUser;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** Every change of a booking is written down: what, from what to what, when, and by whom. */
class BookingHistoryTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        long natalia = DeskInternals.database(desk).fromTransaction(session -> {
            StaffUser user = new StaffUser("natalia", "Наталья", StaffRole.RECEPTIONIST, null, Instant.EPOCH);
            session.persist(user);
            return user.getId();
        });
        desk.currentStaff().set(natalia);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void recordsCreationMovesStatusesNotesAndFields() {
        BookingInfo booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        desk.booking().moveBooking(booking.id(), salon.pavel, DAY, LocalTime.of(12, 0));
        desk.booking().changeStatus(booking.id(), BookingStatus.CONFIRMED, null);
        desk.booking().updateNote(booking.id(), "Без укладки");
        desk.booking().setCustomField(booking.id(), "utm", "telegram");
        desk.booking().setCustomField(booking.id(), "utm", null);
        desk.booking().cancelBooking(salon.branch, booking.id(), "Заболела");
        desk.booking().reinstateBooking(booking.id(), BookingStatus.CONFIRMED);

        List<BookingQueries.HistoryLine> history = desk.bookingQueries().history(booking.id());

        assertThat(history).extracting(BookingQueries.HistoryLine::kind).containsExactly(
                BookingChange.CREATED, BookingChange.MOVED, BookingChange.STATUS, BookingChange.NOTE,
                BookingChange.FIELD, BookingChange.FIELD, BookingChange.STATUS, BookingChange.STATUS);
        assertThat(history).allSatisfy(line -> {
            assertThat(line.staff()).isEqualTo("Наталья");
            assertThat(line.at()).isEqualTo(clock.instant());
        });
        assertThat(history.get(1).before()).contains("10:00").contains("Ольга");
        assertThat(history.get(1).after()).contains("12:00").contains("Павел");
        assertThat(history.get(2)).extracting(BookingQueries.HistoryLine::before, BookingQueries.HistoryLine::after)
                .containsExactly("NEW", "CONFIRMED");
        assertThat(history.get(3).after()).isEqualTo("Без укладки");
        assertThat(history.get(4).after()).isEqualTo("utm = telegram");
        assertThat(history.get(5).after()).isNull();
        assertThat(history.get(6).after()).isEqualTo("CANCELLED");
        assertThat(history.get(7).after()).isEqualTo("CONFIRMED");
        assertThat(desk.bookingQueries().details(booking.id()).customFields()).isEmpty();
    }

    @Test
    void aRefusedChangeLeavesNoHistoryLine() {
        BookingInfo booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        try {
            desk.booking().changeStatus(booking.id(), BookingStatus.COMPLETED, null);
        } catch (SalonDeskException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
        }
        assertThat(desk.bookingQueries().history(booking.id())).hasSize(1);
    }
}
