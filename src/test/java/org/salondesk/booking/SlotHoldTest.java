package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.booking.BookingRulesTest.codeOf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/** Slot holds (leases): they block the time for others until they expire, are released, or become a booking. */
class SlotHoldTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DATE = TODAY.plusDays(1);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private TestSalon salon;
    private BookingService booking;
    private long branch;
    private long haircut;
    private long pavel;
    private long client;
    private long otherClient;

    @BeforeEach
    void openSalon() {
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
        booking = desk.booking();
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut);
        client = salon.client("Ирина");
        otherClient = salon.client("Ольга");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<LocalTime> slots() {
        return booking.getSlotsForBooking(branch, List.of(haircut), DATE, null, null);
    }

    private BookingRequest request(LocalTime time, Long master, long who) {
        return BookingRequest.online(branch, List.of(haircut), DATE, time, master, who);
    }

    @Test
    void aHoldBlocksTheTimeForOthersUntilItExpires() {
        booking.holdSlot(branch, List.of(haircut), DATE, TEN, pavel, Duration.ofMinutes(10));

        assertThat(slots()).containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 0));
        assertThat(codeOf(() -> booking.createBooking(request(TEN, pavel, otherClient))))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(codeOf(() -> booking.createBooking(request(LocalTime.of(10, 30), null, otherClient))))
                .isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(codeOf(() -> booking.holdSlot(branch, List.of(haircut), DATE, LocalTime.of(9, 30), null,
                Duration.ofMinutes(10)))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(slots()).doesNotContain(TEN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(slots()).contains(TEN, LocalTime.of(9, 30), LocalTime.of(10, 30));
        assertThat(booking.createBooking(request(TEN, pavel, otherClient)).clientId()).isEqualTo(otherClient);
    }

    @Test
    void bookingWithTheHoldSucceedsAndConsumesIt() {
        long hold = booking.holdSlot(branch, List.of(haircut), DATE, TEN, null, Duration.ofMinutes(10));
        assertThat(salon.count("slot_hold")).isEqualTo(1);

        // the holder books the held time without naming the master: the hold's master takes it
        BookingInfo made = booking.createBooking(request(TEN, null, client).withHold(hold));

        assertThat(made.masterId()).isEqualTo(pavel);
        assertThat(made.time()).isEqualTo(TEN);
        assertThat(salon.count("slot_hold")).isZero();
        assertThat(slots()).containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 0));
        // a consumed hold cannot be used twice
        assertThat(codeOf(() -> booking.createBooking(request(TEN, null, otherClient).withHold(hold))))
                .isEqualTo(ErrorCode.HOLD_EXPIRED);
        assertThat(salon.count("booking")).isEqualTo(1);
    }

    @Test
    void anExpiredHoldCannotBecomeABooking() {
        long hold = booking.holdSlot(branch, List.of(haircut), DATE, TEN, pavel, Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5));
        TestSalon.Rows before = salon.rows();

        assertThat(codeOf(() -> booking.createBooking(request(TEN, pavel, client).withHold(hold))))
                .isEqualTo(ErrorCode.HOLD_EXPIRED);
        assertThat(salon.rows()).isEqualTo(before);
        // without the hold the (free again) time can be booked as usual
        assertThat(booking.createBooking(request(TEN, pavel, client)).time()).isEqualTo(TEN);
    }

    @Test
    void releaseFreesTheTimeAndReleasingTwiceDoesNothing() {
        long hold = booking.holdSlot(branch, List.of(haircut), DATE, TEN, pavel, Duration.ofMinutes(10));
        assertThat(slots()).doesNotContain(TEN);

        booking.releaseHold(hold);

        assertThat(slots()).contains(TEN);
        assertThat(salon.count("slot_hold")).isZero();
        booking.releaseHold(hold);
        booking.releaseHold(987_654L);
        assertThat(codeOf(() -> booking.createBooking(request(TEN, pavel, client).withHold(hold))))
                .isEqualTo(ErrorCode.HOLD_EXPIRED);
    }

    @Test
    void heldMinutesCountInTheFairChoiceOfMaster() {
        long anna = salon.master(branch, "Анна", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut);
        assertThat(anna).isGreaterThan(pavel);

        // both masters free and unbooked: the hold goes to the lowest id, Pavel
        long hold = booking.holdSlot(branch, List.of(haircut), DATE, TEN, null, Duration.ofMinutes(10));
        // Pavel now has an hour held, so the next request without a master goes to Anna
        BookingInfo next = booking.createBooking(request(LocalTime.of(11, 0), null, otherClient));

        assertThat(next.masterId()).isEqualTo(anna);
        assertThat(booking.createBooking(request(TEN, null, client).withHold(hold)).masterId()).isEqualTo(pavel);
    }
}
