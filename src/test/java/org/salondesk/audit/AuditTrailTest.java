package org.salondesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.client.ClientForm;
import org.salondesk.staff.DeskRulesForm;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Every kind of change leaves an audit row with who did it, what, which record and the before → after of its fields,
 * written in the change's own transaction; the database refuses to change or delete a row.
 */
class AuditTrailTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);
    private static final String PASSWORD = "secret-password-1";

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private SmallSalon salon;
    private long elena;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        elena = desk.staff().create(new StaffForm("elena", "Елена", StaffRole.ADMIN, null));
        desk.staff().setPassword(elena, PASSWORD.toCharArray());
        desk.currentStaff().set(elena);
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** The rows written since {@link #open} set up the salon: only the newest, of {@code kind}. */
    private List<AuditRow> rows(AuditKind kind) {
        return desk.audit().page(new AuditFilter(null, null, null, kind, null), 0, 100).stream()
                .filter(row -> row.when().equals(clock.instant())).toList();
    }

    private AuditRow only(AuditKind kind, String recordType, long recordId) {
        List<AuditRow> found = rows(kind).stream()
                .filter(row -> recordType.equals(row.recordType()) && Long.valueOf(recordId).equals(row.recordId()))
                .toList();
        assertThat(found).as(kind + " " + recordType + " #" + recordId).hasSize(1);
        return found.get(0);
    }

    @Test
    void bookingsCreatedMovedAndCancelledAreRecordedWithTheirFields() {
        BookingInfo booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        List<AuditRow> lines = rows(AuditKind.BOOKING);
        // The booking and its service line, both recorded on the booking.
        assertThat(lines).hasSize(2).allSatisfy(row -> {
            assertThat(row.recordType()).isEqualTo("booking");
            assertThat(row.recordId()).isEqualTo(booking.id());
            assertThat(row.action()).isEqualTo(AuditAction.CREATED);
        });
        assertThat(lines).anySatisfy(row -> assertThat(row.changes()).startsWith("booked_service #")
                .contains("title: ").doesNotContain("Backref"));
        AuditRow created = lines.stream().filter(row -> !row.changes().startsWith("booked_service")).findFirst()
                .orElseThrow();
        assertThat(created.staffUserId()).isEqualTo(elena);
        assertThat(created.who()).isEqualTo("Елена (elena)");
        assertThat(created.changes()).contains("startTime: 10:00").contains("status: NEW");

        clock.advance(Duration.ofMinutes(1));
        desk.booking().moveBooking(booking.id(), salon.pavel, DAY, LocalTime.of(12, 0));
        AuditRow moved = only(AuditKind.BOOKING, "booking", booking.id());
        assertThat(moved.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(moved.changes()).contains("startTime: 10:00 → 12:00")
                .contains("masterId: " + salon.olga + " → " + salon.pavel).doesNotContain("version");

        clock.advance(Duration.ofMinutes(1));
        desk.booking().changeStatus(booking.id(), BookingStatus.CONFIRMED, null);
        assertThat(only(AuditKind.BOOKING, "booking", booking.id()).changes()).isEqualTo("status: NEW → CONFIRMED");
    }

    @Test
    void clientsCreatedEditedBlockedMergedAndImported() {
        long irina = desk.clients().create(new ClientForm("Ирина", "Котова", "+79031112233", null, null, null));
        assertThat(only(AuditKind.CLIENT, "client", irina).changes()).contains("name: Ирина");

        clock.advance(Duration.ofMinutes(1));
        desk.clients().setBlocked(irina, true, "Не пришла три раза");
        AuditRow blocked = only(AuditKind.CLIENT, "client", irina);
        assertThat(blocked.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(blocked.changes()).contains("blocked: false → true").contains("blockedReason: — → Не пришла");

        clock.advance(Duration.ofMinutes(1));
        desk.clients().merge(salon.anna, irina);
        assertThat(rows(AuditKind.CLIENT)).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.MERGED);
            assertThat(row.recordId()).isEqualTo(salon.anna);
            assertThat(row.changes()).contains("#" + irina);
        });

        clock.advance(Duration.ofMinutes(1));
        int imported = desk.clientImport().run(desk.clientImport().preview(new StringReader(
                "name,surname,phone\nВера,Лисина,+79035550011\n")), done -> { });
        assertThat(imported).isEqualTo(1);
        assertThat(rows(AuditKind.CLIENT)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.IMPORTED);
            assertThat(row.changes()).contains("clients: 1").contains("Вера Лисина");
        });
    }

    @Test
    void schedulesWeeklyDatedDaysOffAndBreaks() {
        desk.schedules().setWeeklyShift(salon.olga, DayOfWeek.SUNDAY, LocalTime.of(11, 0), LocalTime.of(15, 0));
        assertThat(rows(AuditKind.SCHEDULE)).anySatisfy(row -> {
            assertThat(row.recordType()).isEqualTo("weekly_shift");
            assertThat(row.changes()).contains("15:00");
        });
        clock.advance(Duration.ofMinutes(1));
        desk.schedules().addDayOff(salon.pavel, DAY.plusDays(3), "Отпуск");
        assertThat(rows(AuditKind.SCHEDULE)).singleElement().satisfies(row -> {
            assertThat(row.recordType()).isEqualTo("day_off");
            assertThat(row.action()).isEqualTo(AuditAction.CREATED);
            assertThat(row.changes()).contains("Отпуск");
        });
        clock.advance(Duration.ofMinutes(1));
        long pause = desk.schedules().addBreak(salon.olga, DAY, LocalTime.of(14, 0), LocalTime.of(14, 30));
        assertThat(only(AuditKind.SCHEDULE, "employee_break", pause).changes()).contains("14:30");
    }

    @Test
    void catalogueAndSettingsAreTwoKinds() {
        long category = desk.serviceCatalog().createCategory(salon.branch, "Брови", null);
        assertThat(only(AuditKind.CATALOGUE, "service_category", category).changes()).contains("name: Брови");

        clock.advance(Duration.ofMinutes(1));
        desk.serviceCatalog().updateCategory(category, "Брови и ресницы", null);
        assertThat(only(AuditKind.CATALOGUE, "service_category", category).changes())
                .isEqualTo("name: Брови → Брови и ресницы");

        clock.advance(Duration.ofMinutes(1));
        BranchSettingsForm form = desk.branches().branchSettings(salon.branch);
        desk.branches().updateBranch(salon.branch, new BranchSettingsForm(form.name(), form.address(),
                form.timeZone(), form.slotIntervalMinutes(), 30, form.bookingDaysAhead(), form.defaultShiftStart(),
                form.defaultShiftEnd()));
        AuditRow settings = only(AuditKind.SETTINGS, "branch", salon.branch);
        assertThat(settings.changes()).isEqualTo("minLeadMinutes: " + form.minLeadMinutes() + " → 30");

        clock.advance(Duration.ofMinutes(1));
        desk.deskRules().save(new DeskRulesForm(5, true));
        assertThat(only(AuditKind.SETTINGS, "desk_rules", 1).changes())
                .isEqualTo("idleLockMinutes: 15 → 5\npinsAllowed: false → true");

        clock.advance(Duration.ofMinutes(1));
        desk.onlineBooking().save(new OnlineBookingForm(true, 8080, 15));
        assertThat(only(AuditKind.SETTINGS, "online_booking", 1).changes())
                .isEqualTo("enabled: false → true\nleaseMinutes: 10 → 15");
        clock.advance(Duration.ofMinutes(1));
        desk.onlineBooking().save(new OnlineBookingForm(true, 8080, 15));
        assertThat(rows(AuditKind.SETTINGS)).as("saved unchanged: nothing to record").isEmpty();
    }

    @Test
    void staffUsersNeverShowAPassword() {
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        assertThat(only(AuditKind.STAFF_USER, "staff_user", rita).changes()).contains("login: rita")
                .contains("role: RECEPTIONIST");

        clock.advance(Duration.ofMinutes(1));
        desk.staff().setPassword(rita, "rita-password-1".toCharArray());
        AuditRow password = only(AuditKind.STAFF_USER, "staff_user", rita);
        assertThat(password.changes()).isEqualTo("passwordHash: — → ***").doesNotContain("argon");

        clock.advance(Duration.ofMinutes(1));
        desk.staff().setPin(rita, "4821".toCharArray());
        assertThat(rows(AuditKind.STAFF_USER).get(0).changes()).isEqualTo("pinHash: — → ***");

        clock.advance(Duration.ofMinutes(1));
        desk.staff().setActive(rita, false);
        assertThat(only(AuditKind.STAFF_USER, "staff_user", rita).changes()).isEqualTo("active: true → false");
    }

    @Test
    void signInsAndFailuresNameTheLoginOnly() {
        desk.signIn("elena", PASSWORD.toCharArray());
        AuditRow signIn = only(AuditKind.SIGN_IN, "staff_user", elena);
        assertThat(signIn.action()).isEqualTo(AuditAction.SIGNED_IN);
        assertThat(signIn.staffUserId()).isEqualTo(elena);
        assertThat(signIn.changes()).isEqualTo("login: elena");

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> desk.signIn("Elena", "wrong-password".toCharArray()))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGN_IN_FAILED));
        assertThat(rows(AuditKind.SIGN_IN_FAILED)).singleElement().satisfies(row -> {
            assertThat(row.staffUserId()).isNull();
            assertThat(row.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(row.changes()).isEqualTo("login: elena").doesNotContain("wrong");
        });

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> desk.signIn("elena", "wrong-password".toCharArray()));
        }
        assertThatThrownBy(() -> desk.signIn("elena", PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCKED_OUT));
        assertThat(rows(AuditKind.SIGN_IN_FAILED)).as("four wrong passwords and one try while locked out")
                .hasSize(5).first().satisfies(row -> assertThat(row.changes()).isEqualTo("login: elena (locked out)"));
    }

    @Test
    void exportsSayWhoTookWhatOut() {
        long written = desk.clientImport().export(new StringWriter());
        assertThat(rows(AuditKind.EXPORT)).singleElement().satisfies(row -> {
            assertThat(row.staffUserId()).isEqualTo(elena);
            assertThat(row.recordType()).isEqualTo("client");
            assertThat(row.changes()).isEqualTo("clients: " + written);
        });
        clock.advance(Duration.ofMinutes(1));
        new RequestsCsv(desk.requestQueries()).export(RequestFilter.all(), RequestSort.byDateTime(),
                new StringWriter(), done -> { });
        assertThat(rows(AuditKind.EXPORT)).singleElement().satisfies(row ->
                assertThat(row.changes()).startsWith("requests: 0"));
        clock.advance(Duration.ofMinutes(1));
        StringWriter csv = new StringWriter();
        desk.audit().export(AuditFilter.all(), csv, done -> { });
        assertThat(csv.toString()).contains("Елена (elena)");
        assertThat(rows(AuditKind.EXPORT)).singleElement().satisfies(row ->
                assertThat(row.recordType()).isEqualTo("audit_entry"));
    }

    @Test
    void tasksTheDeskMakesByItselfAreSalonDesks() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        clock.advance(Duration.ofMinutes(1));
        assertThat(desk.autoTasks().makeDueTasks()).isEqualTo(1);
        assertThat(rows(AuditKind.TASK)).singleElement().satisfies(row -> {
            assertThat(row.staffUserId()).as("made by the desk's timer, not by Елена").isNull();
            assertThat(row.action()).isEqualTo(AuditAction.CREATED);
            assertThat(row.changes()).contains("CONFIRMATION_CALL");
        });
    }

    @Test
    void aRefusedChangeWritesNoAuditRow() {
        long before = desk.audit().count(AuditFilter.all());
        // Ольга already has a client at 10:00: the second booking is refused, and so is its audit row.
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.olga,
                salon.anna);
        long after = desk.audit().count(AuditFilter.all());
        assertThatThrownBy(() -> desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna)).isInstanceOf(SalonDeskException.class);
        assertThat(after).isGreaterThan(before);
        assertThat(desk.audit().count(AuditFilter.all())).isEqualTo(after);
    }

    @Test
    void aChangeThatFailsAfterItsWriteLeavesNoAuditRow() {
        long before = desk.audit().count(AuditFilter.all());
        assertThatThrownBy(() -> DeskInternals.database(desk).inTransaction(session -> {
            org.salondesk.client.ClientService.findOrCreate(session,
                    new org.salondesk.client.NewClient("Ирина", null, "+79031112233", null), clock.instant());
            // The client is in the database's transaction now (her audit row waits for the commit); then it fails.
            session.flush();
            Number inside = (Number) session.createNativeQuery(
                    "select count(*) from client where phone = '+79031112233'", Object.class).getSingleResult();
            assertThat(inside.longValue()).isEqualTo(1);
            throw new IllegalStateException("the change fails after its row was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(desk.audit().count(AuditFilter.all())).isEqualTo(before);
        assertThat(desk.clients().rowByPhone("+79031112233")).isEmpty();

        desk.clients().createClient("Ирина", null, "+79031112233");
        assertThat(desk.audit().count(AuditFilter.all())).as("written with the commit").isEqualTo(before + 1);
    }

    @Test
    void theFiltersFindByDayUserKindAndRecord() {
        BookingInfo booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY,
                LocalTime.of(10, 0), salon.olga, salon.anna);
        LocalDate today = TestToday.date();
        assertThat(desk.audit().page(new AuditFilter(today, today, elena, AuditKind.BOOKING,
                "booking " + booking.id()), 0, 10)).hasSize(2)
                .allSatisfy(row -> assertThat(row.recordId()).isEqualTo(booking.id()));
        assertThat(desk.audit().count(new AuditFilter(today.plusDays(1), null, null, null, null))).isZero();
        assertThat(desk.audit().count(new AuditFilter(null, null, AuditFilter.DESK, AuditKind.BOOKING, null)))
                .isZero();
        assertThat(desk.audit().count(new AuditFilter(null, null, null, null, "50%"))).isZero();
        assertThat(desk.audit().page(AuditFilter.all(), 0, 2)).hasSize(2);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() throws SQLException {
        desk.clients().create(new ClientForm("Ирина", null, "+79031112233", null, null, null));
        long rows = desk.audit().count(AuditFilter.all());
        List<String> refusals = new ArrayList<>();
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : List.of("update audit_entry set changes = 'nothing'", "delete from audit_entry")) {
                try {
                    statement.executeUpdate(sql);
                } catch (SQLException refused) {
                    refusals.add(refused.getMessage());
                }
            }
        }
        assertThat(refusals).hasSize(2).allSatisfy(message -> assertThat(message).contains("never changed"));
        assertThat(desk.audit().count(AuditFilter.all())).isEqualTo(rows);
        assertThat(desk.audit().page(AuditFilter.all(), 0, 100)).noneMatch(row -> "nothing".equals(row.changes()));
    }

    @Test
    void bigDecimalsShowPlainly() {
        long service = desk.serviceCatalog().createService(salon.branch, null, "Стрижка чёлки", null,
                new BigDecimal("500.00"), 15);
        assertThat(only(AuditKind.CATALOGUE, "salon_service", service).changes()).contains("price: 500.00");
    }
}
