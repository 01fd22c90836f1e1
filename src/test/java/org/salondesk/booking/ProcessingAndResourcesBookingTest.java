package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingRulesAudit;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * Processing time and resources through the desk's calls and in the database (decision 0033): a colour frees its
 * master while it processes and takes the basin for its rinse; a massage takes the one massage room. What a booking
 * takes moves with it, a cancellation gives it back, a hold keeps it while held, and the database's overlap guard
 * lets a master work in another client's processing but never twice at once.
 */
class ProcessingAndResourcesBookingTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);
    private static final AtomicLong NUMBERS = new AtomicLong(950_000);

    private MutableClock clock;
    private SalonDesk desk;
    private TestSalon rows;
    private SmallSalon salon;
    private long colour;
    private long massage;
    private long fringe;
    private long basin;
    private long room;

    @BeforeEach
    void open() {
        clock = TestToday.at(8, 0);
        desk = TestDatabases.freshDesk(clock);
        rows = new TestSalon(desk);
        salon = new SmallSalon(desk);
        basin = desk.resources().createResource(salon.branch, "Мойка", 1);
        room = desk.resources().createResource(salon.branch, "Массажный кабинет", 1);
        colour = rows.service(salon.branch, "Окрашивание", 75, "4000");
        desk.resources().setPhases(colour, 30, 30, List.of(new ServiceNeed(colour, basin, ServiceNeed.Phase.AFTER)));
        massage = rows.service(salon.branch, "Массаж", 60, "3000");
        desk.resources().setPhases(massage, 0, 0, List.of(new ServiceNeed(massage, room, ServiceNeed.Phase.WHOLE)));
        fringe = rows.service(salon.branch, "Чёлка", 30, "500");
        desk.provisions().assignServices(salon.olga, List.of(salon.haircut, colour, massage, fringe));
        desk.provisions().assignServices(salon.pavel, List.of(salon.haircut, colour, massage));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingInfo book(long master, long service, String start) {
        return desk.booking().createBooking(salon.branch, List.of(service), DAY, LocalTime.parse(start), master,
                salon.anna);
    }

    private static SalonDeskException refusal(Runnable call) {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, call::run);
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        return refused;
    }

    @Test
    void whileAColourProcessesItsMasterTrimsAnotherClientsFringeAndTheBasinWaitsForTheRinse() {
        BookingInfo colouring = book(salon.olga, colour, "10:00");

        // 10:00-10:30 apply, 10:30-11:00 processing, 11:00-11:15 rinse at the basin.
        List<LocalTime> olgasHaircuts = desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), DAY,
                salon.olga, 30);
        assertThat(olgasHaircuts).doesNotContain(LocalTime.of(10, 0), LocalTime.of(10, 30))
                .contains(LocalTime.of(9, 0), LocalTime.of(11, 30));
        // The hour's haircut would run into the rinse; a 30-minute fringe trim fits the window exactly.
        assertThat(refusal(() -> book(salon.olga, salon.haircut, "10:30")).messageKey())
                .isEqualTo("error.slot.taken");
        assertThat(book(salon.olga, fringe, "10:30").masterId()).isEqualTo(salon.olga);
        assertThat(colouring.duration()).isEqualTo(75);

        // Pavel may colour at 10:00 too, but not so that his rinse meets Olga's at the one basin.
        assertThat(refusal(() -> book(salon.pavel, colour, "10:00")).messageKey())
                .isEqualTo("error.slot.resourceTaken");
        assertThat(book(salon.pavel, colour, "10:15").masterId()).isEqualTo(salon.pavel);
        assertThat(DeskInternals.database(desk).withConnection(new BookingRulesAudit()::check)).isEmpty();
    }

    @Test
    void aMassageRoomFollowsItsBookingOnAMoveAndIsGivenBackByACancellationButNotTakenBackOnceTaken() {
        BookingInfo olgas = book(salon.olga, massage, "10:00");
        refusal(() -> book(salon.pavel, massage, "10:30"));

        desk.booking().modifyBookingTime(olgas.id(), DAY, LocalTime.of(12, 0));
        BookingInfo pavels = book(salon.pavel, massage, "10:30");
        refusal(() -> book(salon.pavel, massage, "11:30"));

        desk.booking().cancelBooking(salon.branch, olgas.id(), "client called");
        assertThat(book(salon.pavel, massage, "12:00").masterId()).isEqualTo(salon.pavel);
        // The room is taken again at 12:00, so Olga's massage cannot come back.
        assertThat(refusal(() -> desk.booking().reinstateBooking(olgas.id(), BookingStatus.CONFIRMED)).messageKey())
                .isEqualTo("error.slot.resourceTaken");
        assertThat(rows.status(olgas.id())).isEqualTo(BookingStatus.CANCELLED);
        assertThat(pavels.masterId()).isEqualTo(salon.pavel);
    }

    @Test
    void aHeldMassageKeepsTheRoomUntilTheHoldIsReleased() {
        long hold = desk.booking().holdSlot(salon.branch, List.of(massage), DAY, LocalTime.of(10, 0), salon.olga,
                Duration.ofMinutes(10));
        refusal(() -> book(salon.pavel, massage, "10:30"));
        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(massage), DAY, salon.pavel, 30))
                .doesNotContain(LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30));

        desk.booking().releaseHold(hold);
        assertThat(book(salon.pavel, massage, "10:30").masterId()).isEqualTo(salon.pavel);
        assertThat(rows.count("select count(*) from resource_use where hold_id is not null")).isZero();
    }

    @Test
    void aChangeOfTheServiceThatLeavesNoWorkAfterItsProcessingIsRefusedAndWritesNothing() {
        List<String> before = rows.snapshot();

        assertThatThrownBy(() -> desk.resources().setPhases(colour, 30, 45, List.of()))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.service.processingTooLong"));
        assertThatThrownBy(() -> desk.serviceCatalog().updateService(colour, null, "Окрашивание", null,
                new BigDecimal("4000"), 60)).isInstanceOfSatisfying(SalonDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.service.processingTooLong"));
        assertThatThrownBy(() -> desk.resources().setPhases(colour, 30, 30, List.of(
                new ServiceNeed(colour, basin, ServiceNeed.Phase.AFTER),
                new ServiceNeed(colour, basin, ServiceNeed.Phase.WHOLE))))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.resource.twice"));
        assertThat(rows.snapshot()).isEqualTo(before);
        assertThat(desk.resources().phases(colour).busyBeforeMinutes()).isEqualTo(30);
    }

    @Test
    void theDatabaseLetsAMasterWorkInAProcessingWindowButNeverTwiceAtOnce() throws SQLException {
        BookingInfo colouring = book(salon.olga, colour, "10:00");
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection()) {
            insert(connection, "10:30", 30);
            assertThat((Throwable) catchThrowableOfType(SQLException.class, () -> insert(connection, "10:25", 30)))
                    .as("into her work before the processing").isNotNull();
            assertThat((Throwable) catchThrowableOfType(SQLException.class, () -> insert(connection, "11:00", 5)))
                    .as("into the rinse").isNotNull();
            // Closing the window by hand would put her in two places at once: refused too.
            assertThat((Throwable) catchThrowableOfType(SQLException.class, () -> {
                try (PreparedStatement update = connection.prepareStatement("update booking set"
                        + " processing_from_minutes = 0, processing_minutes = 0 where id = ?")) {
                    update.setLong(1, colouring.id());
                    update.executeUpdate();
                }
            })).isNotNull();
        }
    }

    /** Olga's booking of {@code minutes} on DAY, written with plain SQL past every check of the desk. */
    private void insert(Connection connection, String start, int minutes) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (PreparedStatement insert = connection.prepareStatement("insert into booking (booking_number, branch_id,"
                + " employee_id, client_id, booking_date, start_time, duration_minutes, total_cost, status, source,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1800, 'CONFIRMED', 'DESK', ?, ?)")) {
            insert.setLong(1, NUMBERS.incrementAndGet());
            insert.setLong(2, salon.branch);
            insert.setLong(3, salon.olga);
            insert.setLong(4, salon.anna);
            insert.setObject(5, DAY);
            insert.setObject(6, LocalTime.parse(start));
            insert.setInt(7, minutes);
            insert.setObject(8, now);
            insert.setObject(9, now);
            insert.executeUpdate();
        }
    }
}
