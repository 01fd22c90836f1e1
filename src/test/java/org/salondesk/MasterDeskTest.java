package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.client.ClientRow;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.schedule.ConflictDecision;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskForm;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.testing.DatabaseContents;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * A master's own desk: what she reads is hers (requests, tasks, clients), "any master" means her, her break goes only
 * where she has no bookings, and the desk cannot be handed to someone else without signing out.
 */
class MasterDeskTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DAY = TODAY.plusDays(2);

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk trusted;
    private SalonDesk olgasDesk;
    private SmallSalon salon;
    private long olgaUser;
    private long rita;

    @BeforeEach
    void open() {
        String url = TestDatabases.freshUrl();
        trusted = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(trusted);
        olgaUser = trusted.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        rita = trusted.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        trusted.staff().setPassword(olgaUser, "olga-password".toCharArray());
        olgasDesk = SalonDesk.open(url, clock);
        olgasDesk.signIn("olga", "olga-password".toCharArray());
    }

    @AfterEach
    void close() {
        olgasDesk.close();
        trusted.close();
    }

    @Test
    void anyMasterOnHerDeskMeansHer() {
        long booking = olgasDesk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), null, salon.anna).id();

        assertThat(trusted.bookingQueries().details(booking).masterId()).isEqualTo(salon.olga);
    }

    @Test
    void herRequestListsHoldHerBookingsOnly() {
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0), salon.olga,
                salon.anna);
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(11, 0), salon.pavel,
                salon.anna);
        RequestFilter today = new RequestFilter(null, null, Set.of(), TODAY, TODAY, null);

        List<RequestRow> hers = olgasDesk.requestQueries().page(today, RequestSort.byDateTime(), 0, 50);

        assertThat(trusted.requestQueries().count(today)).isEqualTo(2);
        assertThat(hers).extracting(RequestRow::masterId).containsExactly(salon.olga);
        assertThat(olgasDesk.requestQueries().count(today)).isEqualTo(1);
        assertThat(olgasDesk.requestQueries().summary(today).total()).isEqualTo(1);
    }

    @Test
    void herTaskListsHoldHerTasksOnly() {
        long hers = trusted.tasks().create(new TaskForm(olgaUser, "Заказать краску", null, TODAY, null, null, null));
        trusted.tasks().create(new TaskForm(rita, "Позвонить поставщику", null, TODAY, null, null, null));
        trusted.tasks().create(new TaskForm(null, "Полить цветы", null, TODAY, null, null, null));

        assertThat(olgasDesk.tasks().list(TaskList.TODAY, null)).extracting(TaskRow::id).containsExactly(hers);
        assertThat(olgasDesk.tasks().list(TaskList.TODAY, rita)).extracting(TaskRow::id).containsExactly(hers);
        assertThat(olgasDesk.tasks().waitingCount(null)).isEqualTo(1);
        assertThat(trusted.tasks().list(TaskList.TODAY, null)).hasSize(3);
    }

    @Test
    void sheFindsHerClientsOnly() {
        long vera = trusted.clients().createClient("Вера", "Новикова", "+7 916 222-33-44");
        long inna = trusted.clients().createClient("Вера", "Котова", "+7 916 222-33-55");
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.olga,
                vera);
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.pavel,
                inna);

        assertThat(olgasDesk.clients().search("Вера", 0, 50)).extracting(ClientRow::id).containsExactly(vera);
        assertThat(olgasDesk.clients().card(vera)).isNotNull();
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> olgasDesk.clients().card(inna));
        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(trusted.clients().search("Вера", 0, 50)).hasSize(2);
    }

    @Test
    void herBreakGoesOnlyWhereSheHasNoBookings() throws SQLException {
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(12, 0), salon.olga,
                salon.anna);
        String before = contents();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> olgasDesk.schedules()
                .addBreak(salon.olga, DAY, LocalTime.of(12, 30), LocalTime.of(13, 30)));

        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(refused.message(Locale.ENGLISH)).matches("A break goes only in free time: booking \\d+ at 12:00 .*");
        assertThat(contents()).isEqualTo(before);
        long pause = olgasDesk.schedules().addBreak(salon.olga, DAY, LocalTime.of(13, 0), LocalTime.of(13, 30));
        assertThat(olgasDesk.schedules().breaks(salon.olga, DAY)).extracting(row -> row.id()).containsExactly(pause);
    }

    /** Her day off over her own booking: she may cancel it, not hand it to another master. */
    @Test
    void herDayOffDecidesOnlyAboutHerOwnBookings() throws SQLException {
        long booking = trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(12, 0),
                salon.olga, salon.anna).id();
        ScheduleChange dayOff = new ScheduleChange.DaysOff(salon.olga, DAY, DAY, "к врачу");
        String before = contents();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, () -> olgasDesk.schedules()
                .apply(dayOff, Map.of(booking, new ConflictDecision.Move(salon.pavel, DAY, LocalTime.of(12, 0)))));

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(contents()).isEqualTo(before);
        olgasDesk.schedules().apply(dayOff, Map.of(booking, new ConflictDecision.Cancel("мастер заболела")));
        assertThat(olgasDesk.schedules().daysOff(salon.olga, DAY)).hasSize(1);
        assertThat(trusted.bookingQueries().details(booking).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void theDeskIsHandedOverOnlyBySigningOut() {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> olgasDesk.currentStaff().set(rita));

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(olgasDesk.currentStaff().id()).isEqualTo(olgaUser);
        olgasDesk.signOut();
        olgasDesk.currentStaff().set(rita);
        assertThat(olgasDesk.currentStaff().role()).as("a desk nobody signed in to is trusted again").isEmpty();
    }

    private String contents() throws SQLException {
        try (Connection connection = DeskInternals.database(trusted).dataSource().getConnection()) {
            return DatabaseContents.of(connection);
        }
    }
}
