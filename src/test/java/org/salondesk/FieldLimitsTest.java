package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingSource;
import org.salondesk.catalog.BranchPolicies;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.client.ClientForm;
import org.salondesk.client.NewClient;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskForm;
import org.salondesk.testing.DatabaseContents;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Every length and range of the schema is refused by the service with INVALID_ARGUMENT, a message that names the field
 * and its limit, and nothing written, instead of a database error the desk can only call "something went wrong".
 */
class FieldLimitsTest {

    private SalonDesk desk;
    private SmallSalon salon;
    private long booking;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
        salon = new SmallSalon(desk);
        booking = desk.booking().createBooking(new BookingRequest(salon.branch, List.of(salon.haircut),
                TestToday.date().plusDays(1), LocalTime.of(10, 0), salon.olga, salon.anna, null, BookingSource.DESK,
                null, null)).id();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static String text(int length) {
        return "а".repeat(length);
    }

    private static BranchSettingsForm settings(String name, String address, int interval, int lead, int daysAhead) {
        return new BranchSettingsForm(name, address, TestToday.zone(), interval, lead, daysAhead, LocalTime.of(9, 0),
                LocalTime.of(21, 0));
    }

    static Stream<Arguments> tooLongOrOutOfRange() {
        return Stream.of(
                refused("service title", "Title: at most 200", (d, s) -> d.serviceCatalog().createService(s.salon.branch,
                        null, text(201), null, BigDecimal.TEN, 60)),
                refused("service description", "Description: at most 2,000", (d, s) -> d.serviceCatalog().createService(
                        s.salon.branch, null, "Укладка", text(2001), BigDecimal.TEN, 60)),
                refused("service price", "Price: from 0 to 1,000,000", (d, s) -> d.serviceCatalog().createService(
                        s.salon.branch, null, "Укладка", null, new BigDecimal("99999999999"), 60)),
                refused("negative price", "Price: from 0 to 1,000,000", (d, s) -> d.serviceCatalog().createService(
                        s.salon.branch, null, "Укладка", null, new BigDecimal("-1"), 60)),
                refused("price in tenths of a kopeck", "Price: at most 2 digits", (d, s) -> d.serviceCatalog()
                        .createService(s.salon.branch, null, "Укладка", null, new BigDecimal("1500.505"), 60)),
                refused("service length", "Length, minutes: a whole number from 5 to 720, in steps of 5",
                        (d, s) -> d.serviceCatalog().createService(s.salon.branch, null, "Укладка", null, BigDecimal.TEN,
                                725)),
                refused("changed price", "Price: from 0 to 1,000,000", (d, s) -> d.serviceCatalog().updateService(
                        s.salon.haircut, null, "Стрижка", null, new BigDecimal("1000000.01"), 60)),
                refused("a master's own price", "Price: from 0 to 1,000,000", (d, s) -> d.provisions().setProvision(
                        s.salon.pavel, s.salon.haircut, true, new BigDecimal("99999999999"), null)),
                refused("a master's own length", "Length, minutes", (d, s) -> d.provisions().setProvision(
                        s.salon.pavel, s.salon.haircut, true, null, 0)),
                refused("category name", "Name: at most 200", (d, s) -> d.serviceCatalog().createCategory(
                        s.salon.branch, text(201), null)),
                refused("category description", "Description: at most 1,000", (d, s) -> d.serviceCatalog()
                        .createCategory(s.salon.branch, "Ногти", text(1001))),
                refused("job title name", "Name: at most 200", (d, s) -> d.masters().createJobTitle(
                        s.salon.branch, text(201), null)),
                refused("master name", "Name: at most 200", (d, s) -> d.masters().createMaster(s.salon.branch,
                        text(201), null, null)),
                refused("master information", "About her: at most 2,000", (d, s) -> d.masters().updateMaster(
                        s.salon.olga, "Ольга", text(2001), null)),
                refused("branch name", "Name: at most 200", (d, s) -> d.branches().updateBranch(s.salon.branch,
                        settings(text(201), null, 30, 0, 180))),
                refused("branch address", "Address: at most 500", (d, s) -> d.branches().updateBranch(
                        s.salon.branch, settings("Лаванда", text(501), 30, 0, 180))),
                refused("slot interval", "Slot interval, minutes: a whole number from 5 to 720, in steps of 5",
                        (d, s) -> d.branches().updateBranch(s.salon.branch, settings("Лаванда", null, 7, 0, 180))),
                refused("lead time", "Minimum lead time, minutes: a whole number from 0 to 10,080",
                        (d, s) -> d.branches().updateBranch(s.salon.branch, settings("Лаванда", null, 30, 10_081,
                                180))),
                refused("days ahead", "Days ahead: a whole number from 1 to 1,000", (d, s) -> d.branches()
                        .updateBranch(s.salon.branch, settings("Лаванда", null, 30, 0, 1001))),
                refused("suggest blocking", "Suggest blocking after, no-shows: a whole number from 1 to 20",
                        (d, s) -> d.branches().savePolicies(s.salon.branch,
                                new BranchPolicies(true, true, null, 21))),
                refused("follow-up", "Invite back after, days: a whole number from 7 to 730",
                        (d, s) -> d.branches().savePolicies(s.salon.branch,
                                new BranchPolicies(true, true, 731, null))),
                refused("client name", "Name: at most 100", (d, s) -> d.clients().create(new ClientForm(text(101),
                        null, "+7 916 555-00-11", null, null, null))),
                refused("client surname", "Surname: at most 100", (d, s) -> d.clients().update(s.salon.anna,
                        new ClientForm("Анна", text(101), "+7 916 111-22-33", null, null, null))),
                refused("client email", "Email: at most 200", (d, s) -> d.clients().create(new ClientForm("Анна",
                        null, "+7 916 555-00-11", "a".repeat(195) + "@mail.ru", null, null))),
                refused("client note", "Note: at most 2,000", (d, s) -> d.clients().setNote(s.salon.anna,
                        text(2001))),
                refused("client tags", "Tags: at most 500", (d, s) -> d.clients().create(new ClientForm("Анна",
                        null, "+7 916 555-00-11", null, null, text(501)))),
                refused("reason for blocking", "Reason for blocking: at most 500", (d, s) -> d.clients()
                        .setBlocked(s.salon.anna, true, text(501))),
                refused("new client's name at the desk", "Name: at most 100", (d, s) -> d.clients().createClient(
                        text(101), null, "+7 916 555-00-11")),
                refused("new client's name with her booking", "Name: at most 100", (d, s) -> d.booking()
                        .createBooking(new BookingRequest(s.salon.branch, List.of(s.salon.haircut),
                                TestToday.date().plusDays(1), LocalTime.of(12, 0), s.salon.olga, 0, null,
                                BookingSource.DESK, null, null), NewClient.of(text(101), null, "+7 916 555-00-11"))),
                refused("booking note", "Note: at most 2,000", (d, s) -> d.booking().createBooking(
                        new BookingRequest(s.salon.branch, List.of(s.salon.haircut), TestToday.date().plusDays(1),
                                LocalTime.of(12, 0), s.salon.olga, s.salon.anna, null, BookingSource.DESK,
                                text(10_000), null))),
                refused("request key", "Request key: at most 100", (d, s) -> d.booking().createBooking(
                        new BookingRequest(s.salon.branch, List.of(s.salon.haircut), TestToday.date().plusDays(1),
                                LocalTime.of(12, 0), s.salon.olga, s.salon.anna, text(101), BookingSource.DESK,
                                null, null))),
                refused("changed booking note", "Note: at most 2,000", (d, s) -> d.booking().updateNote(s.booking,
                        text(2001))),
                refused("custom field name", "Field: at most 100", (d, s) -> d.booking().setCustomField(s.booking,
                        text(101), "да")),
                refused("custom field value", "Value: at most 1,000", (d, s) -> d.booking().setCustomField(
                        s.booking, "Аллергия", text(1001))),
                refused("reason for cancelling", "Reason for cancelling: at most 500", (d, s) -> d.booking()
                        .cancelBooking(s.salon.branch, s.booking, text(501))),
                refused("reason with a status", "Reason for cancelling: at most 500", (d, s) -> d.booking()
                        .changeStatus(s.booking, BookingStatus.CANCELLED, text(501))),
                refused("reason for a day off", "Reason: at most 200", (d, s) -> d.schedules().addDayOff(
                        s.salon.olga, TestToday.date().plusDays(3), text(201))),
                refused("task title", "Task: at most 300", (d, s) -> d.tasks().create(new TaskForm(null, text(301),
                        null, TestToday.date(), null, null, null))),
                refused("task details", "Details: at most 2,000", (d, s) -> d.tasks().create(new TaskForm(null,
                        "Позвонить", text(2001), TestToday.date(), null, null, null))),
                refused("staff name", "Name: at most 200", (d, s) -> d.staff().create(new StaffForm("elena",
                        text(201), StaffRole.ADMIN, null))),
                refused("staff login", "Login: at most 100", (d, s) -> d.staff().create(new StaffForm(
                        "e".repeat(101), "Елена", StaffRole.ADMIN, null))));
    }

    private static Arguments refused(String what, String message, Write write) {
        return Arguments.of(what, message, write);
    }

    @FunctionalInterface
    interface Write {
        void run(SalonDesk desk, FieldLimitsTest test) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLongOrOutOfRange")
    void isRefusedByNameAndLimitAndNothingIsWritten(String what, String message, Write write) {
        String before = everything();

        Throwable refusal = catchThrowable(() -> write.run(desk, this));

        assertThat(refusal).as(what).isInstanceOf(SalonDeskException.class);
        SalonDeskException coded = (SalonDeskException) refusal;
        assertThat(coded.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(coded.message(Locale.US)).startsWith(message);
        assertThat(everything()).as("nothing written").isEqualTo(before);
    }

    /** The whole database: equal before and after means not one row (nor id) was touched. */
    private String everything() {
        return DeskInternals.database(desk).withConnection(DatabaseContents::of);
    }
}
