package org.salondesk.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
import org.salondesk.availability.FreeStart;
import org.salondesk.notification.NotificationKind;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskKind;
import org.salondesk.task.TaskList;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The waiting list: entries checked on the way in (a refusal writes nothing), expired with the clock, and matched
 * through the availability engine when time frees (a cancellation, a day off removed): told once, on the staff's
 * bells and as a task.
 */
class WaitingListTest {

    private static final LocalDate DAY = TestToday.date().plusDays(2);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final String PASSWORD = "a-long-password";

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SalonDesk ritasDesk;
    private SmallSalon salon;
    private long maria;

    @BeforeEach
    void open() {
        String url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(desk);
        maria = desk.clients().createClient("Мария", "Орлова", "+7 916 222-33-44");
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, PASSWORD.toCharArray());
        ritasDesk = SalonDesk.open(url, clock);
        ritasDesk.signIn("rita", PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        ritasDesk.close();
        desk.close();
    }

    private WaitlistForm olgaAt10(long client, LocalDate from, LocalDate to) {
        return new WaitlistForm(salon.branch, client, List.of(salon.haircut), salon.olga, from, to, TEN, ELEVEN,
                "после работы");
    }

    @Test
    void anEntryIsKeptAsAdded() {
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY.plusDays(3)));

        WaitlistEntry entry = ritasDesk.waitingList().get(id);
        assertThat(entry.clientName()).isEqualTo("Мария Орлова");
        assertThat(entry.serviceIds()).containsExactly(salon.haircut);
        assertThat(entry.services()).isEqualTo("Стрижка");
        assertThat(entry.masterId()).isEqualTo(salon.olga);
        assertThat(entry.masterName()).isEqualTo("Ольга");
        assertThat(entry.dateFrom()).isEqualTo(DAY);
        assertThat(entry.dateTo()).isEqualTo(DAY.plusDays(3));
        assertThat(entry.timeFrom()).isEqualTo(TEN);
        assertThat(entry.timeTo()).isEqualTo(ELEVEN);
        assertThat(entry.note()).isEqualTo("после работы");
        assertThat(entry.channel()).isEqualTo(WaitlistEntry.DESK);
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
        assertThat(ritasDesk.waitingList().list(salon.branch)).extracting(WaitlistEntry::id).containsExactly(id);
    }

    @Test
    void refusalsWriteNothing() {
        desk.clients().setBlocked(maria, true, "не пришла дважды");
        assertRefused(olgaAt10(maria, DAY, DAY), ErrorCode.CLIENT_BLOCKED);
        assertRefused(olgaAt10(999_999, DAY, DAY), ErrorCode.NOT_FOUND);
        assertRefused(olgaAt10(salon.anna, DAY, DAY.minusDays(1)), ErrorCode.INVALID_ARGUMENT);
        assertRefused(olgaAt10(salon.anna, TestToday.date().minusDays(3), TestToday.date().minusDays(1)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(new WaitlistForm(salon.branch, salon.anna, List.of(salon.haircut), null, DAY, DAY,
                LocalTime.of(10, 3), ELEVEN, null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(new WaitlistForm(salon.branch, salon.anna, List.of(salon.haircut), null, DAY, DAY, ELEVEN, TEN,
                null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(new WaitlistForm(salon.branch, salon.anna, List.of(salon.manicure), salon.pavel, DAY, DAY, TEN,
                ELEVEN, null), ErrorCode.MASTER_NOT_ELIGIBLE);
        assertRefused(new WaitlistForm(salon.branch, salon.anna, List.of(), null, DAY, DAY, TEN, ELEVEN, null),
                ErrorCode.INVALID_ARGUMENT);

        assertThat(desk.waitingList().list(salon.branch)).isEmpty();
    }

    private void assertRefused(WaitlistForm form, ErrorCode code) {
        assertThatThrownBy(() -> ritasDesk.waitingList().add(form)).isInstanceOf(SalonDeskException.class)
                .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(code);
    }

    @Test
    void aMasterMayNotUseTheWaitingList() {
        long olgaUser = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        desk.staff().setPassword(olgaUser, PASSWORD.toCharArray());
        try (SalonDesk olgasDesk = SalonDesk.open(desk.databaseLink().url(), clock, false)) {
            olgasDesk.signIn("olga", PASSWORD.toCharArray());
            assertThatThrownBy(() -> olgasDesk.waitingList().add(olgaAt10(maria, DAY, DAY)))
                    .isInstanceOf(SalonDeskException.class)
                    .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertThat(desk.waitingList().list(salon.branch)).isEmpty();
    }

    @Test
    void anEntryExpiresOnceItsRangeHasEnded() {
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY));
        clock.advance(Duration.ofDays(2));
        assertThat(ritasDesk.waitingList().expire()).isZero();
        assertThat(ritasDesk.waitingList().get(id).status()).isEqualTo(WaitlistStatus.WAITING);

        clock.advance(Duration.ofDays(1));
        assertThat(ritasDesk.waitingList().expire()).isEqualTo(1);

        assertThat(ritasDesk.waitingList().get(id).status()).isEqualTo(WaitlistStatus.EXPIRED);
        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).isEmpty();
        assertThatThrownBy(() -> ritasDesk.waitingList().cancel(id)).isInstanceOf(SalonDeskException.class)
                .extracting(e -> ((SalonDeskException) e).code()).isEqualTo(ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void anEntryExpiresOnReadToo() {
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY));
        clock.advance(Duration.ofDays(3));

        assertThat(ritasDesk.waitingList().list(salon.branch, WaitlistStatus.WAITING)).isEmpty();
        assertThat(ritasDesk.waitingList().get(id).status()).isEqualTo(WaitlistStatus.EXPIRED);
    }

    @Test
    void aCancellationFreesTheTimeAndTheDeskIsToldOnce() {
        long booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga,
                salon.anna).id();
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY));
        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).singleElement()
                .satisfies(match -> assertThat(match.matched()).isFalse());

        desk.booking().cancelBooking(salon.branch, booking);

        List<WaitlistMatch> matches = ritasDesk.waitlistMatching().matches(salon.branch);
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
            assertThat(match.starts()).extracting(FreeStart::date).containsExactly(DAY);
            assertThat(match.starts()).extracting(start -> start.offer().time()).containsExactly(TEN);
            assertThat(match.starts()).extracting(start -> start.offer().masterId()).containsExactly(salon.olga);
        });
        assertThat(ritasDesk.notifications().latest()).singleElement().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(NotificationKind.TIME_FREED);
            assertThat(told.waitlistEntryId()).isEqualTo(id);
            assertThat(told.bookingId()).isNull();
            assertThat(told.branchId()).isEqualTo(salon.branch);
            assertThat(told.text()).contains("Мария Орлова", "Стрижка", "10:00");
        });
        assertThat(offerTasks()).singleElement().satisfies(task -> assertThat(task.title()).contains("Мария Орлова"));

        // Looking again (this desk or another) tells nobody again.
        desk.waitlistMatching().matches(salon.branch);
        ritasDesk.waitlistMatching().matches(salon.branch);
        assertThat(ritasDesk.notifications().latest()).hasSize(1);
        assertThat(offerTasks()).hasSize(1);

        long booked = ritasDesk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga,
                maria).id();
        ritasDesk.waitingList().markBooked(id, booked);
        assertThat(ritasDesk.waitingList().get(id).status()).isEqualTo(WaitlistStatus.BOOKED);
        assertThat(ritasDesk.waitingList().get(id).bookingId()).isEqualTo(booked);
        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).isEmpty();
    }

    @Test
    void aDayOffRemovedFreesTheTime() {
        desk.schedules().addDayOff(salon.olga, DAY);
        long id = ritasDesk.waitingList().add(new WaitlistForm(salon.branch, maria, List.of(salon.haircut),
                salon.olga, DAY, DAY, LocalTime.of(16, 0), LocalTime.of(18, 0), null));
        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).singleElement()
                .satisfies(match -> assertThat(match.matched()).isFalse());

        desk.schedules().removeDayOff(salon.olga, DAY);

        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).singleElement().satisfies(match -> {
            assertThat(match.entry().id()).isEqualTo(id);
            // The whole visit within 16:00–18:00: starts up to 17:00.
            assertThat(match.starts()).extracting(start -> start.offer().time()).allSatisfy(time ->
                    assertThat(time).isBetween(LocalTime.of(16, 0), LocalTime.of(17, 0)));
            assertThat(match.starts()).hasSize(WaitlistMatching.STARTS_PER_ENTRY);
        });
    }

    @Test
    void timeTakenAgainPutsTheEntryBackToWaiting() {
        long booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga,
                salon.anna).id();
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY));
        desk.booking().cancelBooking(salon.branch, booking);
        ritasDesk.waitlistMatching().matches(salon.branch);
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga, salon.anna);

        assertThat(ritasDesk.waitlistMatching().matches(salon.branch)).singleElement().satisfies(match -> {
            assertThat(match.matched()).isFalse();
            assertThat(match.entry().status()).isEqualTo(WaitlistStatus.WAITING);
        });
        assertThat(ritasDesk.waitingList().get(id).status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void aMergedClientsEntriesAreTheKeptOnes() {
        long id = ritasDesk.waitingList().add(olgaAt10(maria, DAY, DAY));

        desk.clients().merge(salon.anna, maria);

        assertThat(ritasDesk.waitingList().get(id).clientId()).isEqualTo(salon.anna);
    }

    private List<org.salondesk.task.TaskRow> offerTasks() {
        return ritasDesk.tasks().list(TaskList.TODAY, null).stream()
                .filter(task -> task.kind() == TaskKind.OFFER_FREED_TIME).toList();
    }
}
