package org.salondesk;

import java.time.Clock;
import java.util.List;

import org.salondesk.access.CurrentStaff;
import org.salondesk.apikey.ApiKeys;
import org.salondesk.apikey.OnlineBookingSettings;
import org.salondesk.audit.AuditLog;
import org.salondesk.audit.AuditTrail;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.backup.BackupService;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.DaySheets;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.MergedClientBookings;
import org.salondesk.booking.RequestQueries;
import org.salondesk.catalog.BranchService;
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
import org.salondesk.client.ClientService;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.notification.BookingNotifications;
import org.salondesk.notification.FreedTimeNotices;
import org.salondesk.notification.Notifications;
import org.salondesk.notification.OnlineArrivals;
import org.salondesk.persistence.Database;
import org.salondesk.report.ReportService;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.staff.DeskRules;
import org.salondesk.staff.StaffService;
import org.salondesk.task.AutoTasks;
import org.salondesk.task.FreedTimeTasks;
import org.salondesk.task.MergedClientTasks;
import org.salondesk.task.NoticeTasks;
import org.salondesk.task.TaskService;
import org.salondesk.waitlist.MergedClientWaitlist;
import org.salondesk.waitlist.WaitingList;
import org.salondesk.waitlist.WaitlistMatching;

/**
 * The desk's services on one database, each built on those it depends on, in that order: the one place that says
 * which service is built with which (the screens' counterpart is the app's wiring).
 */
record DeskServices(BranchService branches, ServiceCatalog serviceCatalog, Resources resources,
                    MasterService masters, ProvisionService provisions, ScheduleService schedules,
                    ClientService clients, ClientImport clientImport, AvailabilityService availability,
                    BookingService booking, BookingQueries bookingQueries, DaySheets daySheets,
                    RequestQueries requestQueries, TaskService tasks, AutoTasks autoTasks, StaffService staff,
                    ChangeFeed changes, BackupService backups, Notifications notifications, DeskRules deskRules,
                    AuditLog audit, ApiKeys apiKeys, OnlineArrivals onlineArrivals,
                    OnlineBookingSettings onlineBooking, ProductService products, CheckoutService checkout,
                    Payments payments, Receipts receipts, DayCloseService dayClose, PayRates payRates,
                    ReportService reports, WaitingList waitingList, WaitlistMatching waitlistMatching) {

    static DeskServices wire(Database database, Clock clock, CurrentStaff currentStaff) {
        // First, so that its listener records every write of the services below.
        AuditTrail trail = new AuditTrail(database, clock, currentStaff);
        AuditLog audit = new AuditLog(database, clock, currentStaff, trail);
        AvailabilityService availability = new AvailabilityService(database, clock);
        AvailabilityGuard guard = new AvailabilityGuard(database, availability);
        BranchService branches = new BranchService(database, clock, currentStaff);
        PayRates payRates = new PayRates(database, currentStaff, trail);
        ServiceCatalog serviceCatalog = new ServiceCatalog(database, guard, currentStaff, payRates);
        Resources resources = new Resources(database, currentStaff);
        MasterService masters = new MasterService(database, clock, guard, currentStaff);
        ProvisionService provisions = new ProvisionService(database, guard, currentStaff);
        BookingService booking = new BookingService(database, availability, guard, currentStaff);
        ScheduleService schedules = new ScheduleService(database, guard, booking.conflictResolver(), currentStaff);
        BookingQueries bookingQueries = new BookingQueries(database);
        DaySheets daySheets = new DaySheets(bookingQueries, currentStaff);
        RequestQueries requestQueries = new RequestQueries(database, currentStaff, trail);
        ClientImport clientImport = new ClientImport(database, clock, currentStaff, trail);
        TaskService tasks = new TaskService(database, clock, currentStaff);
        AutoTasks autoTasks = new AutoTasks(database, clock, trail);
        booking.addStatusListener(autoTasks);
        booking.addChangeListener(new BookingNotifications(clock, currentStaff, new NoticeTasks()));
        Notifications notifications = new Notifications(database, clock, currentStaff);
        DeskRules deskRules = new DeskRules(database, currentStaff, trail);
        StaffService staff = new StaffService(database, availability, clock, currentStaff, trail);
        ClientService clients = new ClientService(database, clock, currentStaff, staff,
                List.of(new MergedClientBookings(clock, currentStaff), new MergedClientTasks(),
                        new MergedClientWaitlist()), trail);
        ChangeFeed changes = ChangeFeed.of(database);
        BackupService backups = new BackupService(database, clock);
        ApiKeys apiKeys = new ApiKeys(database, clock, currentStaff, trail);
        OnlineBookingSettings onlineBooking = new OnlineBookingSettings(database, currentStaff, trail);
        OnlineArrivals onlineArrivals = new OnlineArrivals(database, clock, currentStaff);
        ProductService products = new ProductService(database, currentStaff, trail);
        CheckoutService checkout = new CheckoutService(database, guard, booking, currentStaff, trail, clock);
        Payments payments = new Payments(database, guard, currentStaff, trail, clock);
        Receipts receipts = new Receipts(database, currentStaff);
        DayCloseService dayClose = new DayCloseService(database, guard, currentStaff, trail, clock);
        ReportService reports = new ReportService(database, availability, currentStaff);
        WaitingList waitingList = new WaitingList(database, availability, clock, currentStaff);
        WaitlistMatching waitlistMatching = new WaitlistMatching(database, availability, waitingList, clock,
                currentStaff, new FreedTimeNotices(), new FreedTimeTasks());
        return new DeskServices(branches, serviceCatalog, resources, masters, provisions, schedules, clients,
                clientImport, availability, booking, bookingQueries, daySheets, requestQueries, tasks, autoTasks, staff,
                changes, backups, notifications, deskRules, audit, apiKeys, onlineArrivals, onlineBooking, products,
                checkout, payments, receipts, dayClose, payRates, reports, waitingList, waitlistMatching);
    }
}
