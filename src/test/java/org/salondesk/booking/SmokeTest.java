package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

class SmokeTest {

    @Test
    void booksOnce() {
        MutableClock clock = TestToday.at(8, 0);
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            long branch = desk.branches().createBranch("Центр", "ул. Ленина, 1");
            long cut = desk.serviceCatalog().createService(branch, null, "Стрижка", null, new BigDecimal("1500"), 60);
            long pavel = desk.masters().createMaster(branch, "Павел", null, null);
            desk.provisions().assignServices(pavel, List.of(cut));
            for (DayOfWeek day : DayOfWeek.values()) {
                desk.schedules().setWeeklyShift(pavel, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
            }
            long client = desk.clients().createClient("Анна", "Иванова", "8 916 123-45-67");
            LocalDate date = TestToday.date().plusDays(1);
            assertThat(desk.booking().getSlotsForBooking(branch, List.of(cut), date, null, null))
                    .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                            LocalTime.of(10, 30), LocalTime.of(11, 0));
            BookingInfo info = desk.booking().createBooking(branch, List.of(cut), date, LocalTime.of(10, 0), null, client);
            assertThat(info.masterName()).isEqualTo("Павел");
            assertThat(desk.booking().getSlotsForBooking(branch, List.of(cut), date, null, null))
                    .containsExactly(LocalTime.of(9, 0), LocalTime.of(11, 0));
        }
    }
}
