package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.TestDatabases;
import org.salondesk.ui.calendar.CalendarFirstDay;

/**
 * What the window does on a demo salon before its calendar shows (look for a branch, sign the demo admin in, say she
 * is present, read the first day) needs no Hibernate: the mapping is built after the calendar (decision 0015).
 */
class DemoStartWithoutHibernateTest {

    private final Clock clock = Clock.fixed(ZonedDateTime.of(2031, 3, 4, 9, 0, 0, 0, ZoneId.of("Europe/Moscow"))
            .toInstant(), ZoneId.of("Europe/Moscow"));

    @Test
    void theDemoAdminIsSignedInAndTheFirstDayReadBeforeHibernateIsAskedFor() {
        JdbcUrl url = JdbcUrl.of(TestDatabases.freshUrl());
        try (SalonDesk first = SalonDesk.openQuickly(url, clock)) {
            assertThat(first.seedDemoIfEmpty()).isTrue();
        }
        try (SalonDesk desk = SalonDesk.openQuickly(url, clock)) {
            assertThat(desk.bookingQueries().anyBranch()).isTrue();
            assertThat(desk.signInAsDemoAdmin()).isPresent();
            CalendarFirstDay day = CalendarFirstDay.read(desk.bookingQueries(), desk.availability(),
                    LocalDate.now(clock));
            assertThat(day).isNotNull();
            assertThat(DeskInternals.database(desk).mappingStarted()).as("Hibernate asked for before the calendar")
                    .isFalse();
        }
    }
}
