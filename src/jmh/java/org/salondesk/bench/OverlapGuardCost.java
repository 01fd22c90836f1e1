package org.salondesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.salondesk.BenchInternals;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the H2 overlap guard (decision 0011: a trigger keeping 5-minute cells) costs, measured against the same
 * schema with its trigger dropped, in one JVM and interleaved (a day of bench data, or one booking, into each in
 * turn) so that a busy machine weighs on both alike: the 204 480 bookings of {@link BenchSalon} loaded with plain
 * JDBC, createBooking through the desk, the file sizes after compaction; and how long migration V11 takes on a
 * database of schema 10 holding those bookings. Under target/bench-guard; the results are logged.
 * <pre>mvn -Pbench -DskipTests compile exec:exec@bench-guard</pre>
 */
public final class OverlapGuardCost {

    private static final Logger LOG = LoggerFactory.getLogger(OverlapGuardCost.class);
    private static final Path FOLDER = Path.of("target", "bench-guard");
    private static final int CREATES = 1_000;
    private static final BigDecimal COST = BigDecimal.valueOf(1500);

    private OverlapGuardCost() {
    }

    public static void main(String[] args) throws Exception {
        new BenchFolder(FOLDER).delete();
        Files.createDirectories(FOLDER);
        Salon guarded = Salon.build("guarded");
        Salon unguarded = Salon.build("unguarded");
        unguarded.sql("drop trigger tr_booking_cells");

        long[] load = new long[2];
        for (int day = -BenchSalon.DAYS_BACK; day <= BenchSalon.DAYS_AHEAD; day++) {
            Salon first = day % 2 == 0 ? guarded : unguarded;
            Salon second = first == guarded ? unguarded : guarded;
            load[first == guarded ? 0 : 1] += first.loadDay(day);
            load[second == guarded ? 0 : 1] += second.loadDay(day);
        }
        LOG.info("Bench data load (204 480 bookings, plain JDBC, a commit a day): with the guard {} ms, without {} ms",
                load[0] / 1_000_000, load[1] / 1_000_000);

        long[][] creates = new long[2][CREATES];
        for (int i = 0; i < CREATES; i++) {
            creates[0][i] = guarded.create(i);
            creates[1][i] = unguarded.create(i);
        }
        LOG.info("createBooking with the guard: {}", percentiles(creates[0]));
        LOG.info("createBooking without:        {}", percentiles(creates[1]));
        long cells = guarded.count("select count(*) from booking_cell");
        guarded.close();
        unguarded.close();
        LOG.info("booking_cell rows: {}; file after SHUTDOWN COMPACT: with the guard {} MB, without {} MB", cells,
                compactedMegabytes("guarded"), compactedMegabytes("unguarded"));

        migrateSchemaTen();
    }

    /** Schema 10 filled with the bench bookings, then opened by the desk: migration V11 gives them their cells. */
    private static void migrateSchemaTen() throws SQLException {
        String url = url("schema10");
        Salon.flyway(url).target("10").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", password(url));
             Statement sql = connection.createStatement()) {
            sql.execute("insert into branch (id, name, time_zone) values (1, 'Бенчмарк', 'Europe/Moscow')");
            sql.execute("insert into salon_service (id, branch_id, title, price, duration_minutes) values"
                    + " (1, 1, 'Услуга 1', 1500, 30)");
            for (int master = 1; master <= BenchSalon.MASTERS; master++) {
                sql.execute("insert into employee (id, branch_id, name) values (" + master + ", 1, 'Мастер')");
            }
            sql.execute("insert into client (id, name, phone, created_at) values (1, 'Клиент', '+79160000001',"
                    + " current_timestamp)");
            Salon loader = new Salon(null, connection, 1, 1, 1, masterIds());
            for (int day = -BenchSalon.DAYS_BACK; day <= BenchSalon.DAYS_AHEAD; day++) {
                loader.loadDay(day);
            }
        }
        long started = System.nanoTime();
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), BenchSalon.CLOCK, false)) {
            LOG.info("Migration V11 of 204 480 bookings (schema 10 to 11, cells for each): {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static List<Long> masterIds() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= BenchSalon.MASTERS; id++) {
            ids.add(id);
        }
        return ids;
    }

    /** The file's own password once a desk has opened it (none before). */
    static String password(String url) {
        return JdbcUrl.of(url).password().orElse("");
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%d calls)", at(sorted, 0.50), at(sorted, 0.90),
                at(sorted, 0.99), sorted.length);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static long compactedMegabytes(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(name), "sa", password(url(name)));
             Statement sql = connection.createStatement()) {
            sql.execute("shutdown compact");
        }
        try {
            return Files.size(FOLDER.resolve(name + ".mv.db")) / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(String name) {
        return "jdbc:h2:file:" + FOLDER.toAbsolutePath().resolve(name).toString().replace('\\', '/');
    }

    /** One bench salon: the desk, and a plain connection that loads its bookings as BenchSalon does. */
    private static final class Salon {
        private final SalonDesk desk;
        private final Connection connection;
        private final long branch;
        private final long service;
        private final long client;
        private final List<Long> masters;
        private long nextId = 1;

        Salon(SalonDesk desk, Connection connection, long branch, long service, long client, List<Long> masters) {
            this.desk = desk;
            this.connection = connection;
            this.branch = branch;
            this.service = service;
            this.client = client;
            this.masters = masters;
        }

        static Salon build(String name) throws SQLException {
            SalonDesk desk = SalonDesk.open(JdbcUrl.of(url(name)), BenchSalon.CLOCK, false);
            long branch = desk.branches().createBranch("Бенчмарк", "Москва");
            long service = desk.serviceCatalog().createService(branch, null, "Услуга 1", null, BigDecimal.valueOf(1500), 30);
            List<Long> masters = new ArrayList<>();
            for (int m = 0; m < BenchSalon.MASTERS; m++) {
                long master = desk.masters().createMaster(branch, "Мастер " + (m + 1), null, null);
                desk.provisions().assignServices(master, List.of(service));
                for (DayOfWeek day : DayOfWeek.values()) {
                    desk.schedules().setWeeklyShift(master, day, LocalTime.of(9, 0), LocalTime.of(21, 0));
                }
                masters.add(master);
            }
            long client = desk.clients().createClient("Клиент", "Бенчмарков", "+79160000001");
            Connection connection = BenchInternals.database(desk).dataSource().getConnection();
            return new Salon(desk, connection, branch, service, client, masters);
        }

        static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
            return org.flywaydb.core.Flyway.configure().dataSource(url, "sa", password(url))
                    .locations("classpath:db/migration", "classpath:db/engine/h2");
        }

        /** BenchSalon's bookings of one day (12 a master: hour-long visits in the past, half hours ahead). */
        long loadDay(int day) throws SQLException {
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            LocalDate date = BenchSalon.TODAY.plusDays(day);
            OffsetDateTime created = date.atStartOfDay().atOffset(ZoneOffset.ofHours(3));
            boolean past = day < 0;
            int minutes = past ? 60 : 30;
            try (BulkBookings bulk = new BulkBookings(connection)) {
                for (long master : masters) {
                    for (int slot = 0; slot < BenchSalon.PER_DAY; slot++) {
                        bulk.add(1_000_000 + nextId++, branch, master, client, date, LocalTime.of(9 + slot, 0),
                                minutes, service, "Услуга 1", COST, past ? "COMPLETED" : "CONFIRMED", "DESK", created);
                    }
                }
                bulk.flush();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return System.nanoTime() - started;
        }

        /** One createBooking through the desk on the empty days after the bench data, in nanoseconds. */
        long create(int n) {
            int perDay = masters.size() * 24;
            LocalDate date = BenchSalon.FIRST_EMPTY_DAY.plusDays(n / perDay);
            long master = masters.get((n / 24) % masters.size());
            LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * (n % 24));
            long started = System.nanoTime();
            desk.booking().createBooking(branch, List.of(service), date, time, master, client);
            return System.nanoTime() - started;
        }

        void sql(String statement) throws SQLException {
            try (Statement sql = connection.createStatement()) {
                sql.execute(statement);
            }
        }

        long count(String query) throws SQLException {
            try (Statement sql = connection.createStatement(); var rows = sql.executeQuery(query)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        void close() throws SQLException {
            connection.close();
            desk.close();
        }
    }
}
