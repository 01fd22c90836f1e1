package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/** Clients through the application API. */
class ClientServiceTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private ClientService clients;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        clients = desk.clients();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private long client(String name, String surname, String phone) {
        return clients.create(new ClientForm(name, surname, phone, null, null, null));
    }

    @Test
    void findsClientsByAnyPartOfThePhoneInAnyFormatAndByNameOrEmail() {
        long marina = clients.create(new ClientForm("Марина", "Кузнецова", "8 (925) 555-12-34",
                "marina@example.ru", null, "VIP, vip, окрашивание"));
        client("Мария", "Иванова", "+7 926 000 11 22");

        assertThat(ids(clients.search("8 925 555", 0, 50))).containsExactly(marina);
        assertThat(ids(clients.search("+7-925-555-12", 0, 50))).containsExactly(marina);
        assertThat(ids(clients.search("5551234", 0, 50))).containsExactly(marina);
        assertThat(ids(clients.search("8951", 0, 50))).as("an 8 inside the number").isEmpty();
        long eights = client("Ева", null, "+7 916 895-12-34");
        assertThat(ids(clients.search("895", 0, 50))).containsExactly(eights);
        assertThat(ids(clients.search("мар куз", 0, 50))).containsExactly(marina);
        assertThat(ids(clients.search("example", 0, 50))).containsExactly(marina);
        assertThat(clients.search("Мар", 0, 50)).hasSize(2);
        assertThat(clients.count("")).isEqualTo(4);
        assertThat(clients.search("", 1, 1)).hasSize(1);
        assertThat(clients.row(marina).tags()).isEqualTo("VIP, окрашивание");
        assertThat(clients.row(marina).phone()).isEqualTo("+79255551234");
    }

    @Test
    void theCardCountsVisitsNoShowsSpendingAndTheFavouriteMaster() {
        book(TODAY, 10, salon.olga, BookingStatus.COMPLETED);
        book(TODAY, 12, salon.olga, BookingStatus.COMPLETED);
        book(TODAY, 14, salon.pavel, BookingStatus.NO_SHOW);
        clock.set(TODAY.plusDays(3).atTime(9, 0));
        book(TODAY.plusDays(5), 10, salon.pavel, null);

        ClientCard card = clients.card(salon.anna);

        assertThat(card.visits()).isEqualTo(2);
        assertThat(card.noShows()).isEqualTo(1);
        assertThat(card.totalSpent()).isEqualByComparingTo(new BigDecimal("3600"));
        assertThat(card.favouriteMaster()).isEqualTo("Ольга");
        assertThat(card.daysSinceLastVisit()).isEqualTo(3);
        assertThat(card.history()).hasSize(4);
        assertThat(card.history().get(0).date()).as("upcoming first").isEqualTo(TODAY.plusDays(5));
        assertThat(card.suggestBlock()).isFalse();

        suggestBlockAfter(salon.branch, 1);
        assertThat(clients.card(salon.anna).suggestBlock()).isTrue();
        assertThat(clients.noShowWarning(salon.anna)).contains(1);
    }

    @Test
    void editBlockUnsubscribeAndFamily() {
        clients.update(salon.anna, new ClientForm("Анна", "Смирнова-Орлова", "+7 916 111-22-33",
                "anna@example.ru", "Любит чай", "постоянная"));
        clients.setBlocked(salon.anna, true, "Три неявки подряд");
        clients.setUnsubscribed(salon.anna, true);
        long daughter = clients.createLinked(salon.anna, "Соня", "Смирнова");

        ClientCard card = clients.card(salon.anna);
        assertThat(card.client().surname()).isEqualTo("Смирнова-Орлова");
        assertThat(card.client().blocked()).isTrue();
        assertThat(card.client().blockedReason()).isEqualTo("Три неявки подряд");
        assertThat(card.unsubscribed()).isTrue();
        assertThat(card.note()).isEqualTo("Любит чай");
        assertThat(card.linked()).extracting(ClientRow::id).containsExactly(daughter);
        assertThat(clients.card(daughter).linked()).extracting(ClientRow::id).containsExactly(salon.anna);
        assertThat(clients.card(daughter).client().phone()).isNull();
        assertRefused(() -> desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(10, 0), salon.olga, salon.anna), ErrorCode.CLIENT_BLOCKED);

        clients.setBlocked(salon.anna, false, null);
        assertThat(clients.row(salon.anna).blocked()).isFalse();
        assertThat(clients.audit(salon.anna)).containsExactly("BLOCKED: Три неявки подряд", "UNBLOCKED");
    }

    @Test
    void aMergeMovesBookingsAndTasksAndLeavesOneRecordWithAnAuditLine() {
        long twin = clients.create(new ClientForm("Анна", null, "+7 903 777-66-55", "anna@mail.ru", "Аллергия",
                null));
        BookingInfo old = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY,
                LocalTime.of(10, 0), salon.olga, twin);
        long task = desk.tasks().create(new TaskForm(null, "Перезвонить", null, TODAY, null, twin, old.id()));

        clients.merge(salon.anna, twin);

        assertThat(desk.booking().getActiveBookingInfo(old.id()).clientId()).isEqualTo(salon.anna);
        assertThat(desk.tasks().get(task).clientId()).isEqualTo(salon.anna);
        ClientCard card = clients.card(salon.anna);
        assertThat(card.history()).extracting(ClientVisit::bookingId).containsExactly(old.id());
        assertThat(card.client().email()).isEqualTo("anna@mail.ru");
        assertThat(card.note()).isEqualTo("Аллергия");
        assertThat(clients.audit(salon.anna)).singleElement().asString().startsWith("MERGED: Анна");
        assertThat(clients.findByPhone("+7 903 777-66-55")).isEmpty();
        assertThat(clients.search("", 0, 50)).extracting(ClientRow::id).containsExactly(salon.anna);
        assertRefused(() -> clients.card(twin), ErrorCode.NOT_FOUND);
        // The merged one's phone is free again.
        client("Новая", null, "+7 903 777-66-55");
    }

    @Test
    void operatorsAreAssignedDistributedInTurnAndFreed() {
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        long ksenia = desk.staff().create(new StaffForm("ksenia", "Ксения", StaffRole.RECEPTIONIST, null));
        long second = client("Ирина", null, "+7 903 100-00-01");
        long third = client("Ольга", null, "+7 903 100-00-02");
        clients.assignOperator(second, ksenia);

        assertThat(clients.distributeAmong(List.of(natalia, ksenia))).isEqualTo(2);

        assertThat(clients.row(salon.anna).operatorId()).isEqualTo(natalia);
        assertThat(clients.row(third).operatorId()).isEqualTo(ksenia);
        assertThat(clients.row(third).operator()).isEqualTo("Ксения");
        clients.assignOperator(third, null);
        assertThat(clients.row(third).operatorId()).isNull();
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        long other = client("Ирина", null, "+7 903 100-00-01");
        assertRefused(() -> client(" ", null, "+7 903 100-00-09"), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> client("Вера", null, "12345"), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> client("Вера", null, "8 916 111 22 33"), ErrorCode.DUPLICATE);
        assertRefused(() -> clients.create(new ClientForm("Вера", null, "+7 903 100-00-09", "не почта", null, null)),
                ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.update(other, new ClientForm("Ирина", null, "+7 916 111-22-33", null, null,
                null)), ErrorCode.DUPLICATE);
        assertRefused(() -> clients.update(9_999L, new ClientForm("Икс", null, "+7 903 100-00-09", null, null,
                null)), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.merge(other, other), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.merge(other, 9_999L), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.setBlocked(other, true, "  "), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.assignOperator(other, 9_999L), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.distributeAmong(List.of()), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.link(other, other), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> suggestBlockAfter(salon.branch, 0), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.search("", -1, 10), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.setName(other, " ", null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.setName(9_999L, "Икс", null), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.setNote(9_999L, "x"), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.setNote(other, "x".repeat(2001)), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.setUnsubscribed(9_999L, true), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.createLinked(9_999L, "Соня", null), ErrorCode.NOT_FOUND);
        assertRefused(() -> clients.createLinked(other, "  ", null), ErrorCode.INVALID_ARGUMENT);
        assertRefused(() -> clients.link(other, 9_999L), ErrorCode.NOT_FOUND);

        assertThat(clients.count("")).isEqualTo(2);
        ClientRow unchanged = clients.row(other);
        assertThat(unchanged.phone()).isEqualTo("+79031000001");
        assertThat(unchanged.blocked()).isFalse();
        assertThat(unchanged.operatorId()).isNull();
        assertThat(clients.audit(other)).isEmpty();
    }

    @Test
    void aTakenPhoneIsRefusedWithTheIdOfTheClientWhoHasIt() {
        long irina = client("Ирина", null, "+7 903 100-00-01");

        assertThatThrownBy(() -> client("Вера", null, "8 (903) 100-00-01"))
                .isInstanceOfSatisfying(DuplicateClientException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(refused.existingClientId()).isEqualTo(irina);
                    assertThat(refused.getMessage()).contains("Ирина");
                });
        assertThatThrownBy(() -> clients.createClient("Вера", null, "89031000001"))
                .isInstanceOfSatisfying(DuplicateClientException.class,
                        refused -> assertThat(refused.existingClientId()).isEqualTo(irina));
        assertThatThrownBy(() -> clients.update(salon.anna, new ClientForm("Анна", "Смирнова", "+79031000001", null,
                null, null))).isInstanceOfSatisfying(DuplicateClientException.class,
                refused -> assertThat(refused.existingClientId()).isEqualTo(irina));

        assertThat(clients.count("")).isEqualTo(2);
        assertThat(clients.row(salon.anna).phone()).isEqualTo("+79161112233");
    }

    @Test
    void aMergedRecordCanNoLongerBeBooked() {
        long twin = client("Анна", null, "+7 903 777-66-55");
        clients.merge(salon.anna, twin);
        TestSalon rows = new TestSalon(desk);

        assertRefused(() -> desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1),
                LocalTime.of(10, 0), salon.olga, twin), ErrorCode.NOT_FOUND);

        assertThat(rows.count("booking")).isZero();
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(10, 0),
                salon.olga, salon.anna);
        assertThat(rows.count("booking")).isEqualTo(1);
    }

    @Test
    void theCardsFiguresCountEveryBookingNotOnlyTheLatestItLists() {
        TestSalon rows = new TestSalon(desk);
        // Olga did her latest 260 visits, Pavel the 300 before them; her one no-show is the oldest booking of all.
        int olgas = 260;
        int pavels = 300;
        for (int day = 1; day <= olgas + pavels; day++) {
            rows.insertBooking(salon.branch, day <= olgas ? salon.olga : salon.pavel, salon.anna, salon.haircut,
                    TODAY.minusDays(day), LocalTime.of(10, 0), 60, BookingStatus.COMPLETED);
        }
        rows.insertBooking(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY.minusDays(olgas + pavels + 1),
                LocalTime.of(10, 0), 60, BookingStatus.NO_SHOW);

        ClientCard card = clients.card(salon.anna);

        assertThat(card.history()).hasSize(ClientQueries.HISTORY_SHOWN);
        assertThat(card.visits()).isEqualTo(olgas + pavels);
        assertThat(card.totalSpent()).isEqualByComparingTo(new BigDecimal(1800L * (olgas + pavels)));
        assertThat(card.noShows()).isEqualTo(1);
        assertThat(card.favouriteMaster()).isEqualTo("Павел");
        assertThat(card.daysSinceLastVisit()).isEqualTo(1L);
    }

    @Test
    void theNoShowWarningFollowsTheBranchSheIsBookedInAndTheCardTheActiveBranches() {
        long other = desk.branches().createBranch("Лаванда на Арбате", "Арбат, 5");
        TestSalon rows = new TestSalon(desk);
        rows.insertBooking(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY.minusDays(3),
                LocalTime.of(10, 0), 60, BookingStatus.NO_SHOW);
        suggestBlockAfter(other, 1);

        assertThat(clients.noShowWarning(salon.anna, salon.branch)).isEmpty();
        assertThat(clients.noShowWarning(salon.anna, other)).contains(1);
        assertThat(clients.card(salon.anna).suggestBlock()).isTrue();
        assertRefused(() -> clients.noShowWarning(salon.anna, 9_999L), ErrorCode.NOT_FOUND);

        // A closed branch's setting no longer speaks for the salon.
        rows.setBranchActive(other, false);
        assertThat(clients.noShowWarning(salon.anna)).isEmpty();
        assertThat(clients.card(salon.anna).suggestBlock()).isFalse();
    }

    @Test
    void clientsWithoutAnOperatorGoToTheDeskStaffOnShiftOrElseToAllOfThem() {
        desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        assertRefused(clients::distributeAmongDesk, ErrorCode.ILLEGAL_STATE);
        assertThat(clients.row(salon.anna).operatorId()).isNull();

        // Receptionists not linked to a master: the schedules know of nobody on shift, so all of them take turns.
        long natalia = desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        long ksenia = desk.staff().create(new StaffForm("ksenia", "Ксения", StaffRole.ADMIN, null));
        for (String phone : List.of("+7 903 100-00-01", "+7 903 100-00-02", "+7 903 100-00-03")) {
            client("Клиент", null, phone);
        }
        assertThat(clients.distributeAmongDesk()).isEqualTo(4);
        List<Long> operators = clients.search("", 0, 50).stream().map(ClientRow::operatorId).toList();
        assertThat(operators).filteredOn(id -> id == natalia).hasSize(2);
        assertThat(operators).filteredOn(id -> id == ksenia).hasSize(2);

        // An admin who is also Pavel, on shift today by his schedule: the next free client is hers alone.
        long pavelAtDesk = desk.staff().create(new StaffForm("pavel", "Павел", StaffRole.ADMIN, salon.pavel));
        long fresh = client("Новая", null, "+7 903 100-00-04");
        assertThat(clients.distributeAmongDesk()).isEqualTo(1);
        assertThat(clients.row(fresh).operatorId()).isEqualTo(pavelAtDesk);
    }

    private void book(LocalDate date, int hour, long master, BookingStatus outcome) {
        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), date,
                LocalTime.of(hour, 0), master, salon.anna);
        if (outcome == null) {
            return;
        }
        desk.booking().changeStatus(booked.id(), BookingStatus.CONFIRMED, null);
        clock.set(date.atTime(hour, 30));
        if (outcome == BookingStatus.COMPLETED) {
            desk.booking().changeStatus(booked.id(), BookingStatus.ARRIVED, null);
        }
        desk.booking().changeStatus(booked.id(), outcome, null);
        clock.set(TODAY.atTime(8, 0));
    }

    private static List<Long> ids(List<ClientRow> rows) {
        return rows.stream().map(ClientRow::id).toList();
    }

    private static void assertRefused(Runnable operation, ErrorCode code) {
        assertThatThrownBy(operation::run).isInstanceOf(SalonDeskException.class)
                .satisfies(error -> assertThat(((SalonDeskException) error).code()).isEqualTo(code));
    }

    /** The branch's limit for suggesting a block, saved by the branch's owner. */
    private void suggestBlockAfter(long branchId, Integer noShows) {
        desk.branches().savePolicies(branchId, desk.branches().policies(branchId).withSuggestBlockAfter(noShows));
    }
}
