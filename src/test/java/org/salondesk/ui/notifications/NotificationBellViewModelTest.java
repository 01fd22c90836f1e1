package org.salondesk.ui.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.notification.Notification;
import org.salondesk.notification.NotificationKind;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/** The bell counts what is unread, pops up only what arrives while she works, and opening it marks it read. */
class NotificationBellViewModelTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);
    private static final String PASSWORD = "a-long-password";

    private final MutableClock clock = TestToday.at(9, 0);
    private final List<List<Notification>> popups = new ArrayList<>();
    private SalonDesk trusted;
    private SalonDesk olgasDesk;
    private SmallSalon salon;
    private NotificationBellViewModel bell;

    @BeforeEach
    void open() {
        String url = TestDatabases.freshUrl();
        trusted = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(trusted);
        long olga = trusted.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        trusted.staff().setPassword(olga, PASSWORD.toCharArray());
        olgasDesk = SalonDesk.open(url, clock);
        bell = new NotificationBellViewModel(olgasDesk.notifications(), BackgroundExecutor.sameThread());
        bell.setOnArrived(popups::add);
    }

    @AfterEach
    void close() {
        olgasDesk.close();
        trusted.close();
    }

    private void someoneBooks(LocalTime time) {
        trusted.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, time, salon.olga, salon.anna);
    }

    @Test
    void whatWaitedForHerIsCountedNotPoppedUpAndWhatArrivesThenPopsUp() {
        someoneBooks(LocalTime.of(10, 0));
        olgasDesk.signIn("olga", PASSWORD.toCharArray());

        bell.userChanged();

        assertThat(bell.unreadProperty().get()).isEqualTo(1);
        assertThat(popups).isEmpty();

        someoneBooks(LocalTime.of(12, 0));
        bell.refresh();

        assertThat(bell.unreadProperty().get()).isEqualTo(2);
        assertThat(popups).singleElement().satisfies(arrived -> assertThat(arrived)
                .extracting(Notification::time).containsExactly(LocalTime.of(12, 0)));
        bell.refresh();
        assertThat(popups).as("the same one pops up once").hasSize(1);
    }

    @Test
    void openingTheListMarksWhatItShowsRead() {
        olgasDesk.signIn("olga", PASSWORD.toCharArray());
        bell.userChanged();
        someoneBooks(LocalTime.of(10, 0));
        bell.refresh();

        bell.markAllRead();

        assertThat(bell.unreadProperty().get()).isZero();
        assertThat(bell.latest()).extracting(Notification::kind, Notification::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.BOOKED, true));
    }

    @Test
    void choosingOneOpensItsBooking() {
        olgasDesk.signIn("olga", PASSWORD.toCharArray());
        someoneBooks(LocalTime.of(10, 0));
        bell.userChanged();
        List<Notification> opened = new ArrayList<>();
        bell.setOnOpen(opened::add);

        bell.open(bell.latest().get(0));

        assertThat(opened).singleElement().satisfies(told -> {
            assertThat(told.branchId()).isEqualTo(salon.branch);
            assertThat(told.date()).isEqualTo(DAY);
        });
    }

    @Test
    void anotherUserStartsFromHerOwnBell() {
        olgasDesk.signIn("olga", PASSWORD.toCharArray());
        someoneBooks(LocalTime.of(10, 0));
        bell.userChanged();
        olgasDesk.signOut();

        bell.userChanged();

        assertThat(bell.latest()).isEmpty();
        assertThat(bell.unreadProperty().get()).isZero();
    }
}
