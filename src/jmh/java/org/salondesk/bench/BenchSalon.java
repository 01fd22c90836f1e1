package org.salondesk.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.salondesk.BenchInternals;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's salon: one branch, 40 masters working 09:00–21:00 every day, 120 services (each master does 30, the
 * measured one all of them), and 12 bookings per master per day from 365 days back to 60 days ahead (204 480 bookings
 * with their service lines). Past days are full; future days keep the half hours free, so that there are slots to
 * find. It lives in an H2 file under target/bench-data, or in the database {@code -Dbench.db=<jdbc-url>} names (an
 * empty PostgreSQL database, say). Built once, reused by later runs.
 */
final class BenchSalon {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(8, 0).atZone(ZONE).toInstant(), ZONE);
    static final int MASTERS = 40;
    static final int SERVICES = 120;
    static final int DAYS_BACK = 365;
    static final int DAYS_AHEAD = 60;
    static final int PER_DAY = 12;
    /** createBooking is measured on empty days after the booked ones, so it never runs out of free time. */
    static final LocalDate FIRST_EMPTY_DAY = TODAY.plusDays(DAYS_AHEAD + 1);

    /** System property: the JDBC URL of the database to measure on; blank for the H2 file under target/bench-data. */
    static final long BOOKINGS = (long) MASTERS * PER_DAY * (DAYS_BACK + DAYS_AHEAD + 1);

    private static final Logger LOG = LoggerFactory.getLogger(BenchSalon.class);
    private static final BenchFolder FOLDER = new BenchFolder(Path.of("target", "bench-data"));

    final SalonDesk desk;
    final long branch;
    final long service;
    final long client;
    final List<Long> masters;

    private BenchSalon(SalonDesk desk, long branch, long service, long client, List<Long> masters) {
        this.desk = desk;
        this.branch = branch;
        this.service = service;
        this.client = client;
        this.masters = masters;
    }

    static String url() {
        return FOLDER.url();
    }

    /** Opens the salon, building it first if an earlier run has not. */
    static BenchSalon open() {
        String url = url();
        if (url.equals(FOLDER.h2Url())) {
            if (!FOLDER.ready()) {
                FOLDER.delete();
                build(url);
                FOLDER.markReady();
            }
        } else if (!builtIn(url)) {
            build(url);
        }
        SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false);
        return BenchInternals.database(desk).withConnection(connection -> {
            BenchCheckouts.addIfMissing(connection);
            long branch = single(connection, "select min(id) from branch");
            long service = single(connection, "select min(id) from salon_service");
            long client = single(connection, "select min(id) from client");
            List<Long> masters = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("select id from employee order by id")) {
                while (rows.next()) {
                    masters.add(rows.getLong(1));
                }
            }
            return new BenchSalon(desk, branch, service, client, masters);
        });
    }

    /** Removes the bookings createBooking made in a run, so that every run starts on the same data. */
    void forgetCreatedBookings() {
        BenchInternals.database(desk).withConnection(connection -> {
            try (PreparedStatement lines = connection.prepareStatement("delete from booked_service where booking_id"
                    + " in (select id from booking where booking_date >= ?)");
                 PreparedStatement events = connection.prepareStatement("delete from booking_event where booking_id"
                         + " in (select id from booking where booking_date >= ?)");
                 PreparedStatement bookings = connection.prepareStatement(
                         "delete from booking where booking_date >= ?")) {
                for (PreparedStatement statement : List.of(lines, events, bookings)) {
                    statement.setObject(1, FIRST_EMPTY_DAY);
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Whether the database {@code -Dbench.db} names holds the whole salon (false when it is empty). A database with
     * other data, or a build that was stopped half way, is refused rather than measured.
     */
    private static boolean builtIn(String url) {
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false)) {
            return BenchInternals.database(desk).withConnection(connection -> {
                long branches = single(connection, "select count(*) from branch");
                long bookings = single(connection, "select count(*) from booking where booking_date < "
                        + "date '" + FIRST_EMPTY_DAY + "'");
                if (branches == 0 && bookings == 0) {
                    return false;
                }
                if (branches == 1 && bookings == BOOKINGS) {
                    return true;
                }
                throw new IllegalStateException(JdbcUrl.of(url).display() + " holds " + branches + " branches and "
                        + bookings + " bookings, not the benchmark's salon: give an empty database");
            });
        }
    }

    private static void build(String url) {
        long started = System.nanoTime();
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false)) {
            Random random = new Random(42);
            long branch = desk.branches().createBranch("Бенчмарк", "Москва");
            List<Long> categories = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                categories.add(desk.serviceCatalog().createCategory(branch, "Категория " + (i + 1), null));
            }
            List<Long> services = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                int minutes = i == 0 ? 30 : 15 + 15 * random.nextInt(6);
                services.add(desk.serviceCatalog().createService(branch, categories.get(i % 4), "Услуга " + (i + 1), null,
                        BigDecimal.valueOf(500 + 100L * random.nextInt(40)), minutes));
            }
            List<Long> masters = new ArrayList<>();
            for (int m = 0; m < MASTERS; m++) {
                long master = desk.masters().createMaster(branch, "Мастер " + (m + 1), null, null);
                masters.add(master);
                List<Long> does = new ArrayList<>(List.of(services.get(0)));
                List<Long> others = new ArrayList<>(services.subList(1, services.size()));
                Collections.shuffle(others, random);
                does.addAll(others.subList(0, 29));
                desk.provisions().assignServices(master, does);
                for (DayOfWeek day : DayOfWeek.values()) {
                    desk.schedules().setWeeklyShift(master, day, LocalTime.of(9, 0), LocalTime.of(21, 0));
                }
            }
            long client = desk.clients().createClient("Клиент", "Бенчмарков", "+79160000001");
            BenchInternals.database(desk).withConnection(connection -> {
                insertBookings(connection, branch, masters, services.get(0), client);
                return null;
            });
        }
        LOG.info("Benchmark salon built in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                JdbcUrl.of(url).display());
    }

    private static void insertBookings(Connection connection, long branch, List<Long> masters, long service,
                                       long client) throws SQLException {
        connection.setAutoCommit(false);
        OffsetDateTime created = TODAY.minusDays(DAYS_BACK + 1).atStartOfDay().atOffset(ZoneOffset.ofHours(3));
        long id = 1;
        BigDecimal cost = BigDecimal.valueOf(1500);
        try (BulkBookings bulk = new BulkBookings(connection)) {
            for (int day = -DAYS_BACK; day <= DAYS_AHEAD; day++) {
                LocalDate date = TODAY.plusDays(day);
                boolean past = day < 0;
                // Past days are full (12 hours of hour-long visits); ahead, the half hours stay free.
                int minutes = past ? 60 : 30;
                for (long master : masters) {
                    for (int slot = 0; slot < PER_DAY; slot++) {
                        bulk.add(id++, branch, master, client, date, LocalTime.of(9 + slot, 0), minutes, service,
                                "Услуга 1", cost, past ? "COMPLETED" : "CONFIRMED", "DESK", created);
                    }
                }
                bulk.flush();
                connection.commit();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table booking alter column id restart with " + id);
            statement.execute("analyze");
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            // As autovacuum would do on a salon's server in time: the visibility map lets index-only scans skip the
            // table, as the covering indexes of V5 intend.
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
