package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The waiting list's question, free starts over a range of dates within times of day, asked in one reading a
 * fortnight at a time: the same starts as asking the date's offers one date after another and keeping those whose
 * visit lies within the times.
 */
class StartsWithinTest {

    private static final LocalTime FROM = LocalTime.of(12, 0);
    private static final LocalTime TO = LocalTime.of(15, 30);

    @Test
    void theRangesStartsAreEachDatesOffersWithinTheTimesOfDay() {
        try (SalonDesk desk = TestDatabases.freshDesk(TestToday.at(8, 0))) {
            SmallSalon salon = new SmallSalon(desk);
            LocalDate today = TestToday.date();
            // Olga's afternoons are taken on some dates around the fortnight's edge (the 15th date is free).
            for (int day : new int[] {0, 1, 12, 13, 15}) {
                for (LocalTime at = LocalTime.of(11, 30); at.isBefore(LocalTime.of(16, 0)); at = at.plusMinutes(90)) {
                    desk.booking().createBooking(salon.branch, List.of(salon.manicure), today.plusDays(day), at,
                            salon.olga, salon.anna);
                }
            }
            AvailabilityService availability = desk.availability();
            for (Long master : new Long[] {salon.olga, null}) {
                List<FreeStart> expected = new ArrayList<>();
                for (LocalDate date = today; !date.isAfter(today.plusDays(20)); date = date.plusDays(1)) {
                    for (SlotOffer offer : availability.offers(salon.branch, List.of(salon.manicure), date, master,
                            null)) {
                        if (!offer.time().isBefore(FROM)
                                && !offer.time().plusMinutes(offer.offer().durationMinutes()).isAfter(TO)) {
                            expected.add(new FreeStart(date, offer));
                        }
                    }
                }
                List<FreeStart> all = availability.startsWithin(salon.branch, List.of(salon.manicure), master,
                        today.minusDays(3), today.plusDays(20), FROM, TO, 10_000);

                assertThat(all).isEqualTo(expected);
                assertThat(expected).extracting(FreeStart::date).doesNotContain(today, today.plusDays(13)).contains(today.plusDays(14));
                assertThat(availability.startsWithin(salon.branch, List.of(salon.manicure), master, today,
                        today.plusDays(20), FROM, TO, 3)).isEqualTo(expected.subList(0, 3));
            }
        }
    }
}
