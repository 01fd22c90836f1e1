package org.salondesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingSummary;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

class DemoSalonTest {

    /** A Wednesday morning, a Sunday evening, the last day of a month, New Year's Eve at noon. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T09:30", "2026-11-29T19:45", "2026-11-30T12:00", "2026-12-31T12:00"})
    void theDemoObeysTheBookingRules(String now) {
        MutableClock clock = MutableClock.at(LocalDateTime.parse(now));
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            assertThat(desk.seedDemoIfEmpty()).isTrue();

            List<BookingRulesAudit.Violation> violations = DeskInternals.database(desk).withConnection(
                    connection -> new BookingRulesAudit().check(connection));

            assertThat(violations).isEmpty();
        }
    }

    @Test
    void theDemoIsTheSalonTheIssueDescribes() {
        MutableClock clock = TestToday.at(12, 30);
        LocalDate today = TestToday.date();
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            desk.seedDemoIfEmpty();

            assertThat(count(desk, "select count(*) from branch")).isEqualTo(2);
            assertThat(count(desk, "select count(*) from employee")).isBetween(8L, 10L);
            assertThat(count(desk, "select count(distinct title) from salon_service")).isBetween(18L, 22L);
            assertThat(count(desk, "select count(distinct name) from service_category")).isBetween(4L, 5L);
            assertThat(count(desk, "select count(distinct name) from job_title")).isGreaterThanOrEqualTo(4);
            assertThat(count(desk, "select count(*) from client")).isBetween(55L, 65L);
            assertThat(count(desk, "select count(*) from client where blocked")).isPositive();
            assertThat(count(desk, "select count(*) from dated_shift")).as("2-on/2-off masters").isPositive();
            assertThat(count(desk, "select count(*) from day_off")).isPositive();
            assertThat(count(desk, "select count(*) from employee_break")).isPositive();
            assertThat(count(desk, "select count(*) from task")).isBetween(3L, 10L);
            assertThat(count(desk, "select count(*) from staff_user")).isGreaterThanOrEqualTo(3);
            assertThat(count(desk, "select count(*) from employee_service where price is not null")).isPositive();
            assertThat(count(desk, "select count(distinct branch_id) from product where stock > 0")).isEqualTo(2);
            assertThat(count(desk, "select count(*) from booking b where status = 'COMPLETED' and not exists"
                    + " (select 1 from checkout c where c.booking_id = b.id)")).as("every visit done is paid for")
                    .isZero();
            assertThat(count(desk, "select count(*) from checkout c where total_due <> (select sum(amount)"
                    + " from payment p where p.checkout_id = c.id)")).as("paid in full").isZero();
            assertThat(count(desk, "select count(distinct method) from payment")).isEqualTo(3);
            for (var branch : desk.booking().getCompaniesForBooking()) {
                org.salondesk.checkout.CashDay yesterday = desk.dayClose().day(branch.id(), today.minusDays(1));
                if (yesterday.takenTotal().signum() > 0) {
                    assertThat(yesterday.closed()).isTrue();
                    assertThat(yesterday.close().counted()).isEqualByComparingTo(yesterday.expected());
                }
                assertThat(desk.dayClose().day(branch.id(), today).closed()).isFalse();
            }

            List<BookingSummary> bookings = desk.booking().getCompaniesForBooking().stream()
                    .flatMap(branch -> desk.bookingQueries()
                            .forCalendar(branch.id(), today.minusDays(30), today.plusDays(30)).stream())
                    .toList();
            assertThat(bookings).hasSizeGreaterThan(500);
            assertThat(bookings).allSatisfy(booking -> assertThat(booking.date())
                    .isBetween(today.minusDays(DemoSalon.DAYS_BACK), today.plusDays(DemoSalon.DAYS_AHEAD)));
            Map<BookingStatus, Long> past = countByStatus(bookings, b -> b.date().isBefore(today));
            Map<BookingStatus, Long> future = countByStatus(bookings, b -> b.date().isAfter(today));
            assertThat(past.keySet()).contains(BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED)
                    .doesNotContain(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED);
            assertThat(future.keySet()).contains(BookingStatus.CONFIRMED, BookingStatus.NEW, BookingStatus.CANCELLED)
                    .doesNotContain(BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.ARRIVED);
            assertThat(bookings).filteredOn(b -> b.status() == BookingStatus.NEW)
                    .allSatisfy(b -> assertThat(b.source().name()).isEqualTo("ONLINE"));

            // Every client's phone is a valid number in E.164.
            List<String> phones = DeskInternals.database(desk).fromTransaction(session -> session.createQuery(
                    "select c.phone from Client c", String.class).getResultList());
            assertThat(phones).doesNotHaveDuplicates()
                    .allSatisfy(phone -> assertThat(PhoneNumbers.normalize(phone)).isEqualTo(phone));
        }
    }

    @Test
    void theKnownBookingIsThereToday() {
        MutableClock clock = TestToday.at(8, 0);
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            desk.seedDemoIfEmpty();
            long branch = desk.booking().getCompaniesForBooking().stream()
                    .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).findFirst().orElseThrow().id();

            List<BookingSummary> today = desk.bookingQueries().forCalendar(branch, TestToday.date(),
                    TestToday.date());

            assertThat(today).anySatisfy(booking -> {
                assertThat(booking.clientName()).isEqualTo(DemoSalon.KNOWN_CLIENT);
                assertThat(booking.clientPhone()).isEqualTo(DemoSalon.KNOWN_CLIENT_PHONE);
                assertThat(booking.services()).isEqualTo(DemoSalon.KNOWN_SERVICE);
                assertThat(booking.start()).isEqualTo(DemoSalon.KNOWN_TIME);
                assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
            });
        }
    }

    @Test
    void theDemoHasAColourWithProcessingABasinAndAMassageRoom() {
        MutableClock clock = TestToday.at(8, 0);
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            desk.seedDemoIfEmpty();
            long branch = desk.booking().getCompaniesForBooking().stream()
                    .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).findFirst().orElseThrow()
                    .id();

            assertThat(count(desk, "select count(*) from resource where name = 'Мойка' and quantity = 2"))
                    .as("per branch").isEqualTo(2);
            assertThat(count(desk, "select count(*) from resource where name = 'Массажный кабинет'"
                    + " and quantity = 1")).isEqualTo(2);
            assertThat(count(desk, "select count(*) from salon_service where title = '" + DemoSalon.COLOUR_SERVICE
                    + "' and busy_before_minutes = 30 and processing_minutes = 30 and duration_minutes = 80"))
                    .isEqualTo(2);
            assertThat(count(desk, "select count(*) from service_resource sr join resource r on r.id ="
                    + " sr.resource_id where r.name = 'Мойка' and sr.phase = 'AFTER'")).isEqualTo(2);
            assertThat(count(desk, "select count(*) from service_resource sr join resource r on r.id ="
                    + " sr.resource_id where r.name = 'Массажный кабинет' and sr.phase = 'WHOLE'")).isEqualTo(2);
            // Every colour keeps its window and rinses at a basin in its last 20 minutes; every massage has the room.
            assertThat(count(desk, "select count(*) from booking b join booked_service s on s.booking_id = b.id"
                    + " where s.title = '" + DemoSalon.COLOUR_SERVICE + "' and (b.processing_from_minutes <> 30"
                    + " or b.processing_minutes <> 30 or (select count(*) from resource_use u where u.booking_id"
                    + " = b.id and u.end_minute - u.start_minute = 20) <> 1)")).isZero();
            assertThat(count(desk, "select count(*) from booking b join booked_service s on s.booking_id = b.id"
                    + " where s.title = 'Массаж спины' and (select count(*) from resource_use u where"
                    + " u.booking_id = b.id and u.end_minute - u.start_minute = 60) <> 1")).isZero();
            assertThat(count(desk, "select count(*) from resource_use")).isPositive();

            // On the colourist's first working day from today, whatever day today is.
            assertThat(desk.bookingQueries().forCalendar(branch, TestToday.date(), TestToday.date().plusDays(6)))
                    .anySatisfy(booking -> {
                        assertThat(booking.services()).isEqualTo(DemoSalon.COLOUR_SERVICE);
                        assertThat(booking.start()).isEqualTo(DemoSalon.COLOUR_TIME);
                        assertThat(booking.processingFromMinutes()).isEqualTo(30);
                        assertThat(booking.processingMinutes()).isEqualTo(30);
                    });
        }
    }

    @Test
    void seedingTwiceDoesNothingTheSecondTimeAndTheSameClockGivesTheSameDemo() {
        MutableClock clock = TestToday.at(10, 0);
        try (SalonDesk first = TestDatabases.freshDesk(clock);
             SalonDesk second = TestDatabases.freshDesk(clock)) {
            assertThat(first.seedDemoIfEmpty()).isTrue();
            long bookings = count(first, "select count(*) from booking");
            assertThat(first.seedDemoIfEmpty()).isFalse();
            assertThat(count(first, "select count(*) from booking")).isEqualTo(bookings);

            second.seedDemoIfEmpty();
            String digest = "select sum(employee_id * 7 + extract(day from booking_date) * 1440 "
                    + "+ extract(hour from start_time) * 60 + extract(minute from start_time)) from booking";
            assertThat(count(second, digest)).isEqualTo(count(first, digest));
        }
    }

    private static Map<BookingStatus, Long> countByStatus(List<BookingSummary> bookings,
                                                          Predicate<BookingSummary> which) {
        return bookings.stream().filter(which)
                .collect(Collectors.groupingBy(BookingSummary::status, Collectors.counting()));
    }

    private static long count(SalonDesk desk, String sql) {
        return DeskInternals.database(desk).withConnection(connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
