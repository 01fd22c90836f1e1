package org.salondesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.salondesk.access.StaffRole;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.SlotGrid;
import org.salondesk.booking.Booking;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.JobTitle;
import org.salondesk.catalog.Master;
import org.salondesk.catalog.ProvidedService;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;
import org.salondesk.schedule.DatedShift;
import org.salondesk.schedule.DayOff;
import org.salondesk.schedule.MasterBreak;
import org.salondesk.schedule.WeeklyShift;
import org.salondesk.staff.StaffUser;
import org.salondesk.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with a demo salon (two Moscow branches, ten masters, twenty services, sixty clients and
 * three weeks of bookings around today) so that a new desk has something to look at. Bookings are placed only on
 * free starts that the availability code ({@link SlotGrid} over the masters' {@link MasterSchedule}s) finds, so the
 * demo obeys the booking rules. The same clock gives the same demo.
 */
public final class DemoSalon {

    /** The demo salon's admin, whom a desk opened on the demo salon signs in as at start. */
    public static final String ADMIN_LOGIN = "admin";
    /** Every demo user's password (README prints it): the demo salon is for trying SalonDesk out, never for real. */
    public static final String PASSWORD = "salondesk";
    /**
     * {@link #PASSWORD} as stored: hashed once ahead, so that creating the demo salon costs no hashing, and a desk can
     * tell by the stored string alone, without a slow check, that the demo admin still has the demo password.
     */
    public static final String PASSWORD_HASH =
            "$argon2id$v=19$m=65536,t=2,p=1$vYVQSw7MPjzgzhA0rfCoqw$UKuFgTxjZNTKG34zA/O4Fb2aU4merzfGTATOXfpmdMo";

    /** A booking every demo has: today at 11:00, the first master of the first branch. */
    public static final String KNOWN_BRANCH = "Лаванда на Тверской";
    public static final String KNOWN_MASTER = "Анна Соколова";
    public static final String KNOWN_CLIENT = "Анна Смирнова";
    public static final String KNOWN_CLIENT_PHONE = "+79161234567";
    public static final String KNOWN_SERVICE = "Женская стрижка";
    public static final LocalTime KNOWN_TIME = LocalTime.of(11, 0);
    /**
     * A colour with processing (decision 0033), at noon on the colourist's first working day from today: she is free
     * 12:30–13:00 while it processes.
     */
    public static final String COLOUR_SERVICE = "Окрашивание корней";
    public static final String COLOUR_MASTER = "Ольга Миронова";
    public static final LocalTime COLOUR_TIME = LocalTime.of(12, 0);

    /** The demo's bookings run from this many days before today to this many after. */
    public static final int DAYS_BACK = 14;
    static final int DAYS_AHEAD = 7;
    static final int CLIENTS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(DemoSalon.class);
    private static final LocalTime LUNCH = LocalTime.of(14, 0);
    static final List<String> NOTES = List.of("Аллергия на аммиак", "Любит кофе без сахара",
            "Приходит с ребёнком", "Просит не стричь коротко", "Постоянный клиент");

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;
    private final LocalDate today;

    /** Fills {@code database} straight with rows, as a migration would; the desk calls it through its facade. */
    public DemoSalon(Database database, AvailabilityService availability, Clock clock) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** Creates the demo salon if the database has no branch yet; returns whether it did. */
    public boolean seedIfEmpty() {
        long started = System.nanoTime();
        DemoSetup setup = database.fromCatalogTransaction(session -> {
            // Two desks starting at once on one empty database: the second waits here, then finds the first's salon.
            Database.withConnection(session, connection -> {
                try (var lock = connection.prepareStatement(
                        "select version from catalog_version where id = 1 for update");
                     var rows = lock.executeQuery()) {
                    return rows.next();
                }
            });
            long branches = session.createQuery("select count(b) from Branch b", Long.class).getSingleResult();
            return branches > 0 ? null : catalogue(session);
        });
        if (setup == null) {
            return false;
        }
        DemoBookings booker = new DemoBookings(database, availability, clock);
        int bookings = database.fromTransaction(session -> booker.bookings(session, setup));
        database.inTransaction(session -> tasks(session, setup));
        int checkouts = database.fromTransaction(session -> Database.withConnection(session, connection -> {
            int added = DemoCheckouts.addForCompleted(connection);
            DemoCheckouts.closePastDays(connection, today);
            return added;
        }));
        LOG.info("Demo salon created in {} ms: {} branches, {} masters, {} services, {} clients, {} bookings,"
                + " {} checkouts", (System.nanoTime() - started) / 1_000_000, setup.branches.size(),
                setup.masters.size(), setup.services.values().stream().mapToInt(Map::size).sum(),
                setup.clients.size(), bookings, checkouts);
        return true;
    }

    private DemoSetup catalogue(Session session) {
        DemoSetup setup = new DemoSetup();
        Instant created = clock.instant().minusSeconds(90L * 24 * 3600);
        ZoneId zone = clock.getZone();
        for (DemoCatalog.Branch data : DemoCatalog.BRANCHES) {
            Branch branch = persist(session, new Branch(data.name(), data.address(), zone));
            setup.branches.add(branch);
            Map<String, ServiceCategory> categories = new HashMap<>();
            DemoCatalog.CATEGORIES.forEach(name -> categories.put(name,
                    persist(session, new ServiceCategory(branch.getId(), name, null))));
            Map<String, JobTitle> titles = new HashMap<>();
            DemoCatalog.JOB_TITLES.forEach(name -> titles.put(name,
                    persist(session, new JobTitle(branch.getId(), name, null))));
            Map<String, SalonService> services = new HashMap<>();
            for (DemoCatalog.Service service : DemoCatalog.SERVICES) {
                if (data.services().contains(service.title())) {
                    services.put(service.title(), persist(session, new SalonService(branch.getId(),
                            categories.get(service.category()).getId(), service.title(), service.description(),
                            BigDecimal.valueOf(service.price()), service.minutes())));
                }
            }
            setup.services.put(branch.getId(), services);
            session.flush();
            Database.withConnection(session, connection -> {
                setup.resources.addTo(connection, branch.getId(), services);
                return null;
            });
            for (DemoCatalog.Master master : data.masters()) {
                Master entity = persist(session, new Master(branch.getId(), master.name(),
                        master.information(), titles.get(master.jobTitle()).getId()));
                Map<String, SalonService> hers = new HashMap<>();
                for (String title : master.services()) {
                    SalonService service = services.get(title);
                    hers.put(title, service);
                    ProvidedService provides = new ProvidedService(entity.getId(), service.getId());
                    Integer own = master.ownPrices().get(title);
                    if (own != null) {
                        provides.setPrice(BigDecimal.valueOf(own));
                    }
                    session.persist(provides);
                }
                setup.masters.add(new DemoSetup.Placed(entity, master, hers));
                schedule(session, entity.getId(), master);
            }
        }
        DemoProducts.add(session, setup.branches);
        daysOff(session, setup);
        clients(session, setup, created);
        staff(session, setup, created);
        return setup;
    }

    private void schedule(Session session, long masterId, DemoCatalog.Master master) {
        LocalDate first = today.minusDays(DAYS_BACK);
        if (master.twoOnTwoOff()) {
            // Two days on, two off, written out as shifts on dates (the way the desk stores a rotation).
            for (int day = 0; day < DAYS_BACK + 30; day++) {
                if (day % 4 < 2) {
                    session.persist(new DatedShift(masterId, first.plusDays(day), master.start(), master.end()));
                }
            }
        } else {
            for (DayOfWeek weekday : master.weekdays()) {
                session.persist(new WeeklyShift(masterId, weekday, master.start(), master.end()));
            }
        }
        if (master.lunch()) {
            for (LocalDate date = first; !date.isAfter(today.plusDays(DAYS_AHEAD + 7)); date = date.plusDays(1)) {
                session.persist(new MasterBreak(masterId, date, LUNCH, LUNCH.plusMinutes(30)));
            }
        }
    }

    private void daysOff(Session session, DemoSetup setup) {
        dayOff(session, setup, "Марина Зайцева", today.plusDays(2), "Отгул");
        for (int day = 4; day <= 6; day++) {
            dayOff(session, setup, "Ольга Миронова", today.plusDays(day), "Отпуск");
        }
        dayOff(session, setup, "Артём Волков", today.minusDays(3), "Больничный");
        dayOff(session, setup, "Павел Тихонов", today.plusDays(5), "Отгул");
    }

    private static void dayOff(Session session, DemoSetup setup, String master, LocalDate date, String reason) {
        setup.masters.stream().filter(placed -> placed.data().name().equals(master)).findFirst()
                .ifPresent(placed -> session.persist(new DayOff(placed.master().getId(), date, reason)));
    }

    private void clients(Session session, DemoSetup setup, Instant created) {
        Client known = new Client("Анна", "Смирнова", KNOWN_CLIENT_PHONE, created);
        known.setNote("Постоянный клиент, любит короткие стрижки");
        setup.clients.add(persist(session, known));
        int women = 0;
        int men = 0;
        for (int i = 1; i < CLIENTS; i++) {
            boolean woman = i % 10 < 7;
            String name;
            String surname;
            if (woman) {
                name = DemoCatalog.WOMEN.get((women * 7 + 3) % DemoCatalog.WOMEN.size());
                surname = DemoCatalog.WOMEN_SURNAMES.get((women * 11 + 1) % DemoCatalog.WOMEN_SURNAMES.size());
                women++;
            } else {
                name = DemoCatalog.MEN.get((men * 7 + 2) % DemoCatalog.MEN.size());
                surname = DemoCatalog.MEN_SURNAMES.get((men * 11 + 5) % DemoCatalog.MEN_SURNAMES.size());
                men++;
            }
            // Moscow mobile numbers, distinct by construction.
            String phone = String.format("+79%02d%07d", 15 + i % 20, 1_000_000 + i * 104_729 % 8_999_999);
            Client client = new Client(name, surname, phone, created.plusSeconds(i * 3600L));
            if (i % 9 == 0) {
                client.setNote(NOTES.get(i % NOTES.size()));
            }
            if (i == 17) {
                client.block("Три неявки подряд");
            } else if (i == 43) {
                client.block("Грубил мастеру");
            }
            setup.clients.add(persist(session, client));
        }
    }

    private void staff(Session session, DemoSetup setup, Instant created) {
        List<StaffUser> users = new ArrayList<>(List.of(
                new StaffUser(ADMIN_LOGIN, "Елена Васильевна", StaffRole.ADMIN, null, created),
                new StaffUser("natalia", "Наталья", StaffRole.RECEPTIONIST, null, created),
                new StaffUser("ksenia", "Ксения", StaffRole.RECEPTIONIST, null, created)));
        for (DemoSetup.Placed placed : setup.masters) {
            if (placed.data().name().equals(KNOWN_MASTER) || placed.data().name().equals("Павел Тихонов")) {
                String login = placed.data().name().equals(KNOWN_MASTER) ? "anna" : "pavel";
                users.add(new StaffUser(login, placed.data().name(), StaffRole.MASTER, placed.master().getId(),
                        created));
            }
        }
        for (StaffUser user : users) {
            user.setPasswordHash(PASSWORD_HASH);
            setup.staff.add(persist(session, user));
        }
    }

    private void tasks(Session session, DemoSetup setup) {
        Instant created = clock.instant().minusSeconds(2 * 24 * 3600);
        Long reception = setup.staff.get(1).getId();
        Long admin = setup.staff.get(0).getId();
        if (!setup.noShows.isEmpty()) {
            Booking missed = setup.noShows.get(setup.noShows.size() - 1);
            Task callBack = new Task(reception, "Перезвонить после неявки", missed.getDate().plusDays(1), created,
                    admin);
            callBack.setClientId(missed.getClientId());
            callBack.setBookingId(missed.getId());
            callBack.setDescription("Клиент не пришёл, узнать, перенести ли запись");
            session.persist(callBack);
        }
        for (Booking next : setup.tomorrowNew.stream().limit(2).toList()) {
            Task confirm = new Task(reception, "Подтвердить запись на завтра", today, created, null);
            confirm.setDueTime(LocalTime.of(12, 0));
            confirm.setClientId(next.getClientId());
            confirm.setBookingId(next.getId());
            session.persist(confirm);
        }
        Task paint = new Task(admin, "Заказать краску Wella Koleston (6 тюбиков)", today.plusDays(2), created, admin);
        session.persist(paint);
        Task brows = new Task(setup.staff.get(2).getId(), "Напомнить о коррекции бровей", today.plusDays(5), created,
                admin);
        brows.setClientId(setup.clients.get(5).getId());
        session.persist(brows);
        Task done = new Task(reception, "Обновить прайс на стойке", today.minusDays(4), created, admin);
        done.markDone(clock.instant().minusSeconds(4 * 24 * 3600));
        session.persist(done);
        Task overdue = new Task(admin, "Проверить кассу за неделю", today.minusDays(1), created, admin);
        session.persist(overdue);
    }

    private static <T> T persist(Session session, T entity) {
        session.persist(entity);
        return entity;
    }
}
