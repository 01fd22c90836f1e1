package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.client.NewClient;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * Every refusal of the booking functions: its code, a message a receptionist can read (in English and Russian), and
 * not a single row written or changed. All cases share one salon, which is fine exactly because they write nothing.
 */
class BookingErrorsTest {

    /** Monday, 12:00 on the clock. */
    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DATE = TODAY.plusDays(1);
    private static final LocalTime NOON = LocalTime.NOON;
    private static final String BLOCKED_PHONE = "+7 916 700-00-99";

    private static SalonDesk desk;
    private static TestSalon salon;
    private static Salon s;

    /** The salon every case refers to. */
    record Salon(long branch, long north, long closed, long haircut, long beard, long blockedService, long manicure,
                 long closedService, long pavel, long anna, long oleg, long irina, long client, long blockedClient,
                 long sixteen, long expiredHold, long liveHold) {
    }

    @BeforeAll
    static void openSalon() {
        desk = TestDatabases.freshDesk(MutableClock.at(TODAY.atTime(NOON)));
        salon = new TestSalon(desk);
        long branch = salon.branch("Центр");
        long north = salon.branch("Север");
        long closed = salon.branch("Закрытый");
        long haircut = salon.service(branch, "Мужская стрижка", 60, "1500");
        long beard = salon.service(branch, "Моделирование бороды", 45, "1000");
        long blockedService = salon.service(branch, "Окрашивание", 90, "3000");
        long shortCut = salon.service(branch, "Стрижка", 30, "800");
        long manicure = salon.service(north, "Маникюр", 60, "1200");
        salon.service(north, "стрижка ", 30, "700");
        long closedService = salon.service(closed, "Укладка", 30, "500");
        long pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(19, 0), haircut, beard,
                blockedService, shortCut);
        long anna = salon.master(branch, "Анна", LocalTime.of(9, 0), LocalTime.of(19, 0), haircut);
        long oleg = salon.master(branch, "Олег", LocalTime.of(9, 0), LocalTime.of(19, 0), haircut, beard);
        long irina = salon.master(north, "Ирина", LocalTime.of(9, 0), LocalTime.of(19, 0), manicure);
        salon.master(closed, "Вера", LocalTime.of(9, 0), LocalTime.of(19, 0), closedService);
        desk.masters().setMasterActive(oleg, false);
        desk.serviceCatalog().setServiceActive(blockedService, false);
        salon.setBranchActive(closed, false);
        long client = salon.client("Анна");
        long blockedClient = desk.clients().createClient("Борис", null, BLOCKED_PHONE);
        desk.clients().setBlocked(blockedClient, true, "три неявки подряд");
        long sixteen = desk.booking().createBooking(branch, List.of(haircut, beard), DATE, LocalTime.of(16, 0), pavel,
                client).id();
        desk.booking().createBooking(branch, List.of(haircut), DATE, LocalTime.of(16, 0), anna, client);
        var now = desk.availability().instant();
        long expiredHold = salon.insertHold(branch, pavel, List.of(haircut), DATE, LocalTime.of(10, 0), 60, now,
                Duration.ofMinutes(-1));
        long liveHold = salon.insertHold(branch, pavel, List.of(haircut), DATE, NOON, 60, now, Duration.ofMinutes(10));
        s = new Salon(branch, north, closed, haircut, beard, blockedService, manicure, closedService, pavel, anna,
                oleg, irina, client, blockedClient, sixteen, expiredHold, liveHold);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    /** A call that should be refused. */
    @FunctionalInterface
    interface Call {
        void run(BookingService booking);
    }

    private static Arguments refusal(String trigger, ErrorCode code, Call call) {
        return Arguments.of(trigger, code, call);
    }

    private static BookingRequest request(List<Long> services, LocalDate date, LocalTime time, Long master) {
        return BookingRequest.online(s.branch(), services, date, time, master, s.client());
    }

    static Stream<Arguments> refusals() {
        List<Long> haircut = List.of(s.haircut());
        List<Long> pair = List.of(s.haircut(), s.beard());
        LocalTime ten = LocalTime.of(10, 0);
        return Stream.of(
                // the services asked for
                refusal("create: empty service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), List.of(), DATE, ten, null, s.client())),
                refusal("create: no service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), null, DATE, ten, null, s.client())),
                refusal("create: a null in the service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), Arrays.asList(s.haircut(), null), DATE, ten, null,
                                s.client())),
                refusal("create: unknown service", ErrorCode.NOT_FOUND,
                        b -> b.createBooking(s.branch(), List.of(s.haircut(), 987_654L), DATE, ten, null, s.client())),
                refusal("create: service of another branch", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), List.of(s.manicure()), DATE, ten, null, s.client())),
                refusal("create: the same service twice", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), List.of(s.haircut(), s.haircut()), DATE, ten, null,
                                s.client())),
                refusal("create: blocked service", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), List.of(s.blockedService()), DATE, ten, s.pavel(),
                                s.client())),
                // date and time
                refusal("create: time off the 5-minute grid", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(10, 7), null, s.client())),
                refusal("create: time with seconds", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(10, 0, 30), null, s.client())),
                refusal("create: no time", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, DATE, null, null, s.client())),
                refusal("create: no date", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, null, ten, null, s.client())),
                refusal("create: date in the past", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, TODAY.minusDays(1), ten, s.pavel(), s.client())),
                refusal("create: earlier today", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, TODAY, ten, s.pavel(), s.client())),
                // who and where
                refusal("create: unknown branch", ErrorCode.NOT_FOUND,
                        b -> b.createBooking(987_654L, haircut, DATE, ten, null, s.client())),
                refusal("create: closed branch", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.closed(), List.of(s.closedService()), DATE, ten, null, s.client())),
                refusal("create: unknown client", ErrorCode.NOT_FOUND,
                        b -> b.createBooking(s.branch(), haircut, DATE, ten, null, 987_654L)),
                refusal("create: blocked client", ErrorCode.CLIENT_BLOCKED,
                        b -> b.createBooking(s.branch(), haircut, DATE, ten, null, s.blockedClient())),
                refusal("create: unknown master", ErrorCode.NOT_FOUND,
                        b -> b.createBooking(s.branch(), haircut, DATE, ten, 987_654L, s.client())),
                refusal("create: master of another branch", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(s.branch(), haircut, DATE, ten, s.irina(), s.client())),
                refusal("create: master who does not provide every service", ErrorCode.MASTER_NOT_ELIGIBLE,
                        b -> b.createBooking(s.branch(), pair, DATE, ten, s.anna(), s.client())),
                refusal("create: blocked master", ErrorCode.MASTER_NOT_ELIGIBLE,
                        b -> b.createBooking(s.branch(), pair, DATE, ten, s.oleg(), s.client())),
                // the time itself
                refusal("create: taken slot", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(17, 0), s.pavel(), s.client())),
                refusal("create: slot overlapping a booking's start", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), pair, DATE, LocalTime.of(14, 30), s.pavel(), s.client())),
                refusal("create: nobody free without a master", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(16, 30), null, s.client())),
                refusal("create: ends after the shift", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(18, 5), s.anna(), s.client())),
                refusal("create: before the shift", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, DATE, LocalTime.of(8, 30), s.anna(), s.client())),
                refusal("create: a slot someone holds", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(s.branch(), haircut, DATE, NOON, s.pavel(), s.client())),
                // holds and keys
                refusal("create: expired hold", ErrorCode.HOLD_EXPIRED,
                        b -> b.createBooking(request(haircut, DATE, ten, s.pavel()).withHold(s.expiredHold()))),
                refusal("create: unknown hold", ErrorCode.HOLD_EXPIRED,
                        b -> b.createBooking(request(haircut, DATE, ten, s.pavel()).withHold(987_654L))),
                refusal("create: hold for another time", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(request(haircut, DATE, ten, s.pavel()).withHold(s.liveHold()))),
                refusal("create: hold for other services", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(request(pair, DATE, NOON, s.pavel()).withHold(s.liveHold()))),
                // a client typed in at the desk: neither she nor the booking is written when the booking is refused
                refusal("create for a new client: taken slot", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(request(haircut, DATE, LocalTime.of(17, 0), s.pavel()),
                                NewClient.of("Вера", null, "+7 916 700-00-01"))),
                refusal("create for a new client: nobody free", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.createBooking(request(haircut, DATE, LocalTime.of(16, 30), null),
                                NewClient.of("Вера", null, "+7 916 700-00-01"))),
                refusal("create for a typed-in client who is blocked", ErrorCode.CLIENT_BLOCKED,
                        b -> b.createBooking(request(haircut, DATE, ten, s.pavel()),
                                NewClient.of("Борис", null, BLOCKED_PHONE))),
                refusal("create: idempotency key too long", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBooking(request(haircut, DATE, ten, null).withIdempotencyKey("k".repeat(101)))),
                // by name
                refusal("by name: title in two branches", ErrorCode.AMBIGUOUS_NAME,
                        b -> b.createBookingByName("Стрижка", DATE, ten, null, s.client())),
                refusal("by name: no such title", ErrorCode.NOT_FOUND,
                        b -> b.createBookingByName("Татуаж", DATE, ten, s.branch(), s.client())),
                refusal("by name: blank title", ErrorCode.INVALID_ARGUMENT,
                        b -> b.createBookingByName("  ", DATE, ten, s.branch(), s.client())),
                refusal("by name: unknown branch", ErrorCode.NOT_FOUND,
                        b -> b.createBookingByName("Стрижка", DATE, ten, 987_654L, s.client())),
                refusal("by name: blocked client", ErrorCode.CLIENT_BLOCKED,
                        b -> b.createBookingByName("Стрижка", DATE, ten, s.branch(), s.blockedClient())),
                // slots and dates
                refusal("slots: zero interval", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), haircut, DATE, null, 0)),
                refusal("slots: negative interval", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), haircut, DATE, null, -30)),
                refusal("slots: interval not a multiple of 5", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), haircut, DATE, null, 7)),
                refusal("slots: date in the past", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), haircut, TODAY.minusDays(1), null, null)),
                refusal("slots: empty service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), List.of(), DATE, null, null)),
                refusal("slots: a null in the service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getSlotsForBooking(s.branch(), Arrays.asList(null, s.haircut()), DATE, null, null)),
                refusal("slots: unknown service", ErrorCode.NOT_FOUND,
                        b -> b.getSlotsForBooking(s.branch(), List.of(987_654L), DATE, null, null)),
                refusal("slots: unknown branch", ErrorCode.NOT_FOUND,
                        b -> b.getSlotsForBooking(987_654L, haircut, DATE, null, null)),
                refusal("slots: unknown master", ErrorCode.NOT_FOUND,
                        b -> b.getSlotsForBooking(s.branch(), haircut, DATE, 987_654L, null)),
                refusal("slots: ineligible master", ErrorCode.MASTER_NOT_ELIGIBLE,
                        b -> b.getSlotsForBooking(s.branch(), pair, DATE, s.anna(), null)),
                refusal("dates: zero days", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getDatesForBooking(s.branch(), haircut, null, 0, null)),
                refusal("dates: zero dates wanted", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getDatesForBooking(s.branch(), haircut, null, null, 0)),
                refusal("dates: service of another branch", ErrorCode.INVALID_ARGUMENT,
                        b -> b.getDatesForBooking(s.branch(), List.of(s.manicure()), null, null, null)),
                refusal("employees: unknown service", ErrorCode.NOT_FOUND,
                        b -> b.getEmployeesForBooking(s.branch(), List.of(987_654L), null, null)),
                // existing bookings
                refusal("modify: unknown booking", ErrorCode.NOT_FOUND,
                        b -> b.modifyBookingTime(987_654L, DATE, ten)),
                refusal("modify: time off the grid", ErrorCode.INVALID_ARGUMENT,
                        b -> b.modifyBookingTime(s.sixteen(), DATE, LocalTime.of(10, 3))),
                refusal("modify: date in the past", ErrorCode.INVALID_ARGUMENT,
                        b -> b.modifyBookingTime(s.sixteen(), TODAY.minusDays(1), ten)),
                refusal("modify: onto a held slot", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.modifyBookingTime(s.sixteen(), DATE, LocalTime.of(11, 0))),
                refusal("modify: past the shift end", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.modifyBookingTime(s.sixteen(), DATE, LocalTime.of(17, 30))),
                refusal("cancel: unknown booking", ErrorCode.NOT_FOUND,
                        b -> b.cancelBooking(s.branch(), 987_654L)),
                refusal("cancel: booking of another branch", ErrorCode.NOT_FOUND,
                        b -> b.cancelBooking(s.north(), s.sixteen())),
                refusal("info: unknown booking", ErrorCode.NOT_FOUND,
                        b -> b.getActiveBookingInfo(987_654L)),
                refusal("bookings: unknown client", ErrorCode.NOT_FOUND,
                        b -> b.getBookingsInfo(987_654L)),
                // holds
                refusal("hold: taken slot", ErrorCode.SLOT_UNAVAILABLE,
                        b -> b.holdSlot(s.branch(), haircut, DATE, LocalTime.of(16, 30), s.pavel(),
                                Duration.ofMinutes(5))),
                refusal("hold: zero time", ErrorCode.INVALID_ARGUMENT,
                        b -> b.holdSlot(s.branch(), haircut, DATE, ten, s.pavel(), Duration.ZERO)),
                refusal("hold: longer than an hour", ErrorCode.INVALID_ARGUMENT,
                        b -> b.holdSlot(s.branch(), haircut, DATE, ten, s.pavel(), Duration.ofMinutes(61))),
                refusal("hold: empty service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.holdSlot(s.branch(), List.of(), DATE, ten, s.pavel(), Duration.ofMinutes(5))),
                refusal("hold: a null in the service list", ErrorCode.INVALID_ARGUMENT,
                        b -> b.holdSlot(s.branch(), Arrays.asList(s.haircut(), null), DATE, ten, null,
                                Duration.ofMinutes(5))),
                refusal("hold: ineligible master", ErrorCode.MASTER_NOT_ELIGIBLE,
                        b -> b.holdSlot(s.branch(), pair, DATE, ten, s.anna(), Duration.ofMinutes(5))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusals")
    void isRefusedWithItsCodeAHumanMessageAndNothingWritten(String trigger, ErrorCode code, Call call) {
        TestSalon.Rows rowsBefore = salon.rows();
        List<String> before = salon.snapshot();

        SalonDeskException refusal = catchThrowableOfType(SalonDeskException.class,
                () -> call.run(desk.booking()));

        assertThat(refusal).as("refusal of: %s", trigger).isNotNull();
        assertThat(refusal.code()).as(refusal.toString()).isEqualTo(code);
        assertThat(salon.rows()).isEqualTo(rowsBefore);
        assertThat(salon.snapshot()).isEqualTo(before);
        assertHumanText(refusal, refusal.getMessage());
        assertHumanText(refusal, refusal.message(Locale.ENGLISH));
        String russian = refusal.message(Locale.forLanguageTag("ru-RU"));
        assertHumanText(refusal, russian);
        assertThat(russian).as("Russian text of %s", refusal.messageKey()).containsPattern("[а-яА-ЯёЁ]");
    }

    private static void assertHumanText(SalonDeskException refusal, String message) {
        assertThat(message).as("message of %s", refusal.messageKey())
                .isNotBlank()
                .doesNotContain(refusal.messageKey())
                .doesNotContain("Exception")
                .doesNotContain("null")
                .doesNotContainPattern("\\{\\d")
                .doesNotContainPattern("\\b(error|field|status)\\.[a-zA-Z]");
    }
}
