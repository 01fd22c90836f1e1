package org.salondesk.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** What a change says a screen must read again. */
class ChangeTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 13);

    @Test
    void bookingsTouchTheirBranchAndDatesOnly() {
        Change change = Change.of(List.of(new TouchedBooking(7, 1, 3, DAY)));

        assertThat(change.touchesBookings(1L, DAY, DAY)).isTrue();
        assertThat(change.touchesBookings(null, null, null)).isTrue();
        assertThat(change.touchesBookings(1L, DAY.minusDays(6), DAY.minusDays(1))).isFalse();
        assertThat(change.touchesBookings(1L, DAY.plusDays(1), null)).isFalse();
        assertThat(change.touchesBookings(2L, DAY, DAY)).isFalse();
        assertThat(change.touchesBooking(7)).isTrue();
        assertThat(change.touchesBooking(8)).isFalse();
        assertThat(change.touches(ChangeKind.CLIENTS)).isFalse();
    }

    @Test
    void aKindAloneTouchesNoBooking() {
        Change change = Change.of(ChangeKind.TASKS);

        assertThat(change.touches(ChangeKind.TASKS)).isTrue();
        assertThat(change.touchesBookings(null, null, null)).isFalse();
        assertThat(change.touchesBooking(7)).isFalse();
    }

    @Test
    void tooManyBookingsAtOnceTouchEveryBookingAndEverythingTouchesAll() {
        Change many = Change.of(LongStream.rangeClosed(1, Change.MOST_LISTED + 1)
                .mapToObj(id -> new TouchedBooking(id, 1, 3, DAY)).toList());

        assertThat(many.bookings()).isEmpty();
        assertThat(many.touchesBookings(2L, DAY.plusYears(1), DAY.plusYears(1))).isTrue();
        assertThat(many.touchesBooking(Change.MOST_LISTED + 5)).isTrue();
        assertThat(many.isEverything()).isFalse();

        Change everything = Change.everything();
        assertThat(everything.isEverything()).isTrue();
        assertThat(everything.kinds()).containsExactlyInAnyOrder(ChangeKind.values());
        assertThat(everything.touchesBookings(2L, DAY, DAY)).isTrue();
    }

    @Test
    void aNotificationSaysWhereTheBookingIsOrOnlyTheKind() {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        List<TouchedBooking> bookings = new ArrayList<>();

        PostgresNotifications.read("BOOKINGS 12 1 4 2027-01-13", kinds, bookings);
        PostgresNotifications.read("CLIENTS", kinds, bookings);
        PostgresNotifications.read("SOMETHING_NEWER 1", kinds, bookings);

        assertThat(kinds).containsExactlyInAnyOrder(ChangeKind.BOOKINGS, ChangeKind.CLIENTS);
        assertThat(bookings).containsExactly(new TouchedBooking(12, 1, 4, DAY));
    }
}
