package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookedService;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.SlotHold;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.JobTitle;
import org.salondesk.catalog.Master;
import org.salondesk.catalog.ProvidedService;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.client.Client;
import org.salondesk.schedule.DatedShift;
import org.salondesk.schedule.DayOff;
import org.salondesk.schedule.MasterBreak;
import org.salondesk.schedule.WeeklyShift;
import org.salondesk.staff.StaffUser;
import org.salondesk.task.Task;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Flyway creates the schema on an empty database, Hibernate's mapping validates against it, and every entity comes
 * back from the database exactly as it was stored (each read in a fresh session, so nothing comes from a cache).
 */
class EntityRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:15.123456Z");
    private static final LocalDate DAY = TestToday.date();

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(JdbcUrl.of(TestDatabases.emptyUrl()), true, SalonDesk.ENTITIES);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T roundTrip(T entity, Function<T, Object> id) {
        database.inTransaction(session -> session.persist(entity));
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.getClass();
        return database.fromTransaction(session -> session.find(type, id.apply(entity)));
    }

    @Test
    void flywayMigratedTheEmptyDatabase() {
        assertThat(database.schemaVersion()).isEqualTo(latestMigration());
        long tables = database.withConnection(connection -> {
            try (var rows = connection.getMetaData().getTables(null, TestDatabases.onPostgres() ? "public" : "PUBLIC", "%", new String[]{"TABLE"})) {
                long count = 0;
                while (rows.next()) {
                    count++;
                }
                return count;
            }
        });
        assertThat(tables).isGreaterThanOrEqualTo(SalonDesk.ENTITIES.size());
    }

    /** The highest version among the migrations in the sources. */
    private static String latestMigration() {
        try (var files = Files.walk(Path.of("src/main/resources/db"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void catalogueEntities() {
        Branch branch = new Branch("Лаванда", "Тверская, 12", ZoneId.of("Europe/Moscow"));
        branch.setSlotIntervalMinutes(15);
        branch.setMinLeadMinutes(30);
        Branch branchBack = roundTrip(branch, Branch::getId);
        assertThat(branchBack).usingRecursiveComparison().isEqualTo(branch);
        long b = branch.getId();

        ServiceCategory category = new ServiceCategory(b, "Маникюр", "Руки и ногти");
        assertThat(roundTrip(category, ServiceCategory::getId)).usingRecursiveComparison().isEqualTo(category);
        JobTitle title = new JobTitle(b, "Мастер маникюра", "Руки");
        assertThat(roundTrip(title, JobTitle::getId)).usingRecursiveComparison().isEqualTo(title);
        SalonService service = new SalonService(b, category.getId(), "Маникюр", "Классический",
                new BigDecimal("1500.50"), 60);
        service.setActive(false);
        SalonService serviceBack = roundTrip(service, SalonService::getId);
        assertThat(serviceBack).usingRecursiveComparison().ignoringFields("price").isEqualTo(service);
        assertThat(serviceBack.getPrice()).isEqualByComparingTo("1500.50");
        Master master = new Master(b, "Екатерина", "10 лет опыта", title.getId());
        assertThat(roundTrip(master, Master::getId)).usingRecursiveComparison().isEqualTo(master);
        ProvidedService provides = new ProvidedService(master.getId(), service.getId());
        provides.setPrice(new BigDecimal("2000.00"));
        provides.setDurationMinutes(75);
        ProvidedService providesBack = roundTrip(provides, ProvidedService::getKey);
        assertThat(providesBack.getPrice()).isEqualByComparingTo("2000");
        assertThat(providesBack.getDurationMinutes()).isEqualTo(75);
    }

    @Test
    void scheduleEntities() {
        long master = master();
        WeeklyShift weekly = new WeeklyShift(master, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(21, 0));
        assertThat(roundTrip(weekly, WeeklyShift::getId)).usingRecursiveComparison().isEqualTo(weekly);
        DatedShift dated = new DatedShift(master, DAY, LocalTime.of(10, 0), LocalTime.of(15, 30));
        assertThat(roundTrip(dated, DatedShift::getId)).usingRecursiveComparison().isEqualTo(dated);
        DayOff off = new DayOff(master, DAY.plusDays(1), "Отпуск");
        assertThat(roundTrip(off, DayOff::getId)).usingRecursiveComparison().isEqualTo(off);
        MasterBreak pause = new MasterBreak(master, DAY, LocalTime.of(14, 0), LocalTime.of(14, 30));
        assertThat(roundTrip(pause, MasterBreak::getId)).usingRecursiveComparison().isEqualTo(pause);
    }

    @Test
    void peopleAndTasks() {
        long master = master();
        StaffUser user = new StaffUser("anna", "Анна", StaffRole.MASTER, master, NOW);
        user.setPasswordHash("$argon2id$v=19$m=65536,t=3,p=1$abc$def");
        assertThat(roundTrip(user, StaffUser::getId)).usingRecursiveComparison().isEqualTo(user);
        Client client = new Client("Мария", "Петрова", "+79161234567", NOW);
        client.setEmail("maria@example.ru");
        client.setNote("Аллергия на аммиак");
        client.block("Три неявки");
        client.setUnsubscribed(true);
        client.setResponsibleStaffId(user.getId());
        assertThat(roundTrip(client, Client::getId)).usingRecursiveComparison().isEqualTo(client);
        Task task = new Task(user.getId(), "Перезвонить", DAY, NOW, user.getId());
        task.setDueTime(LocalTime.of(12, 15));
        task.setDescription("Узнать про перенос");
        task.setClientId(client.getId());
        task.markDone(NOW.plusSeconds(60));
        assertThat(roundTrip(task, Task::getId)).usingRecursiveComparison().isEqualTo(task);
    }

    @Test
    void aBookingWithItsServiceLinesCustomFieldsAndVersion() {
        long master = master();
        long branch = database.fromTransaction((Session session) -> session.find(Master.class, master)
                .getBranchId());
        Client client = new Client("Мария", null, "+79161234568", NOW);
        database.inTransaction(session -> session.persist(client));
        long serviceId = database.fromTransaction(session -> {
            SalonService service = new SalonService(branch, null, "Стрижка", null, new BigDecimal("1800"), 60);
            session.persist(service);
            return service.getId();
        });
        Booking booking = new Booking(1001, branch, master, client.getId(), DAY, LocalTime.of(11, 0),
                List.of(new BookedService(1, serviceId, "Стрижка", new BigDecimal("1800.00"), 60),
                        new BookedService(2, serviceId, "Укладка", new BigDecimal("700.00"), 30)),
                BookingStatus.NEW, BookingSource.ONLINE, NOW, null);
        booking.setNote("Первый раз");
        booking.setPrepaidAmount(new BigDecimal("500.00"));
        booking.setPaid(true);
        booking.setIdempotencyKey("bot-42");
        booking.getCustomFields().put("utm_source", "telegram");

        database.inTransaction(session -> session.persist(booking));
        Booking back = database.fromTransaction(session -> {
            Booking found = session.find(Booking.class, booking.getId());
            found.getServices().size();
            found.getCustomFields().size();
            return found;
        });

        assertThat(back.getDurationMinutes()).isEqualTo(90);
        assertThat(back.getTotalCost()).isEqualByComparingTo("2500");
        assertThat(back.getEndTime()).isEqualTo(LocalTime.of(12, 30));
        assertThat(back.getServices()).extracting(BookedService::getTitle).containsExactly("Стрижка", "Укладка");
        assertThat(back.getCustomFields()).containsEntry("utm_source", "telegram");
        assertThat(back).usingRecursiveComparison()
                .ignoringFields("services", "customFields", "totalCost", "prepaidAmount", "version",
                        // the sort names the database keeps (V14); RequestListKeepsTest checks them
                        "clientKey", "masterKey")
                .isEqualTo(booking);
        assertThat(back.getCreatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));

        database.inTransaction(session -> session.find(Booking.class, booking.getId())
                .changeStatus(BookingStatus.CANCELLED, "Передумала", NOW.plusSeconds(5), null));
        Booking cancelled = database.fromTransaction(session -> session.find(Booking.class, booking.getId()));
        assertThat(cancelled.getVersion()).isEqualTo(back.getVersion() + 1);
        assertThat(cancelled.getCancelReason()).isEqualTo("Передумала");

        SlotHold hold = new SlotHold(branch, master, DAY, LocalTime.of(15, 0), 60, List.of(serviceId, 7L), NOW,
                NOW.plusSeconds(600));
        SlotHold holdBack = roundTrip(hold, SlotHold::getId);
        assertThat(holdBack.getServiceIds()).containsExactly(serviceId, 7L);
        assertThat(holdBack).usingRecursiveComparison().isEqualTo(hold);
    }

    private long master() {
        return database.fromTransaction(session -> {
            Branch branch = new Branch("Центр", null, ZoneId.of("Europe/Moscow"));
            session.persist(branch);
            Master master = new Master(branch.getId(), "Павел", null, null);
            session.persist(master);
            return master.getId();
        });
    }
}
