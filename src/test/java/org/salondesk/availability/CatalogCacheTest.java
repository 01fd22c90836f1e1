package org.salondesk.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Availability keeps each branch's catalogue and schedules in memory; a change made by another desk on the same
 * database is seen on the very next question, because every such change raises the catalogue version.
 */
class CatalogCacheTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private final String url = TestDatabases.freshUrl();
    private SalonDesk desk;
    private SalonDesk otherDesk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(url), clock, false);
        otherDesk = SalonDesk.open(JdbcUrl.of(url), clock, false);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        otherDesk.close();
        desk.close();
    }

    private List<LocalTime> olgasHaircuts() {
        return desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), DAY, salon.olga, 60);
    }

    @Test
    void anotherDesksScheduleChangesShowAtOnce() {
        assertThat(olgasHaircuts()).contains(LocalTime.of(14, 0));

        otherDesk.schedules().addBreak(salon.olga, DAY, LocalTime.of(14, 0), LocalTime.of(15, 0));
        assertThat(olgasHaircuts()).doesNotContain(LocalTime.of(14, 0)).contains(LocalTime.of(15, 0));

        otherDesk.schedules().addDayOff(salon.olga, DAY);
        assertThat(olgasHaircuts()).isEmpty();

        otherDesk.schedules().removeDayOff(salon.olga, DAY);
        otherDesk.schedules().setDatedShift(salon.olga, DAY, LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(olgasHaircuts()).containsExactly(LocalTime.of(12, 0), LocalTime.of(13, 0));
    }

    @Test
    void anotherDesksCatalogueChangesShowAtOnce() {
        assertThat(olgasHaircuts()).isNotEmpty();

        otherDesk.serviceCatalog().setServiceActive(salon.haircut, false);
        assertThat(catchThrowableOfType(SalonDeskException.class,
                this::olgasHaircuts).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);

        otherDesk.serviceCatalog().setServiceActive(salon.haircut, true);
        otherDesk.masters().setMasterActive(salon.olga, false);
        assertThat(catchThrowableOfType(SalonDeskException.class,
                this::olgasHaircuts).code()).isEqualTo(ErrorCode.MASTER_NOT_ELIGIBLE);

        long colour = otherDesk.serviceCatalog().createService(salon.branch, null, "Окрашивание", null,
                new BigDecimal("4000"), 120);
        otherDesk.provisions().assignServices(salon.pavel, List.of(colour));
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(colour), DAY, null, 60))
                .startsWith(LocalTime.of(9, 0));
    }

    @Test
    void bookingsAreAlwaysReadFresh() {
        assertThat(olgasHaircuts()).contains(LocalTime.of(10, 0));
        otherDesk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0),
                salon.olga, salon.anna);
        assertThat(olgasHaircuts()).doesNotContain(LocalTime.of(10, 0));
    }
}
