package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.availability.SlotGridTest.span;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 3: which bookings and holds block time, and when. */
class OccupationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 3);

    @ParameterizedTest(name = "{0} at 10:00, now {1}: blocks = {2}")
    @CsvSource(textBlock = """
            NEW,       2026-03-03T09:00,    true
            CONFIRMED, 2026-03-03T09:00,    true
            ARRIVED,   2026-03-03T10:30,    true
            COMPLETED, 2026-03-03T12:00,    true
            CANCELLED, 2026-03-03T09:00,    false
            CANCELLED, 2026-03-02T09:00,    false
            NO_SHOW,   2026-03-03T09:59,    true
            NO_SHOW,   2026-03-03T10:00:01, false
            NO_SHOW,   2026-03-03T10:30,    false
            NO_SHOW,   2026-03-04T09:00,    false
            """)
    void bookingsBlockUnlessCancelledOrANoShowWhoseTimeHasCome(BookingStatus status, LocalDateTime now,
                                                                 boolean blocks) {
        Occupation booking = Occupation.booking(1, 2, DATE, span("10:00-11:00"), status);

        assertThat(booking.blocks(now.atZone(MOSCOW).toInstant(), now)).isEqualTo(blocks);
    }

    @ParameterizedTest(name = "hold expiring {0} s after now: blocks = {1}")
    @CsvSource(textBlock = """
            600,  true
            1,    true
            0,    false
            -1,   false
            -600, false
            """)
    void holdsBlockOnlyWhileTheyLive(long secondsLeft, boolean blocks) {
        LocalDateTime localNow = LocalDateTime.of(2026, 3, 3, 9, 0);
        Instant now = localNow.atZone(MOSCOW).toInstant();
        Occupation hold = Occupation.hold(1, 2, DATE, span("10:00-11:00"), now.plusSeconds(secondsLeft));

        assertThat(hold.blocks(now, localNow)).isEqualTo(blocks);
    }
}
