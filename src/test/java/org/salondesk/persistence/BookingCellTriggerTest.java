package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The H2 overlap guard lives in the desk's jar (decision 0011). A second process on the desk's shared file reaches
 * the file through the first desk (AUTO_SERVER), which runs the trigger, so it is refused too even without the jar;
 * and a tool that opens the file alone, without the jar, can read it but not write a booking.
 */
class BookingCellTriggerTest {

    private static final LocalDate DAY = TestToday.date().plusDays(1);

    @TempDir
    Path folder;

    @Test
    void aSecondProcessWithoutTheDesksJarIsRefusedThroughTheFirstDesk() throws Exception {
        JdbcUrl url = JdbcUrl.embeddedIn(folder);
        try (SalonDesk desk = SalonDesk.open(url, TestToday.at(8, 0), true)) {
            SmallSalon salon = new SmallSalon(desk);
            desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, LocalTime.of(10, 0), salon.olga,
                    salon.anna);

            String output = h2Shell(url, insert(salon, "10:30") + "; " + insert(salon, "11:00"));

            assertThat(output).contains("BOOKING_CELL").containsOnlyOnce("Update count: 1");
            long bookings = DeskInternals.database(desk).withConnection(connection -> {
                try (Statement sql = connection.createStatement();
                     ResultSet rows = sql.executeQuery("select count(*) from booking")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(bookings).isEqualTo(2);
        }
    }

    @Test
    void aToolWithoutTheDesksJarReadsTheFileButWritesNoBooking() throws Exception {
        JdbcUrl url = JdbcUrl.embeddedIn(folder);
        SmallSalon salon;
        try (SalonDesk desk = SalonDesk.open(url, TestToday.at(8, 0), true)) {
            salon = new SmallSalon(desk);
        }

        String output = h2Shell(url, "select count(*) as masters from employee; " + insert(salon, "15:00"));

        // The first of the desk's booking triggers H2 tries to load refuses the write (V14's sort names come first).
        assertThat(output).contains("MASTERS")
                .containsPattern("Class \"+org\\.salondesk\\.persistence\\.Booking\\w*Trigger\"+ not found")
                .doesNotContain("Update count: 1");
    }

    @Test
    void everyBlockingBookingHoldsItsCellsAndNoCellOutlivesItsTime() throws Exception {
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(TestDatabases.memoryUrl()), TestToday.at(8, 0), true)) {
            SmallSalon salon = new SmallSalon(desk);
            DeskInternals.database(desk).withConnection(connection -> {
                try (Statement sql = connection.createStatement()) {
                    sql.execute(insert(salon, "10:00"));
                    // Off the 5-minute grid (older data): it holds the whole cells it touches, 11:05 to 11:15.
                    sql.execute(insert(salon, "11:07").replace(", 60, 1800,", ", 5, 1800,"));
                    sql.execute(insert(salon, "23:30"));
                    assertThat(cells(sql)).containsExactly(
                            DAY + " 120-131", DAY + " 133-134", DAY + " 282-287", DAY.plusDays(1) + " 0-5");

                    sql.execute("update booking set status = 'COMPLETED', note = 'ok' where start_time = time '10:00:00'");
                    sql.execute("update booking set start_time = time '09:00:00' where start_time = time '10:00:00'");
                    sql.execute("update booking set status = 'CANCELLED' where start_time = time '23:30:00'");
                    sql.execute("update booking set status = 'NO_SHOW' where start_time = time '11:07:00'");
                    assertThat(cells(sql)).containsExactly(DAY + " 108-119");

                    sql.execute("update booking set status = 'NEW' where start_time = time '23:30:00'");
                    sql.execute("delete from booking where start_time = time '09:00:00'");
                    assertThat(cells(sql)).containsExactly(DAY + " 282-287", DAY.plusDays(1) + " 0-5");
                }
                return null;
            });
        }
    }

    /** Each day's cells as "date first-last", a run of consecutive cells of one booking at a time. */
    private static List<String> cells(Statement sql) throws SQLException {
        List<String> runs = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select booking_date, min(cell_no), max(cell_no), count(*)"
                + " from booking_cell group by booking_id, booking_date order by booking_date, min(cell_no)")) {
            while (rows.next()) {
                assertThat(rows.getInt(4)).isEqualTo(rows.getInt(3) - rows.getInt(2) + 1);
                runs.add(rows.getObject(1, LocalDate.class) + " " + rows.getInt(2) + "-" + rows.getInt(3));
            }
        }
        return runs;
    }

    private static String insert(SmallSalon salon, String start) {
        return "insert into booking (booking_number, branch_id, employee_id, client_id, booking_date, start_time,"
                + " duration_minutes, total_cost, status, source, created_at, updated_at) values ("
                + (start.hashCode() & 0xffff) + ", " + salon.branch + ", " + salon.olga + ", " + salon.anna + ", date '"
                + DAY + "', time '" + start + ":00', 60, 1800, 'CONFIRMED', 'DESK', current_timestamp,"
                + " current_timestamp)";
    }

    /** H2's own shell in a JVM of its own, with nothing but H2 on the class path; its output. */
    private static String h2Shell(JdbcUrl url, String sql) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String h2 = Path.of(Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        Process shell = new ProcessBuilder(java, "-cp", h2, "org.h2.tools.Shell", "-url", url.value(), "-user", "sa",
                "-password", url.password().orElse(""), "-sql", sql).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return output;
    }
}
