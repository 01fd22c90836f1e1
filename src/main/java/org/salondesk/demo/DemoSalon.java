package org.salondesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.hibernate.Session;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.EmployeeSchedule;
import org.salondesk.availability.SlotGrid;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookedService;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingSource;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.Employee;
import org.salondesk.catalog.EmployeeService;
import org.salondesk.catalog.JobTitle;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;
import org.salondesk.schedule.DatedShift;
import org.salondesk.schedule.DayOff;
import org.salondesk.schedule.EmployeeBreak;
import org.salondesk.schedule.WeeklyShift;
import org.salondesk.staff.StaffRole;
import org.salondesk.staff.StaffUser;
import org.salondesk.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with a demo salon (two Moscow branches, ten masters, twenty services, sixty clients and
 * three weeks of bookings around today) so that a new desk has something to look at. Bookings are placed only on
 * free starts that the availability code ({@link SlotGrid} over the masters' {@link EmployeeSchedule}s) finds, so the
 * demo obeys the booking rules. The same clock gives the same demo.
 */
public final class DemoSalon {

    /** A booking every demo has: today at 11:00, the first master of the first branch. */
    public static final String KNOWN_BRANCH = "Лаванда на Тверской";
    public static final String KNOWN_MASTER = "Анна Соколова";
    public static final String KNOWN_CLIENT = "Анна Смирнова";
    public static final String KNOWN_CLIENT_PHONE = "+79161234567";
    public static final String KNOWN_SERVICE = "Женская стрижка";
    public static final LocalTime KNOWN_TIME = LocalTime.of(11, 0);

    /** The demo's bookings run from this many days before today to this many after. */
    static final int DAYS_BACK = 14;
    static final int DAYS_AHEAD = 7;
    static final int CLIENTS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(DemoSalon.class);
    private static final LocalTime LUNCH = LocalTime.of(14, 0);
    private static final int STEP = 15;
    private static final List<String> CANCEL_REASONS = List.of("Клиент перенёс", "Заболела", "Не успевает",
            "Записалась к другому мастеру");
    private static final List<String> NOTES = List.of("Аллергия на аммиак", "Любит кофе без сахара",
            "Приходит с ребёнком", "Просит не стричь коротко", "Постоянный клиент");

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random;

    /** Fills {@code database} straight with rows, as a migration would; the desk calls it through its facade. */
    public DemoSalon(Database database, AvailabilityService availability, Clock clock) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.now = LocalDateTime.now(clock);
        this.random = new Random(7_340_000L + today.toEpochDay());
    }

    /** Creates the demo salon if the database has no branch yet; returns whether it did. */
    public boolean seedIfEmpty() {
        long started = System.nanoTime();
        Setup setup = database.fromCatalogTransaction(session -> {
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
        int bookings = database.fromTransaction(session -> bookings(session, setup));
        database.inTransaction(session -> tasks(session, setup));
        LOG.info("Demo salon created in {} ms: {} branches, {} masters, {} services, {} clients, {} bookings",
                (System.nanoTime() - started) / 1_000_000, setup.branches.size(), setup.masters.size(),
                setup.services.values().stream().mapToInt(Map::size).sum(), setup.clients.size(), bookings);
        return true;
    }

    /** What the catalogue step made, for the booking step. */
    private static final class Setup {
        final List<Branch> branches = new ArrayList<>();
        final List<Placed> masters = new ArrayList<>();
        final Map<Long, Map<String, SalonService>> services = new HashMap<>();
        final List<Client> clients = new ArrayList<>();
        final List<StaffUser> staff = new ArrayList<>();
        final List<Booking> noShows = new ArrayList<>();
        final List<Booking> tomorrowNew = new ArrayList<>();
    }

    /** A master with her branch and what she does. */
    private record Placed(Employee employee, DemoCatalog.Master data, Map<String, SalonService> services) {
    }

    private Setup catalogue(Session session) {
        Setup setup = new Setup();
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
            for (DemoCatalog.Master master : data.masters()) {
                Employee employee = persist(session, new Employee(branch.getId(), master.name(),
                        master.information(), titles.get(master.jobTitle()).getId()));
                Map<String, SalonService> hers = new HashMap<>();
                for (String title : master.services()) {
                    SalonService service = services.get(title);
                    hers.put(title, service);
                    EmployeeService provides = new EmployeeService(employee.getId(), service.getId());
                    Integer own = master.ownPrices().get(title);
                    if (own != null) {
                        provides.setPrice(BigDecimal.valueOf(own));
                    }
                    session.persist(provides);
                }
                setup.masters.add(new Placed(employee, master, hers));
                schedule(session, employee.getId(), master);
            }
        }
        daysOff(session, setup);
        clients(session, setup, created);
        staff(session, setup, created);
        return setup;
    }

    private void schedule(Session session, long employeeId, DemoCatalog.Master master) {
        LocalDate first = today.minusDays(DAYS_BACK);
        if (master.twoOnTwoOff()) {
            // Two days on, two off, written out as shifts on dates (the way the desk stores a rotation).
            for (int day = 0; day < DAYS_BACK + 30; day++) {
                if (day % 4 < 2) {
                    session.persist(new DatedShift(employeeId, first.plusDays(day), master.start(), master.end()));
                }
            }
        } else {
            for (DayOfWeek weekday : master.weekdays()) {
                session.persist(new WeeklyShift(employeeId, weekday, master.start(), master.end()));
            }
        }
        if (master.lunch()) {
            for (LocalDate date = first; !date.isAfter(today.plusDays(DAYS_AHEAD + 7)); date = date.plusDays(1)) {
                session.persist(new EmployeeBreak(employeeId, date, LUNCH, LUNCH.plusMinutes(30)));
            }
        }
    }

    private void daysOff(Session session, Setup setup) {
        dayOff(session, setup, "Марина Зайцева", today.plusDays(2), "Отгул");
        for (int day = 4; day <= 6; day++) {
            dayOff(session, setup, "Ольга Миронова", today.plusDays(day), "Отпуск");
        }
        dayOff(session, setup, "Артём Волков", today.minusDays(3), "Больничный");
        dayOff(session, setup, "Павел Тихонов", today.plusDays(5), "Отгул");
    }

    private static void dayOff(Session session, Setup setup, String master, LocalDate date, String reason) {
        setup.masters.stream().filter(placed -> placed.data().name().equals(master)).findFirst()
                .ifPresent(placed -> session.persist(new DayOff(placed.employee().getId(), date, reason)));
    }

    private void clients(Session session, Setup setup, Instant created) {
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

    private void staff(Session session, Setup setup, Instant created) {
        setup.staff.add(persist(session, new StaffUser("admin", "Елена Васильевна (администратор)",
                StaffRole.ADMIN, null, created)));
        setup.staff.add(persist(session, new StaffUser("natalia", "Наталья", StaffRole.RECEPTIONIST, null,
                created)));
        setup.staff.add(persist(session, new StaffUser("ksenia", "Ксения", StaffRole.RECEPTIONIST, null,
                created)));
        for (Placed placed : setup.masters) {
            if (placed.data().name().equals(KNOWN_MASTER) || placed.data().name().equals("Павел Тихонов")) {
                String login = placed.data().name().equals(KNOWN_MASTER) ? "anna" : "pavel";
                setup.staff.add(persist(session, new StaffUser(login, placed.data().name(), StaffRole.MASTER,
                        placed.employee().getId(), created)));
            }
        }
    }

    private int bookings(Session session, Setup setup) {
        LocalDate first = today.minusDays(DAYS_BACK);
        LocalDate last = today.plusDays(DAYS_AHEAD);
        int count = 0;
        for (Branch branch : setup.branches) {
            Map<Long, EmployeeSchedule> schedules =
                    availability.schedules(branch.getId(), null, first, last);
            for (Placed placed : setup.masters) {
                if (placed.employee().getBranchId() != branch.getId()) {
                    continue;
                }
                EmployeeSchedule schedule = schedules.get(placed.employee().getId());
                for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                    Optional<WorkingDay> day = schedule == null ? Optional.empty() : schedule.workingDay(date);
                    if (day.isPresent()) {
                        count += fillDay(session, setup, placed, date, day.get());
                    }
                }
            }
        }
        return count;
    }

    /** Books a master's working day to 40–80 %, each booking on a start the slot grid finds free. */
    private int fillDay(Session session, Setup setup, Placed placed, LocalDate date, WorkingDay day) {
        List<TimeSpan> taken = new ArrayList<>();
        int booked = 0;
        int count = 0;
        if (date.equals(today) && placed.data().name().equals(KNOWN_MASTER)) {
            TimeSpan known = TimeSpan.starting(KNOWN_TIME, placed.services().get(KNOWN_SERVICE).getDurationMinutes());
            if (SlotGrid.isFree(day, taken, known)) {
                book(session, setup, placed, date, KNOWN_TIME, placed.services().get(KNOWN_SERVICE),
                        setup.clients.get(0));
                taken.add(known);
                booked += known.length();
                count++;
            }
        }
        int working = day.shift().length() - day.breaks().stream().mapToInt(TimeSpan::length).sum();
        int target = (int) (working * (0.4 + random.nextDouble() * 0.4));
        List<String> titles = new ArrayList<>(placed.data().services());
        for (int attempt = 0; attempt < 40 && booked < target; attempt++) {
            SalonService service = placed.services().get(titles.get(random.nextInt(titles.size())));
            List<Integer> free = SlotGrid.freeStarts(day, taken, service.getDurationMinutes(), STEP, 0);
            if (free.isEmpty()) {
                continue;
            }
            int start = free.get(random.nextInt(free.size()));
            TimeSpan span = new TimeSpan(start, start + service.getDurationMinutes());
            Client client = clientFor(setup, service.getTitle(), date);
            Booking booking = book(session, setup, placed, date, span.startTime(), service, client);
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                taken.add(span);
                booked += span.length();
            }
            count++;
        }
        return count;
    }

    private Client clientFor(Setup setup, String service, LocalDate date) {
        boolean men = DemoCatalog.MENS_SERVICES.contains(service);
        for (int attempt = 0; attempt < 100; attempt++) {
            Client client = setup.clients.get(random.nextInt(setup.clients.size()));
            boolean man = DemoCatalog.MEN.contains(client.getName());
            // Blocked clients have a past, but no future.
            if (man == men && (!client.isBlocked() || date.isBefore(today))) {
                return client;
            }
        }
        return setup.clients.get(1);
    }

    private Booking book(Session session, Setup setup, Placed placed, LocalDate date, LocalTime start,
                         SalonService service, Client client) {
        EmployeeService own = session.find(EmployeeService.class,
                new EmployeeService.Key(placed.employee().getId(), service.getId()));
        BigDecimal price = own != null && own.getPrice() != null ? own.getPrice() : service.getPrice();
        BookedService line = new BookedService(1, service.getId(), service.getTitle(), price,
                service.getDurationMinutes());
        BookingStatus status = statusFor(date, start, service.getDurationMinutes(), client);
        BookingSource source = status == BookingStatus.NEW ? BookingSource.ONLINE
                : random.nextInt(100) < 55 ? BookingSource.DESK : random.nextInt(100) < 80 ? BookingSource.PHONE
                : BookingSource.ONLINE;
        Instant createdAt = date.minusDays(1 + random.nextInt(6)).atTime(9 + random.nextInt(10), random.nextInt(60))
                .atZone(clock.getZone()).toInstant();
        if (createdAt.isAfter(clock.instant())) {
            createdAt = clock.instant().minusSeconds(3600);
        }
        Long by = source == BookingSource.ONLINE ? null : setup.staff.get(1 + random.nextInt(2)).getId();
        Booking booking = new Booking(database.nextBookingNumber(session), placed.employee().getBranchId(),
                placed.employee().getId(), client.getId(), date, start, List.of(line), status, source, createdAt, by);
        if (status == BookingStatus.CANCELLED) {
            booking.changeStatus(BookingStatus.CANCELLED, CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size())),
                    createdAt.plusSeconds(3600), by);
        }
        if (random.nextInt(10) == 0) {
            booking.setNote(NOTES.get(random.nextInt(NOTES.size())));
        }
        session.persist(booking);
        if (status == BookingStatus.NO_SHOW) {
            setup.noShows.add(booking);
        } else if (status == BookingStatus.NEW && date.equals(today.plusDays(1))) {
            setup.tomorrowNew.add(booking);
        }
        return booking;
    }

    private BookingStatus statusFor(LocalDate date, LocalTime start, int minutes, Client client) {
        LocalDateTime begins = date.atTime(start);
        LocalDateTime ends = begins.plusMinutes(minutes);
        int dice = random.nextInt(100);
        if (!ends.isAfter(now)) {
            if (client.isBlocked()) {
                return BookingStatus.NO_SHOW;
            }
            return dice < 88 ? BookingStatus.COMPLETED : dice < 96 ? BookingStatus.NO_SHOW : BookingStatus.CANCELLED;
        }
        if (!begins.isAfter(now)) {
            return BookingStatus.ARRIVED;
        }
        // A handful of online requests wait for the desk; most bookings ahead are confirmed.
        if (date.equals(today)) {
            return dice < 95 ? BookingStatus.CONFIRMED : BookingStatus.NEW;
        }
        return dice < 88 ? BookingStatus.CONFIRMED : dice < 95 ? BookingStatus.NEW : BookingStatus.CANCELLED;
    }

    private void tasks(Session session, Setup setup) {
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
