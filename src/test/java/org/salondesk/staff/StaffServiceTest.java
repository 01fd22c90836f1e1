package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** Staff users through the application API. */
class StaffServiceTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void staffUsersWithRolesAndWhoIsOnShiftToday() {
        long admin = desk.staff().create(new StaffForm(" Elena ", "Елена Васильевна", StaffRole.ADMIN, null));
        long olga = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        long pavel = desk.staff().create(new StaffForm("pavel", "Павел", StaffRole.MASTER, salon.pavel));
        desk.schedules().addDayOff(salon.pavel, TODAY);

        assertThat(desk.staff().get(admin).login()).isEqualTo("elena");
        assertThat(desk.staff().get(olga)).satisfies(row -> {
            assertThat(row.masterName()).isEqualTo("Ольга");
            assertThat(row.onShiftToday()).isTrue();
        });
        assertThat(desk.staff().get(pavel).onShiftToday()).isFalse();
        assertThat(desk.staff().get(admin).onShiftToday()).isNull();
        assertThat(desk.staff().onShiftToday()).extracting(StaffRow::id).containsExactly(olga);

        desk.staff().update(admin, new StaffForm("elena", "Елена", StaffRole.RECEPTIONIST, null));
        assertThat(desk.staff().get(admin).role()).isEqualTo(StaffRole.RECEPTIONIST);

        desk.staff().setActive(pavel, false);
        assertThat(desk.staff().list(false)).extracting(StaffRow::id).containsExactly(admin, olga);
        assertThat(desk.staff().list(true)).hasSize(3);
    }

    @Test
    void whatTheDeskDoesIsRecordedUnderTheStaffUserAtTheDesk() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        BookingInfo online = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, salon.anna);
        desk.currentStaff().set(natalia);
        desk.booking().changeStatus(online.id(), BookingStatus.CONFIRMED, null);

        assertThat(desk.bookingQueries().history(online.id())).extracting(BookingQueries.HistoryLine::staff)
                .containsExactly(null, "Наталья");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        assertRefused(() -> desk.staff().create(new StaffForm("NATALIA", "Другая", StaffRole.ADMIN, null)),
                ErrorCode.DUPLICATE);
        assertRefused(() -> desk.staff().create(new StaffForm("  ", "Без логина", StaffRole.ADMIN, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.staff().create(new StaffForm("with space", "Пробел", StaffRole.ADMIN, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.staff().create(new StaffForm("anna", " ", StaffRole.ADMIN, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.staff().create(new StaffForm("anna", "Анна", null, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.staff().create(new StaffForm("anna", "Анна", StaffRole.MASTER, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> desk.staff().create(new StaffForm("anna", "Анна", StaffRole.MASTER, 9_999L)),
                ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.staff().update(9_999L, new StaffForm("x1", "Икс", StaffRole.ADMIN, null)),
                ErrorCode.NOT_FOUND);
        assertRefused(() -> desk.staff().setActive(9_999L, false), ErrorCode.NOT_FOUND);

        assertThat(desk.staff().list(true)).extracting(StaffRow::id).containsExactly(natalia);
        assertThat(desk.staff().get(natalia).displayName()).isEqualTo("Наталья");
    }

    private static void assertRefused(Runnable operation, ErrorCode code) {
        assertThatThrownBy(operation::run).isInstanceOf(SalonDeskException.class)
                .satisfies(error -> assertThat(((SalonDeskException) error).code()).isEqualTo(code));
    }
}
