package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.availability.TimeSpan;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** What the calendar's resource columns read (decision 0037): the active resources, and a day's uses in one query. */
class ResourceUseQueriesTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private SalonDesk desk;
    private SmallSalon salon;
    private long basin;
    private long colour;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(8, 0));
        salon = new SmallSalon(desk);
        basin = desk.resources().createResource(salon.branch, "Мойка", 2);
        colour = desk.serviceCatalog().createService(salon.branch, null, "Окрашивание", null, new BigDecimal("4000"),
                75);
        desk.resources().setPhases(colour, 30, 30, List.of(new ServiceNeed(colour, basin, ServiceNeed.Phase.AFTER)));
        desk.provisions().assignServices(salon.olga, List.of(salon.haircut, colour));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aUseComesOnceWithAllItsBookingsServicesItsClientAndMaster() {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(colour, salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(15, 0), salon.olga,
                salon.anna);

        List<ResourceUseSummary> uses = desk.bookingQueries().resourceUses(salon.branch, DAY);

        assertThat(uses).singleElement().satisfies(use -> {
            assertThat(use.resourceId()).isEqualTo(basin);
            assertThat(use.bookingId()).isEqualTo(booked.id());
            assertThat(use.number()).isEqualTo(booked.number());
            assertThat(use.date()).isEqualTo(DAY);
            // The colour's rinse: after its 30 minutes of work and 30 of processing.
            assertThat(use.span()).isEqualTo(TimeSpan.of(LocalTime.of(11, 0), LocalTime.of(11, 15)));
            assertThat(use.status()).isEqualTo(BookingStatus.NEW);
            assertThat(use.takes()).isTrue();
            assertThat(use.masterId()).isEqualTo(salon.olga);
            assertThat(use.masterName()).isEqualTo("Ольга");
            assertThat(use.clientName()).isEqualTo("Анна Смирнова");
            assertThat(use.services()).isEqualTo("Окрашивание, Стрижка");
        });
        assertThat(desk.bookingQueries().resourceUses(salon.branch, DAY.plusDays(1))).isEmpty();
        assertThat(desk.bookingQueries().resourceUses(salon.branch + 1, DAY)).isEmpty();
    }

    @Test
    void onlyActiveResourcesAreColumnsByName() {
        long room = desk.resources().createResource(salon.branch, "Массажный кабинет", 1);
        long chair = desk.resources().createResource(salon.branch, "Кресло", 3);
        desk.resources().setResourceActive(chair, false);

        assertThat(desk.bookingQueries().calendarResources(salon.branch)).containsExactly(
                new CalendarResource(room, "Массажный кабинет", 1), new CalendarResource(basin, "Мойка", 2));
    }
}
