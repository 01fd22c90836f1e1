package org.salondesk.ui.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingSource;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.notification.OnlineArrival;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * Each online request pops up once, with its words, when the feed tells of it; the desk's own bookings, other kinds of
 * change and "anything may have changed" pop nothing up; a click opens the request.
 */
class OnlineArrivalsViewModelTest {

    private static final LocalDate DAY = TestToday.date().plusDays(2);

    private final List<List<OnlineArrival>> popped = new ArrayList<>();
    private final List<Long> opened = new ArrayList<>();
    private SalonDesk desk;
    private SmallSalon salon;
    private OnlineArrivalsViewModel arrivals;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), TestToday.at(9, 0), true);
        salon = new SmallSalon(desk);
        arrivals = new OnlineArrivalsViewModel(desk.onlineArrivals(), BackgroundExecutor.sameThread());
        arrivals.setOnArrived(popped::add);
        arrivals.setOnOpen(opened::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long book(BookingSource source, int hour) {
        return desk.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(hour, 0), salon.olga, salon.anna).withSource(source)).id();
    }

    private Change touched(long... bookingIds) {
        List<TouchedBooking> touched = new ArrayList<>();
        for (long id : bookingIds) {
            touched.add(new TouchedBooking(id, salon.branch, salon.olga, DAY));
        }
        return Change.of(touched);
    }

    @Test
    void anOnlineRequestPopsUpOnceWithItsWordsAndAClickOpensIt() {
        long online = book(BookingSource.ONLINE, 10);
        long desks = book(BookingSource.DESK, 12);

        arrivals.changed(touched(online, desks));
        arrivals.changed(touched(online));

        assertThat(popped).singleElement().satisfies(arrived -> assertThat(arrived).singleElement()
                .satisfies(arrival -> {
                    assertThat(arrival.bookingId()).isEqualTo(online);
                    assertThat(arrivals.text(arrival)).contains("Анна Смирнова", "Стрижка", "Ольга", "10:00");
                    arrivals.open(arrival);
                }));
        assertThat(opened).containsExactly(online);
    }

    @Test
    void theDesksOwnBookingsOtherChangesAndEverythingPopNothingUp() {
        long desks = book(BookingSource.PHONE, 12);
        long online = book(BookingSource.ONLINE, 14);

        arrivals.changed(touched(desks));
        arrivals.changed(Change.everything());
        arrivals.changed(Change.of(ChangeKind.CLIENTS));
        arrivals.changed(new Change(Set.of(ChangeKind.BOOKINGS), Set.of(), false));

        assertThat(popped).isEmpty();
        arrivals.changed(touched(online));
        assertThat(popped).hasSize(1);
    }
}
