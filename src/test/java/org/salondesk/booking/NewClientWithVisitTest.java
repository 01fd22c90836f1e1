package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.SeriesRule;
import org.salondesk.availability.VisitStep;
import org.salondesk.client.NewClient;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * A visit or a series for a client typed anew creates her in its own transaction (issue 18): refused, it leaves no
 * client behind; booked, she is there with its bookings; a phone someone has already books that client.
 */
class NewClientWithVisitTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);
    private static final String PHONE = "+7 916 555-44-33";

    private SalonDesk desk;
    private TestSalon rows;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(8, 0));
        rows = new TestSalon(desk);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<VisitStep> haircutThenManicure() {
        return List.of(new VisitStep(List.of(salon.haircut), null), new VisitStep(List.of(salon.manicure), null));
    }

    private static ClientToBook vera() {
        return ClientToBook.created(NewClient.of("Вера", "Новикова", PHONE));
    }

    @Test
    void aRefusedVisitLeavesNoNewClient() {
        // Nobody does nails at 11:00: the visit does not fit whole.
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(11, 0), salon.olga,
                salon.anna);
        List<String> before = rows.snapshot();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.booking().visits()
                .book(salon.branch, haircutThenManicure(), false, DAY, LocalTime.of(10, 0), vera(), null));

        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(desk.clients().rowByPhone(PHONE)).isEmpty();
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void aBookedVisitCreatesHerWithIt() {
        VisitBooked visit = desk.booking().visits().book(salon.branch, haircutThenManicure(), false, DAY,
                LocalTime.of(10, 0), vera(), null);

        long vera = desk.clients().rowByPhone(PHONE).orElseThrow().id();
        assertThat(desk.booking().visits().bookings(visit.id())).extracting(BookingInfo::clientId)
                .containsOnly(vera);
    }

    @Test
    void aRefusedSeriesLeavesNoNewClient() {
        desk.booking().createBooking(salon.branch, List.of(salon.manicure), DAY.plusWeeks(1), LocalTime.of(9, 30),
                salon.olga, salon.anna);
        List<String> before = rows.snapshot();
        List<LocalDateTime> weekly = List.of(DAY.atTime(10, 0), DAY.plusWeeks(1).atTime(10, 0));

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> desk.booking().series()
                .book(salon.branch, List.of(salon.manicure), salon.olga, new SeriesRule(1, Set.of(), null, 2),
                        weekly, vera(), null));

        assertThat(refused.messageKey()).isEqualTo("error.series.occurrenceTaken");
        assertThat(desk.clients().rowByPhone(PHONE)).isEmpty();
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void aPhoneSomeoneHasBooksThatClient() {
        VisitBooked series = desk.booking().series().book(salon.branch, List.of(salon.manicure), salon.olga,
                new SeriesRule(1, Set.of(), null, 2), List.of(DAY.atTime(10, 0), DAY.plusWeeks(1).atTime(10, 0)),
                ClientToBook.created(NewClient.of("Анна", null, "+7 916 111-22-33")), null);

        assertThat(desk.booking().series().bookings(series.id())).extracting(BookingInfo::clientId)
                .containsOnly(salon.anna);
    }
}
