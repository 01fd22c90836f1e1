package org.salondesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingRequest;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskKind;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * A master is told of each booking of hers someone else made, moved or cancelled: on her bell while she is signed in
 * somewhere, and as a task line too while she is at no desk; what she does herself, or what is refused, tells nobody.
 */
class BookingNotificationsTest {

    private static final LocalDate DAY = TestToday.date().plusDays(2);
    private static final String PASSWORD = "a-long-password";

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk trusted;
    private SalonDesk olgasDesk;
    private SalonDesk pavelsDesk;
    private SalonDesk ritasDesk;
    private SmallSalon salon;
    private long olgaUser;
    private long pavelUser;

    @BeforeEach
    void open() {
        String url = TestDatabases.freshUrl();
        trusted = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(trusted);
        olgaUser = user("olga", "Ольга", StaffRole.MASTER, salon.olga);
        pavelUser = user("pavel", "Павел", StaffRole.MASTER, salon.pavel);
        user("rita", "Рита", StaffRole.RECEPTIONIST, null);
        olgasDesk = signedIn(url, "olga");
        pavelsDesk = signedIn(url, "pavel");
        ritasDesk = signedIn(url, "rita");
    }

    private long user(String login, String name, StaffRole role, Long master) {
        long id = trusted.staff().create(new StaffForm(login, name, role, master));
        trusted.staff().setPassword(id, PASSWORD.toCharArray());
        return id;
    }

    private SalonDesk signedIn(String url, String login) {
        SalonDesk desk = SalonDesk.open(url, clock);
        desk.signIn(login, PASSWORD.toCharArray());
        return desk;
    }

    @AfterEach
    void close() {
        for (SalonDesk desk : new SalonDesk[] {ritasDesk, pavelsDesk, olgasDesk, trusted}) {
            desk.close();
        }
    }

    private long ritaBooks(long master, LocalTime time) {
        return ritasDesk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, time, master, salon.anna)
                .id();
    }

    @Test
    void aBookingSomeoneElseMadeIsOnHerBell() {
        long booking = ritaBooks(salon.olga, LocalTime.of(10, 0));

        List<Notification> hers = olgasDesk.notifications().latest();
        assertThat(olgasDesk.notifications().unreadCount()).isEqualTo(1);
        assertThat(hers).singleElement().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(NotificationKind.BOOKED);
            assertThat(told.bookingId()).isEqualTo(booking);
            assertThat(told.byName()).isEqualTo("Рита");
            assertThat(told.clientName()).isEqualTo("Анна Смирнова");
            assertThat(told.date()).isEqualTo(DAY);
            assertThat(told.time()).isEqualTo(LocalTime.of(10, 0));
            assertThat(told.read()).isFalse();
            assertThat(told.text()).contains("Рита", "Анна Смирнова");
        });
        assertThat(pavelsDesk.notifications().unreadCount()).isZero();
        assertThat(ritasDesk.notifications().unreadCount()).isZero();
        assertThat(olgasDesk.tasks().list(TaskList.TODAY, null)).as("she is at a desk: no task line").isEmpty();
    }

    @Test
    void anOnlineRequestIsOnHerBellAsOne() {
        // The booking server's process: nobody signed in, as the server books.
        long booking = trusted.booking().createBooking(BookingRequest.online(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(11, 0), salon.olga, salon.anna)).id();

        assertThat(olgasDesk.notifications().latest()).singleElement().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(NotificationKind.BOOKED);
            assertThat(told.bookingId()).isEqualTo(booking);
            assertThat(told.byName()).isNull();
            assertThat(told.text()).contains(org.salondesk.i18n.Messages.get("notification.byOnline"),
                    "Анна Смирнова");
        });
        assertThat(pavelsDesk.notifications().unreadCount()).isZero();
    }

    @Test
    void whatSheDoesHerselfTellsNobody() {
        long booking = olgasDesk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), null, salon.anna).id();
        olgasDesk.booking().moveBooking(booking, salon.olga, DAY, LocalTime.of(12, 0));
        olgasDesk.booking().cancelBooking(salon.branch, booking);

        assertThat(olgasDesk.notifications().latest()).isEmpty();
        assertThat(trusted.tasks().list(TaskList.TODAY, null)).isEmpty();
    }

    @Test
    void aMoveToAnotherMasterTellsBothAndACancellationTellsTheNewOne() {
        long booking = trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0),
                salon.olga, salon.anna).id();
        olgasDesk.notifications().markReadUpTo(Long.MAX_VALUE);

        ritasDesk.booking().moveBooking(booking, salon.pavel, DAY, LocalTime.of(14, 0));
        ritasDesk.booking().cancelBooking(salon.branch, booking, "Клиентка заболела");

        assertThat(olgasDesk.notifications().latest()).extracting(Notification::kind, Notification::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.MOVED, false),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.BOOKED, true));
        assertThat(pavelsDesk.notifications().latest()).extracting(Notification::kind, Notification::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.CANCELLED, LocalTime.of(14, 0)),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.MOVED, LocalTime.of(14, 0)));
        assertThat(olgasDesk.notifications().latest().get(1).byName()).as("the trusted desk is SalonDesk itself")
                .isNull();
    }

    @Test
    void awayFromEveryDeskSheGetsATaskLineToo() {
        olgasDesk.signOut();

        long booking = ritaBooks(salon.olga, LocalTime.of(10, 0));

        List<TaskRow> lines = trusted.tasks().list(TaskList.TODAY, null);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(TaskKind.BOOKED_BY_OTHER);
            assertThat(line.assigneeId()).isEqualTo(olgaUser);
            assertThat(line.bookingId()).isEqualTo(booking);
            assertThat(line.clientId()).isEqualTo(salon.anna);
            assertThat(line.dueDate()).isEqualTo(TestToday.date());
        });
        olgasDesk.signIn("olga", PASSWORD.toCharArray());
        assertThat(olgasDesk.notifications().unreadCount()).as("and her bell has it when she is back").isEqualTo(1);
    }

    @Test
    void aDeskThatStoppedSayingSheIsThereCountsAsAway() {
        clock.advance(BookingNotifications.PRESENCE_LASTS.plus(Duration.ofMinutes(1)));
        pavelsDesk.notifications().here();

        ritaBooks(salon.olga, LocalTime.of(10, 0));
        ritaBooks(salon.pavel, LocalTime.of(10, 0));

        assertThat(trusted.tasks().list(TaskList.TODAY, null)).extracting(TaskRow::assigneeId)
                .containsExactly(olgaUser);
        assertThat(pavelUser).isNotEqualTo(olgaUser);
    }

    @Test
    void markingReadKeepsNewerOnesUnread() {
        ritaBooks(salon.olga, LocalTime.of(10, 0));
        long seen = olgasDesk.notifications().latest().get(0).id();
        ritaBooks(salon.olga, LocalTime.of(12, 0));

        olgasDesk.notifications().markReadUpTo(seen);

        assertThat(olgasDesk.notifications().unreadCount()).isEqualTo(1);
        assertThat(olgasDesk.notifications().latest()).extracting(Notification::read).containsExactly(false, true);
    }

    @Test
    void aRefusedBookingTellsNobody() {
        ritaBooks(salon.olga, LocalTime.of(10, 0));
        olgasDesk.signOut();

        assertThatThrownBy(() -> ritaBooks(salon.olga, LocalTime.of(10, 30))).isInstanceOf(SalonDeskException.class);

        olgasDesk.signIn("olga", PASSWORD.toCharArray());
        assertThat(olgasDesk.notifications().latest()).hasSize(1);
        assertThat(trusted.tasks().list(TaskList.TODAY, null)).isEmpty();
    }

    @Test
    void aDeskNobodySignedInToHasNoBell() {
        ritaBooks(salon.olga, LocalTime.of(10, 0));

        assertThat(trusted.notifications().latest()).isEmpty();
        assertThat(trusted.notifications().unreadCount()).isZero();
    }
}
