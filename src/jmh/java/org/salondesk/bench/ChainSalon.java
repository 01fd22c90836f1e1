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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.salondesk.BenchInternals;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.JdbcUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's bench data set: 3 branches of 40 masters (120) working 09:00–21:00 every day, 30 services a branch
 * (every master of the branch does all of them), 200 000 clients with Russian names and unique mobile numbers, and
 * 8 bookings per master per day from {@value #FULL_DAYS_BACK} days back to {@value #DAYS_AHEAD} ahead: 1 000 320 bookings
 * with their service lines, of every status and source. Visits start every 90 minutes and last 30 to 60, so every day
 * keeps free half hours to offer. Lives in an H2 file under target/bench-chain or in the database
 * {@code -Dbench.db=<jdbc-url>} names (an empty one); built once by batched JDBC, reused by later runs, and a
 * database holding anything else (or a build stopped half way) is refused rather than measured.
 */
final class ChainSalon {

    static final LocalDate TODAY = BenchSalon.TODAY;
    static final Clock CLOCK = BenchSalon.CLOCK;
    static final int BRANCHES = 3;
    static final int MASTERS_PER_BRANCH = 40;
    static final int SERVICES_PER_BRANCH = 30;
    static final int CLIENTS = 200_000;
    static final int PER_DAY = 8;
    /**
     * Days of bookings before today: {@value #FULL_DAYS_BACK} makes the chain's million; {@code
     * -Dbench.chain.daysBack=44} a set of the same shape (every client, every master) with a tenth of the bookings, in
     * a folder of its own (H2: target/bench-chain-44), to find plans quickly.
     */
    static final int FULL_DAYS_BACK = 981;
    static final int DAYS_BACK = Integer.getInteger("bench.chain.daysBack", FULL_DAYS_BACK);
    static final int DAYS_AHEAD = 60;
    static final long BOOKINGS = (long) BRANCHES * MASTERS_PER_BRANCH * PER_DAY * (DAYS_BACK + DAYS_AHEAD + 1);
    /** Bookings a run makes go on the empty days after the data set; {@link #forgetCreatedBookings} removes them. */
    static final LocalDate FIRST_EMPTY_DAY = TODAY.plusDays(DAYS_AHEAD + 1);

    private static final Logger LOG = LoggerFactory.getLogger(ChainSalon.class);
    private static final BenchFolder FOLDER = new BenchFolder(Path.of("target",
            DAYS_BACK == FULL_DAYS_BACK ? "bench-chain" : "bench-chain-" + DAYS_BACK));
    private static final String[] WOMEN = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана",
        "Татьяна", "Екатерина", "Юлия", "Дарья", "Алина", "Ксения", "Виктория", "Полина", "Софья", "Вера",
        "Людмила", "Галина", "Марина", "Евгения", "Кристина", "Валерия", "Алёна", "Жанна"};
    private static final String[] MEN = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Иван",
        "Михаил", "Никита", "Павел", "Артём", "Егор", "Роман", "Олег", "Фёдор"};
    private static final String[] SURNAMES = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
        "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
        "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин",
        "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
        "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов",
        "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев",
        "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов",
        "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов"};

    final SalonDesk desk;
    final List<Long> branches;
    /** The masters of each branch, by id. */
    final List<List<Long>> masters;
    /** The 30-minute service of each branch (every master does it). */
    final List<Long> shortService;

    private ChainSalon(SalonDesk desk, List<Long> branches, List<List<Long>> masters, List<Long> shortService) {
        this.desk = desk;
        this.branches = branches;
        this.masters = masters;
        this.shortService = shortService;
    }

    /** Builds the chain (if no earlier run has) and says so: {@code java ... org.salondesk.bench.ChainSalon}. */
    public static void main(String[] args) {
        open().desk.close();
    }

    /** The phone of client number {@code n} (1-based): +79 and nine digits, unique, scattered over the range. */
    static String phone(long n) {
        return "+79" + String.format("%09d", (n * 48_271L) % 1_000_000_000L);
    }

    static String url() {
        return FOLDER.url();
    }

    /** Opens the chain, building it first if no earlier run has. */
    static ChainSalon open() {
        String url = url();
        if (url.equals(FOLDER.h2Url())) {
            if (!FOLDER.ready()) {
                FOLDER.delete();
                build(url);
                FOLDER.markReady();
            }
            migrateWithoutCopy(url);
        } else if (!builtIn(url)) {
            build(url);
        }
        SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false);
        return BenchInternals.database(desk).withConnection(connection -> {
            List<Long> branches = ids(connection, "select id from branch order by id");
            List<List<Long>> masters = new ArrayList<>();
            List<Long> shortService = new ArrayList<>();
            for (long branch : branches) {
                masters.add(ids(connection, "select id from employee where branch_id = " + branch + " order by id"));
                shortService.add(ids(connection, "select min(id) from salon_service where branch_id = " + branch
                        + " and duration_minutes = 30").get(0));
            }
            return new ChainSalon(desk, branches, masters, shortService);
        });
    }

    /**
     * Brings a chain built by an older version to the current schema without the desk's copy before a migration: the
     * data set can be built again, and zipping its file (gigabytes, never compacted) takes longer than migrating it.
     */
    private static void migrateWithoutCopy(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(JdbcUrl.of(url).value());
        source.setUser("sa");
        source.setPassword(JdbcUrl.of(url).password().orElse(""));
        long started = System.nanoTime();
        var result = Database.flyway(source, JdbcUrl.of(url)).migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Bench chain migrated to {} in {} ms", result.targetSchemaVersion,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Removes what a run booked on the empty days, so that every run starts on the same data. */
    void forgetCreatedBookings() {
        BenchInternals.database(desk).withConnection(connection -> {
            for (String table : List.of("booked_service", "booking_event")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                        + " where booking_id in (select id from booking where booking_date >= ?)")) {
                    delete.setObject(1, FIRST_EMPTY_DAY);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from booking where booking_date >= ?")) {
                delete.setObject(1, FIRST_EMPTY_DAY);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static boolean builtIn(String url) {
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false)) {
            return BenchInternals.database(desk).withConnection(connection -> {
                long branches = ids(connection, "select count(*) from branch").get(0);
                long clients = ids(connection, "select count(*) from client").get(0);
                long bookings = ids(connection, "select count(*) from booking where booking_date < date '"
                        + FIRST_EMPTY_DAY + "'").get(0);
                if (branches == 0 && bookings == 0 && clients == 0) {
                    return false;
                }
                if (branches == BRANCHES && bookings == BOOKINGS && clients == CLIENTS) {
                    return true;
                }
                throw new IllegalStateException(JdbcUrl.of(url).display() + " holds " + branches + " branches, "
                        + clients + " clients and " + bookings + " bookings, not the bench chain: give an empty"
                        + " database");
            });
        }
    }

    private static void build(String url) {
        long started = System.nanoTime();
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.of(url), CLOCK, false)) {
            Random random = new Random(14);
            List<Long> branches = new ArrayList<>();
            List<List<Long>> masters = new ArrayList<>();
            List<List<Long>> services = new ArrayList<>();
            List<List<Integer>> minutes = new ArrayList<>();
            for (int b = 0; b < BRANCHES; b++) {
                long branch = desk.branches().createBranch("Филиал " + (b + 1), "Москва");
                branches.add(branch);
                long category = desk.serviceCatalog().createCategory(branch, "Услуги", null);
                List<Long> branchServices = new ArrayList<>();
                List<Integer> branchMinutes = new ArrayList<>();
                for (int s = 0; s < SERVICES_PER_BRANCH; s++) {
                    int length = s == 0 ? 30 : 30 + 15 * random.nextInt(3);
                    branchServices.add(desk.serviceCatalog().createService(branch, category, "Услуга " + (s + 1), null,
                            BigDecimal.valueOf(500 + 100L * random.nextInt(40)), length));
                    branchMinutes.add(length);
                }
                services.add(branchServices);
                minutes.add(branchMinutes);
                List<Long> branchMasters = new ArrayList<>();
                for (int m = 0; m < MASTERS_PER_BRANCH; m++) {
                    long master = desk.masters().createMaster(branch, "Мастер " + (b * MASTERS_PER_BRANCH + m + 1),
                            null, null);
                    desk.provisions().assignServices(master, branchServices);
                    for (DayOfWeek day : DayOfWeek.values()) {
                        desk.schedules().setWeeklyShift(master, day, LocalTime.of(9, 0), LocalTime.of(21, 0));
                    }
                    branchMasters.add(master);
                }
                masters.add(branchMasters);
            }
            LOG.info("Chain catalogue built in {} ms", (System.nanoTime() - started) / 1_000_000);
            BenchInternals.database(desk).withConnection(connection -> {
                insertClients(connection, random);
                LOG.info("Chain clients written at {} ms", (System.nanoTime() - started) / 1_000_000);
                insertBookings(connection, random, branches, masters, services, minutes, started);
                return null;
            });
        }
        LOG.info("Bench chain built in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                JdbcUrl.of(url).display());
    }

    private static void insertClients(Connection connection, Random random) throws SQLException {
        connection.setAutoCommit(false);
        OffsetDateTime created = TODAY.minusDays(DAYS_BACK + 1).atStartOfDay().atOffset(ZoneOffset.ofHours(3));
        try (PreparedStatement client = connection.prepareStatement("insert into client (id, name, surname, phone,"
                + " email, created_at) values (?, ?, ?, ?, ?, ?)")) {
            for (long n = 1; n <= CLIENTS; n++) {
                boolean woman = random.nextInt(4) != 0;
                String surname = SURNAMES[random.nextInt(SURNAMES.length)];
                client.setLong(1, n);
                client.setString(2, woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]);
                client.setString(3, woman ? surname + "а" : surname);
                client.setString(4, phone(n));
                client.setString(5, random.nextInt(3) == 0 ? "client" + n + "@example.ru" : null);
                client.setObject(6, created);
                client.addBatch();
                if (n % 5_000 == 0) {
                    client.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table client alter column id restart with " + (CLIENTS + 1));
        }
        connection.commit();
    }

    private static void insertBookings(Connection connection, Random random, List<Long> branches,
                                       List<List<Long>> masters, List<List<Long>> services,
                                       List<List<Integer>> minutes, long started) throws SQLException {
        String[] sources = {"DESK", "PHONE", "ONLINE"};
        long id = 1;
        try (BulkBookings bulk = new BulkBookings(connection)) {
            for (int day = -DAYS_BACK; day <= DAYS_AHEAD; day++) {
                LocalDate date = TODAY.plusDays(day);
                OffsetDateTime created = date.minusDays(7).atStartOfDay().atOffset(ZoneOffset.ofHours(3));
                for (int b = 0; b < branches.size(); b++) {
                    for (long master : masters.get(b)) {
                        for (int slot = 0; slot < PER_DAY; slot++) {
                            int s = random.nextInt(SERVICES_PER_BRANCH);
                            int length = minutes.get(b).get(s);
                            bulk.add(id++, branches.get(b), master, 1 + random.nextInt(CLIENTS), date,
                                    LocalTime.of(9, 0).plusMinutes(90L * slot), length, services.get(b).get(s),
                                    "Услуга " + (s + 1), BigDecimal.valueOf(500 + 100L * random.nextInt(40)),
                                    status(day, random.nextInt(100)), sources[random.nextInt(3)], created);
                        }
                    }
                }
                bulk.flush();
                connection.commit();
                if (day % 100 == 0) {
                    LOG.info("Chain bookings: {} written at {} ms", id - 1, (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table booking alter column id restart with " + id);
            statement.execute("analyze");
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            // As autovacuum would do in time: the visibility map lets index-only scans skip the table.
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze");
            }
        }
    }

    /** Past visits are mostly completed, some cancelled or missed; ahead, mostly confirmed, some new or cancelled. */
    private static String status(int day, int dice) {
        if (day < 0) {
            return dice < 85 ? "COMPLETED" : dice < 95 ? "CANCELLED" : "NO_SHOW";
        }
        return dice < 80 ? "CONFIRMED" : dice < 95 ? "NEW" : "CANCELLED";
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
