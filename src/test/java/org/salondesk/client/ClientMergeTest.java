package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingChange;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** A merge moves the merged record's bookings through the booking feature: each says so in its own history. */
class ClientMergeTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        desk.currentStaff().set(desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST,
                null)));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyMovedBookingGetsAHistoryLineNamingBothRecordsAndWhoMerged() {
        long twin = desk.clients().createClient("Анна", "Смирнова", "+7 903 777-66-55");
        BookingInfo first = book(twin, "10:00");
        BookingInfo cancelled = book(twin, "12:00");
        desk.booking().cancelBooking(salon.branch, cancelled.id(), "Перенесла");
        BookingInfo others = book(salon.anna, "14:00");
        clock.advance(Duration.ofMinutes(30));

        desk.clients().merge(salon.anna, twin);

        for (BookingInfo moved : List.of(first, cancelled)) {
            assertThat(desk.booking().getActiveBookingInfo(moved.id()).clientId()).isEqualTo(salon.anna);
            BookingQueries.HistoryLine line = last(desk.bookingQueries().history(moved.id()));
            assertThat(line.kind()).isEqualTo(BookingChange.FIELD);
            assertThat(line.before()).isEqualTo("client = Анна Смирнова, " + PhoneNumbers.display("+79037776655"));
            assertThat(line.after()).isEqualTo("client = Анна Смирнова, " + PhoneNumbers.display("+79161112233"));
            assertThat(line.staff()).isEqualTo("Наталья");
            assertThat(line.at()).isEqualTo(clock.instant());
        }
        assertThat(desk.bookingQueries().history(others.id()))
                .noneMatch(line -> line.kind() == BookingChange.FIELD);
        assertThat(desk.booking().getActiveBookingInfo(cancelled.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aRefusedMergeMovesNoBookingAndWritesNoHistory() {
        long twin = desk.clients().createClient("Анна", null, "+7 903 777-66-55");
        BookingInfo booking = book(twin, "10:00");
        int lines = desk.bookingQueries().history(booking.id()).size();

        assertThat(catchRefusal(() -> desk.clients().merge(twin, twin))).isNotNull();
        assertThat(catchRefusal(() -> desk.clients().merge(9_999L, twin))).isNotNull();

        assertThat(desk.booking().getActiveBookingInfo(booking.id()).clientId()).isEqualTo(twin);
        assertThat(desk.bookingQueries().history(booking.id())).hasSize(lines);
    }

    private BookingInfo book(long client, String time) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.parse(time),
                salon.olga, client);
    }

    private static BookingQueries.HistoryLine last(List<BookingQueries.HistoryLine> history) {
        return history.get(history.size() - 1);
    }

    private static SalonDeskException catchRefusal(Runnable work) {
        try {
            work.run();
            return null;
        } catch (SalonDeskException refused) {
            return refused;
        }
    }
}
