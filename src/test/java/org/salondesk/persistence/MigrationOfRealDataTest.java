package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingChange;
import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.RequestFilter;
import org.salondesk.client.Client;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.staff.StaffRow;
import org.salondesk.task.TaskKind;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.task.TaskService;
import org.salondesk.testing.FilledDatabase;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestLocale;

/**
 * A salon's database of every older schema version, filled with the fixtures under {@code db/fixtures} (branches,
 * masters and their schedules, bookings in every status, clients, tasks, staff), migrates to the newest schema and
 * the desk reads it all back through its API: nothing lost, nothing changed, the masters' free time as the rules say,
 * and the desk can book on it. Runs on both engines; a new migration is tested from the version before it at once.
 */
class MigrationOfRealDataTest {

    /** The fixtures' today: Wednesday 25 November 2026, 09:00 in the salon's zone. */
    private static final LocalDate WED = LocalDate.of(2026, 11, 25);
    private static final LocalDate MON = WED.minusDays(2);
    private static final LocalDate TUE = WED.minusDays(1);
    private static final LocalDate THU = WED.plusDays(1);
    private static final LocalDate FRI = WED.plusDays(2);
    private static final LocalDate SAT = WED.plusDays(3);
    private static final LocalDate SUN = WED.plusDays(4);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final long LAVANDA = 1;
    private static final long MYATA = 2;
    private static final long OLGA = 1;
    private static final long IRINA = 2;
    private static final long PAVEL = 3;
    private static final long HAIRCUT = 1;
    private static final long MANICURE = 3;
    private static final long MENS_HAIRCUT = 5;
    private static final long ANNA = 1;
    private static final long PETROVA = 2;

    static Stream<MigrationVersion> olderVersions() {
        List<MigrationVersion> all = FilledDatabase.versions();
        return all.subList(0, all.size() - 1).stream();
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("olderVersions")
    void aFilledDatabaseMigratesToTheNewestSchemaAndTheDeskReadsItBack(MigrationVersion from) {
        String url = FilledDatabase.at(from);
        MutableClock nineOnWednesday = new MutableClock(WED.atTime(9, 0).atZone(MOSCOW).toInstant(), MOSCOW);

        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), nineOnWednesday, true)) {
            List<MigrationVersion> versions = FilledDatabase.versions();
            assertThat(desk.databaseLink().schemaVersion()).isEqualTo(versions.get(versions.size() - 1).getVersion());

            bookingsKeepTheirServicesStatusesAndHistory(desk, from);
            mastersAreFreeAsTheirSchedulesSay(desk, from);
            clientsAreFoundByPhone(desk.clients(), from);
            tasksReadAsBefore(desk.tasks(), from);
            staffKeepTheirRoles(desk);
            assertThat(DeskInternals.database(desk).withConnection(new BookingRulesAudit()::check)).isEmpty();
            theDeskBooksOnTheMigratedSalon(desk);
        }
    }

    private static void bookingsKeepTheirServicesStatusesAndHistory(SalonDesk desk, MigrationVersion from) {
        assertThat(desk.requestQueries().countsByStatus(RequestFilter.all())).isEqualTo(Map.of(
                BookingStatus.NEW, 1L, BookingStatus.CONFIRMED, 4L, BookingStatus.ARRIVED, 1L,
                BookingStatus.COMPLETED, 1L, BookingStatus.CANCELLED, 1L, BookingStatus.NO_SHOW, 1L));

        BookingQueries bookings = desk.bookingQueries();
        BookingDetails coloured = bookings.details(1);
        assertThat(coloured).extracting(BookingDetails::number, BookingDetails::masterName, BookingDetails::date,
                        BookingDetails::start, BookingDetails::durationMinutes, BookingDetails::status,
                        BookingDetails::source, BookingDetails::clientName, BookingDetails::clientPhone,
                        BookingDetails::totalCost, BookingDetails::createdBy)
                .containsExactly(1001L, "Ольга", MON, LocalTime.of(10, 0), 210, BookingStatus.COMPLETED,
                        BookingSource.DESK, "Анна Смирнова", "+79161234567", new BigDecimal("7500.00"), "Алла");
        assertThat(coloured.services()).containsExactly(
                new BookingDetails.Line(HAIRCUT, "Женская стрижка", new BigDecimal("2000.00"), 60),
                new BookingDetails.Line(2, "Окрашивание", new BigDecimal("5500.00"), 150));

        BookingDetails confirmed = bookings.details(4);
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(confirmed.note()).isEqualTo("Принесёт фото причёски");
        assertThat(confirmed.customFields()).isEqualTo(Map.of("Откуда узнала", "Instagram", "Длина волос", "до плеч"));
        BookingDetails cancelled = bookings.details(5);
        assertThat(cancelled).extracting(BookingDetails::status, BookingDetails::source, BookingDetails::cancelReason,
                        BookingDetails::start)
                .containsExactly(BookingStatus.CANCELLED, BookingSource.ONLINE, "Заболела", LocalTime.of(10, 0));
        assertThat(bookings.details(7).status()).isEqualTo(BookingStatus.CONFIRMED);

        BookingInfo barber = desk.booking().getActiveBookingInfo(8);
        assertThat(barber).extracting(BookingInfo::serviceNames, BookingInfo::duration, BookingInfo::totalCost,
                        BookingInfo::masterName, BookingInfo::jobTitle, BookingInfo::branchName)
                .containsExactly(List.of("Мужская стрижка", "Моделирование бороды"), 75, new BigDecimal("2100.00"),
                        "Павел", "Барбер", "Мята");
        // Anna's bookings still ahead at 09:00 on Wednesday: today's manicure, Thursday's haircut, Friday's kept one.
        assertThat(desk.booking().getBookingsInfo(ANNA)).extracting(BookingInfo::id, BookingInfo::status)
                .containsExactly(tuple(3L, BookingStatus.ARRIVED), tuple(4L, BookingStatus.CONFIRMED),
                        tuple(7L, BookingStatus.CONFIRMED));

        if (from.isAtLeast("2")) {
            assertThat(bookings.history(1)).extracting(BookingQueries.HistoryLine::kind,
                            BookingQueries.HistoryLine::staff, BookingQueries.HistoryLine::after)
                    .containsExactly(tuple(BookingChange.CREATED, "Алла", "CONFIRMED"),
                            tuple(BookingChange.STATUS, "Алла", "ARRIVED"),
                            tuple(BookingChange.STATUS, "Алла", "COMPLETED"));
        }
    }

    private static void mastersAreFreeAsTheirSchedulesSay(SalonDesk desk, MigrationVersion from) {
        // Thursday 09-18 less her 10:00 booking, the 13-14 break and the new request at 15:00; the cancelled booking
        // under the 10:00 one and the lapsed hold at 16:00 take nothing.
        assertThat(slots(desk, LAVANDA, HAIRCUT, THU, OLGA))
                .containsExactly(times("09:00", "11:00", "11:30", "12:00", "14:00", "16:00", "16:30", "17:00"));
        assertThat(slots(desk, LAVANDA, HAIRCUT, FRI, OLGA)).as("her day off").isEmpty();
        assertThat(slots(desk, LAVANDA, HAIRCUT, SAT, OLGA)).as("her extra Saturday 11-15")
                .containsExactly(times("11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00"));
        assertThat(slots(desk, LAVANDA, HAIRCUT, SUN, OLGA)).isEmpty();
        assertThat(desk.booking().getDatesForBooking(LAVANDA, List.of(HAIRCUT), OLGA, 7, null))
                .containsExactly(WED, THU, SAT, WED.plusDays(5), WED.plusDays(6));
        assertThat(desk.booking().getEmployeesForBooking(LAVANDA, List.of(HAIRCUT), null, null))
                .as("Marina has left").extracting(EmployeeInfo::id).containsExactly(OLGA);

        // Irina's shorter Thursday 12-16; from schema 4 on, her daily 14:00 lunch too.
        assertThat(slots(desk, LAVANDA, MANICURE, THU, IRINA)).containsExactly(from.isAtLeast("4")
                ? times("12:00", "12:30", "13:00", "14:30", "15:00")
                : times("12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00"));

        // Pavel's weekly 10-19 every day; from schema 4 on, two days on and two off from Wednesday, 10-20.
        List<LocalTime> friday = slots(desk, MYATA, MENS_HAIRCUT, FRI, PAVEL);
        List<LocalTime> sunday = slots(desk, MYATA, MENS_HAIRCUT, SUN, PAVEL);
        if (from.isAtLeast("4")) {
            assertThat(friday).as("an off day of his pattern").isEmpty();
            assertThat(sunday).startsWith(LocalTime.of(10, 0)).endsWith(LocalTime.of(19, 15)).hasSize(38);
        } else {
            assertThat(friday).startsWith(LocalTime.of(10, 0)).endsWith(LocalTime.of(18, 15)).hasSize(34);
            assertThat(sunday).isEqualTo(friday);
        }
        assertThat(slots(desk, MYATA, MENS_HAIRCUT, THU, PAVEL)).as("his 10:00-11:15 booking")
                .startsWith(LocalTime.of(11, 15)).doesNotContain(LocalTime.of(10, 30));
    }

    private static void clientsAreFoundByPhone(ClientService clients, MigrationVersion from) {
        assertThat(clients.findByPhone("8 916 123-45-67")).get().extracting(Client::getId, Client::getFullName,
                Client::getEmail, Client::getNote).containsExactly(ANNA, "Анна Смирнова", "anna@example.com",
                "Любит кофе без сахара");
        assertThat(clients.findByPhone("+7 (916) 765-43-21")).get()
                .extracting(Client::getId, Client::isBlocked, Client::getBlockedReason)
                .containsExactly(PETROVA, true, "Три неявки подряд");
        assertThat(clients.findByPhone("+79031112233")).get().extracting(Client::isUnsubscribed).isEqualTo(true);
        assertThat(clients.search("926 555", 0, 10)).extracting(ClientRow::fullName).containsExactly("Олег Сидоров");
        assertThat(clients.row(ANNA).operator()).isEqualTo("Алла");

        ClientCard anna = clients.card(ANNA);
        assertThat(anna).extracting(ClientCard::visits, ClientCard::noShows, ClientCard::totalSpent)
                .containsExactly(1, 0, new BigDecimal("7500.00"));
        assertThat(anna.history()).hasSize(4);
        assertThat(clients.card(PETROVA).noShows()).isEqualTo(1);
        if (from.isAtLeast("8")) {
            assertThat(clients.row(ANNA).tags()).isEqualTo("VIP, аллергия на аммиак");
            assertThat(anna.linked()).extracting(ClientRow::fullName).containsExactly("Соня Смирнова");
            assertThat(clients.audit(ANNA)).hasSize(1);
        }
    }

    private static void tasksReadAsBefore(TaskService tasks, MigrationVersion from) {
        TaskRow callBack = tasks.get(1);
        assertThat(callBack).extracting(TaskRow::kind, TaskRow::title, TaskRow::assigneeName, TaskRow::dueDate,
                        TaskRow::done, TaskRow::clientName, TaskRow::bookingNumber)
                .containsExactly(TaskKind.MANUAL, "Перезвонить Анне насчёт оттенка", "Алла", TUE, false,
                        "Анна Смирнова", 1001L);
        assertThat(tasks.get(2)).extracting(TaskRow::assigneeId, TaskRow::dueTime, TaskRow::description)
                .containsExactly(null, LocalTime.of(12, 0), "Палитра 7.1, две упаковки");

        assertThat(tasks.list(TaskList.OVERDUE, null)).extracting(TaskRow::id).containsExactly(1L);
        assertThat(tasks.list(TaskList.UPCOMING, null)).extracting(TaskRow::id).containsExactly(4L);
        assertThat(tasks.list(TaskList.DONE, null)).extracting(TaskRow::id).containsExactly(3L);
        List<Long> today = from.isAtLeast("10") ? List.of(2L, 5L, 6L, 7L)
                : from.isAtLeast("9") ? List.of(2L, 5L, 6L) : List.of(2L);
        assertThat(tasks.list(TaskList.TODAY, null)).extracting(TaskRow::id).containsExactlyInAnyOrderElementsOf(today);

        if (from.isAtLeast("9")) {
            assertThat(tasks.get(5).kind()).isEqualTo(TaskKind.NO_SHOW_CALL_BACK);
            assertThat(tasks.get(5).title())
                    .isEqualTo("Call back Ирина Петрова (+7 916 765-43-21): did not come on Nov 24, 2026 at 15:00");
            try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
                assertThat(tasks.get(6).title())
                        .isEqualTo("Подтвердить запись на завтра: Мария (+7 903 111-22-33), 26 нояб. 2026 г. в 15:00");
            }
        }
        if (from.isAtLeast("10")) {
            try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
                assertThat(tasks.get(7).title())
                        .isEqualTo("Пригласить снова: Олег Сидоров (+7 926 555-44-33), последний визит 20 сент. 2026 г.");
            }
        }
    }

    private static void staffKeepTheirRoles(SalonDesk desk) {
        assertThat(desk.staff().list(true)).extracting(StaffRow::login, StaffRow::displayName, StaffRow::role,
                        StaffRow::masterName, StaffRow::active)
                .containsExactlyInAnyOrder(tuple("admin", "Светлана", StaffRole.ADMIN, null, true),
                        tuple("desk", "Алла", StaffRole.RECEPTIONIST, null, true),
                        tuple("olga", "Ольга", StaffRole.MASTER, "Ольга", true),
                        tuple("vera", "Вера", StaffRole.RECEPTIONIST, null, false));
        assertThat(desk.staff().onShiftToday()).extracting(StaffRow::login).contains("olga");
    }

    /** New rows get new ids and numbers, and the migrated bookings still block their masters' time. */
    private static void theDeskBooksOnTheMigratedSalon(SalonDesk desk) {
        BookingInfo booked = desk.booking().createBooking(LAVANDA, List.of(HAIRCUT), THU, LocalTime.of(11, 0), OLGA,
                ANNA);
        assertThat(booked.id()).isGreaterThan(9);
        assertThat(booked.number()).isEqualTo(1010);
        assertThat(desk.bookingQueries().details(booked.id()).services()).hasSize(1);
        assertThat(slots(desk, LAVANDA, HAIRCUT, THU, OLGA)).doesNotContain(LocalTime.of(11, 0));

        assertThatThrownBy(() -> desk.booking().createBooking(LAVANDA, List.of(HAIRCUT), THU, LocalTime.of(10, 0),
                OLGA, ANNA)).isInstanceOfSatisfying(SalonDeskException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE));
        long vika = desk.clients().createClient("Вика", null, "8 999 000-11-22");
        assertThat(desk.clients().findByPhone("+79990001122")).get().extracting(Client::getId).isEqualTo(vika);
    }

    private static List<LocalTime> slots(SalonDesk desk, long branch, long service, LocalDate date, long master) {
        return desk.booking().getSlotsForBooking(branch, List.of(service), date, master, null);
    }

    private static LocalTime[] times(String... times) {
        return Stream.of(times).map(LocalTime::parse).toArray(LocalTime[]::new);
    }
}
