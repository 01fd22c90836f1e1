package org.salondesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingSource;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Which changed bookings pop up at the desk: online requests just made and still new, with their words; not the desk's
 * own bookings, not old or confirmed requests, and on a master's desk only her own.
 */
class OnlineArrivalsTest {

    private static final LocalDate DAY = TestToday.date().plusDays(2);

    private final MutableClock clock = TestToday.at(9, 0);
    private String url;
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long book(BookingSource source, long master, int hour) {
        return desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(hour, 0), master, salon.anna).withSource(source)).id();
    }

    @Test
    void onlyOnlineRequestsJustMadeAndStillNewPopUp() {
        long old = book(BookingSource.ONLINE, salon.olga, 9);
        clock.advance(OnlineArrivals.RECENT.plusMinutes(1));
        long online = book(BookingSource.ONLINE, salon.olga, 11);
        long confirmed = book(BookingSource.ONLINE, salon.pavel, 11);
        desk.booking().changeStatus(confirmed, BookingStatus.CONFIRMED, null);
        long atTheDesk = book(BookingSource.DESK, salon.pavel, 13);
        long onThePhone = book(BookingSource.PHONE, salon.pavel, 15);

        List<OnlineArrival> arrived = desk.onlineArrivals().among(List.of(old, online, confirmed, atTheDesk,
                onThePhone));

        assertThat(arrived).singleElement().satisfies(arrival -> {
            assertThat(arrival.bookingId()).isEqualTo(online);
            assertThat(arrival.branchId()).isEqualTo(salon.branch);
            assertThat(arrival.client()).isEqualTo("Анна Смирнова");
            assertThat(arrival.services()).isEqualTo("Стрижка");
            assertThat(arrival.master()).isEqualTo("Ольга");
            assertThat(arrival.date()).isEqualTo(DAY);
            assertThat(arrival.start()).isEqualTo(LocalTime.of(11, 0));
        });
        assertThat(desk.onlineArrivals().among(List.of())).isEmpty();
    }

    @Test
    void aMastersDeskHearsOnlyOfHerOwn() {
        long hers = book(BookingSource.ONLINE, salon.olga, 10);
        long his = book(BookingSource.ONLINE, salon.pavel, 10);
        long olga = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        desk.staff().setPassword(olga, "a-long-password".toCharArray());
        try (SalonDesk olgasDesk = SalonDesk.open(url, clock)) {
            olgasDesk.signIn("olga", "a-long-password".toCharArray());
            clock.advance(Duration.ofMinutes(1));

            assertThat(olgasDesk.onlineArrivals().among(List.of(hers, his))).extracting(OnlineArrival::bookingId)
                    .containsExactly(hers);
        }
    }
}
