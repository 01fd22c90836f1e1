package org.salondesk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.salondesk.access.CurrentStaff;
import org.salondesk.apikey.ApiKeys;
import org.salondesk.apikey.OnlineBookingSettings;
import org.salondesk.audit.AuditLog;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.backup.BackupService;
import org.salondesk.backup.DatabaseCheck;
import org.salondesk.booking.BookingMapping;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.DaySheets;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.RequestQueries;
import org.salondesk.catalog.BranchService;
import org.salondesk.catalog.CatalogMapping;
import org.salondesk.catalog.MasterService;
import org.salondesk.catalog.PayRates;
import org.salondesk.catalog.ProvisionService;
import org.salondesk.catalog.Resources;
import org.salondesk.catalog.ServiceCatalog;
import org.salondesk.changes.ChangeFeed;
import org.salondesk.checkout.CheckoutService;
import org.salondesk.checkout.DayCloseService;
import org.salondesk.checkout.Payments;
import org.salondesk.checkout.ProductService;
import org.salondesk.checkout.Receipts;
import org.salondesk.client.ClientImport;
import org.salondesk.client.ClientMapping;
import org.salondesk.client.ClientService;
import org.salondesk.demo.DemoSalon;
import org.salondesk.notification.Notifications;
import org.salondesk.notification.OnlineArrivals;
import org.salondesk.persistence.Database;
import org.salondesk.persistence.DatabaseLink;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.OwnerOnly;
import org.salondesk.report.ReportService;
import org.salondesk.schedule.ScheduleMapping;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.staff.DeskRules;
import org.salondesk.staff.StaffMapping;
import org.salondesk.staff.StaffRow;
import org.salondesk.staff.StaffService;
import org.salondesk.task.AutoTasks;
import org.salondesk.task.TaskMapping;
import org.salondesk.task.TaskService;
import org.salondesk.waitlist.WaitingList;
import org.salondesk.waitlist.WaitlistMatching;

/**
 * SalonDesk on one database: the single entry point for the desk's screens, integrations and tests. Every
 * service here works on the same database and asks the same availability service.
 */
public final class SalonDesk implements AutoCloseable {

    /** Every class Hibernate maps, as each feature names its own (persistence knows no feature). */
    public static final List<Class<?>> ENTITIES = Stream.of(CatalogMapping.ENTITIES, ScheduleMapping.ENTITIES,
            StaffMapping.ENTITIES, ClientMapping.ENTITIES, BookingMapping.ENTITIES, TaskMapping.ENTITIES)
            .flatMap(List::stream).toList();

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff = new CurrentStaff();
    private final DeskServices services;

    private SalonDesk(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.services = DeskServices.wire(database, clock, currentStaff);
    }

    /** Opens (and migrates) the database at {@code jdbcUrl}; {@code clock} is the desk's "now". */
    public static SalonDesk open(String jdbcUrl, Clock clock) {
        return open(JdbcUrl.of(jdbcUrl), clock, false);
    }

    /** As {@link #open(String, Clock)}; with {@code validateSchema} Hibernate checks its mapping against the schema. */
    public static SalonDesk open(JdbcUrl url, Clock clock, boolean validateSchema) {
        return new SalonDesk(Database.open(url, validateSchema, ENTITIES), clock);
    }

    /**
     * Opens (and migrates) the database at {@code url} and answers at once; Hibernate is built in the background when
     * first needed: the desk's start-up, so that the calendar reads and shows its first day with plain JDBC first.
     */
    public static SalonDesk openQuickly(JdbcUrl url, Clock clock) {
        return new SalonDesk(Database.openMappingLater(url, ENTITIES), clock);
    }

    /** The products each branch sells. */
    public ProductService products() {
        return services.products();
    }

    /** The checkout of a booking: its lines, payments, and the booking completed. */
    public CheckoutService checkout() {
        return services.checkout();
    }

    /** The receipts of checked-out bookings. */
    public Receipts receipts() {
        return services.receipts();
    }

    /** The day's close of each branch's drawer. */
    public DayCloseService dayClose() {
        return services.dayClose();
    }

    /** A day's payments, and refunds. */
    public Payments payments() {
        return services.payments();
    }

    /** The masters' commissions per service and daily rates. */
    public PayRates payRates() {
        return services.payRates();
    }

    /** Revenue, payments, occupancy, no-shows, clients and payroll of a period. */
    public ReportService reports() {
        return services.reports();
    }

    /** The waiting list: clients who want time that is not free yet (decision 0035). */
    public WaitingList waitingList() {
        return services.waitingList();
    }

    /** Which waiting-list entries have free time now, and telling the desk once when one finds some. */
    public WaitlistMatching waitlistMatching() {
        return services.waitlistMatching();
    }

    /** The branches and their settings. */
    public BranchService branches() {
        return services.branches();
    }

    /** What the branches sell: categories and services. */
    public ServiceCatalog serviceCatalog() {
        return services.serviceCatalog();
    }

    /** Rooms, chairs, basins and equipment, and how services are done: processing and the resources they take. */
    public Resources resources() {
        return services.resources();
    }

    /** The masters and their job titles. */
    public MasterService masters() {
        return services.masters();
    }

    /** Who does what: the master × service matrix. */
    public ProvisionService provisions() {
        return services.provisions();
    }

    public ScheduleService schedules() {
        return services.schedules();
    }

    public ClientService clients() {
        return services.clients();
    }

    /** Clients in and out as CSV files. */
    public ClientImport clientImport() {
        return services.clientImport();
    }

    public AvailabilityService availability() {
        return services.availability();
    }

    public BookingService booking() {
        return services.booking();
    }

    /** Read-only views of bookings for the screens. */
    public BookingQueries bookingQueries() {
        return services.bookingQueries();
    }

    /** A branch's or a master's day on paper. */
    public DaySheets daySheets() {
        return services.daySheets();
    }

    /** The request lists: any date, all masters, a page at a time. */
    public RequestQueries requestQueries() {
        return services.requestQueries();
    }

    /** The task lists: call-backs, reminders, confirmations. */
    public TaskService tasks() {
        return services.tasks();
    }

    /** The tasks the desk makes by itself (the branch service saves the settings that switch them). */
    public AutoTasks autoTasks() {
        return services.autoTasks();
    }

    /** The staff users: admins, receptionists, masters. */
    public StaffService staff() {
        return services.staff();
    }

    /**
     * Makes this desk act as the staff user with this login and password from now on, with her role's rights, and
     * returns her. Refused with SIGN_IN_FAILED or LOCKED_OUT (the desk then stays as it was). The {@code password}
     * array is wiped.
     */
    public StaffRow signIn(String login, char[] password) {
        StaffRow user = services.staff().signIn(login, password);
        signedIn(user);
        return user;
    }

    /** Whether no active admin has a password yet: the window asks for the first admin instead of a sign-in. */
    public boolean needsFirstAdmin() {
        return services.staff().needsFirstAdmin();
    }

    /**
     * Makes the salon's first admin with a password (only while {@link #needsFirstAdmin()}, else ILLEGAL_STATE) and
     * signs this desk in as her. The {@code password} array is wiped.
     */
    public StaffRow makeFirstAdmin(String login, String displayName, char[] password) {
        StaffRow admin = services.staff().get(services.staff().makeFirstAdmin(login, displayName, password));
        signedIn(admin);
        return admin;
    }

    /**
     * On the demo salon whose admin still has the demo password: makes this desk act as her, without a password typed
     * (the window of the demo starts signed in). Empty, and nothing changed, on any other database.
     */
    public Optional<StaffRow> signInAsDemoAdmin() {
        Optional<StaffRow> admin = services.staff().withStoredPassword(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD_HASH);
        admin.ifPresent(this::signedIn);
        return admin;
    }

    /** Nobody works this desk any more: it is the trusted in-process desk again until the next sign-in. */
    public void signOut() {
        Long was = currentStaff.role().isPresent() ? currentStaff.id() : null;
        currentStaff.signOut();
        if (was != null) {
            services.notifications().away(was);
        }
    }

    private void signedIn(StaffRow user) {
        currentStaff.signIn(user.id(), user.role(), user.masterId());
        services.notifications().here();
    }

    /** The rules every desk of the salon follows: the idle minutes before a desk locks itself. */
    public DeskRules deskRules() {
        return services.deskRules();
    }

    /** The signed-in user's notifications: bookings of hers that someone else made, moved or cancelled. */
    public Notifications notifications() {
        return services.notifications();
    }

    /** Which changed bookings are online requests just arrived (the desk pops them up). */
    public OnlineArrivals onlineArrivals() {
        return services.onlineArrivals();
    }

    /** Who works the desk now; what they do is recorded under their name. */
    public CurrentStaff currentStaff() {
        return currentStaff;
    }

    /** What this desk and the others change in the database, as it happens: the screens subscribe to it. */
    public ChangeFeed changes() {
        return services.changes();
    }

    /** The booking server's API keys: made, listed and revoked by the admin, checked on every request. */
    public ApiKeys apiKeys() {
        return services.apiKeys();
    }

    /** The booking server's settings: on or off in the desk app, its port, how long a lease holds a slot. */
    public OnlineBookingSettings onlineBooking() {
        return services.onlineBooking();
    }

    /** The audit trail: every change, sign-in and export, who did it and what changed (admins only). */
    public AuditLog audit() {
        return services.audit();
    }

    /** Copies of the database: made, checked, listed and put back (on a server, how its backups are made). */
    public BackupService backups() {
        return services.backups();
    }

    /** Where the database is, its schema version, and whether it answers: never a way to read or write it. */
    public DatabaseLink databaseLink() {
        return database;
    }

    /**
     * The self-check of the open database: its schema version, what it holds, bookings that break the rules, and
     * which of an embedded database's files (and copies) others on this PC may read.
     */
    public DatabaseCheck selfCheck() {
        String version = database.schemaVersion();
        List<OwnerOnly.Loose> loose = database.url().h2File().map(OwnerOnly::looseOfDatabase).orElse(List.of());
        return database.withConnection(connection -> DatabaseCheck.of(connection, version, loose));
    }

    /** Fills an empty database with the demo salon; returns whether it did (false: a branch was there already). */
    public boolean seedDemoIfEmpty() {
        return new DemoSalon(database, services.availability(), clock).seedIfEmpty();
    }

    /**
     * The database itself, for the tests' and benchmarks' own accessors in this package (they write rows the services
     * would refuse, or read what no screen shows). Screens and start-up use {@link #databaseLink()}.
     */
    Database database() {
        return database;
    }

    /** Stops the change feed, writes the API keys' use counted so far, then closes the database. */
    @Override
    public void close() {
        try {
            services.changes().close();
            services.apiKeys().close();
        } finally {
            database.close();
        }
    }
}
