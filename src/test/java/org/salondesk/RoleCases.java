package org.salondesk;

import static org.salondesk.access.StaffRole.ADMIN;
import static org.salondesk.access.StaffRole.MASTER;
import static org.salondesk.access.StaffRole.RECEPTIONIST;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.salondesk.access.StaffRole;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.audit.AuditFilter;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.catalog.ServiceSave;
import org.salondesk.client.ClientForm;
import org.salondesk.client.NewClient;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.staff.DeskRulesForm;
import org.salondesk.staff.StaffForm;
import org.salondesk.task.TaskForm;
import org.salondesk.testing.SmallSalon;

/**
 * The rows of the role table of issue 15 as operations of the application API, each with the roles the table allows
 * it to and what it needs prepared first (by the trusted desk). Ольга is the signed-in master; Павел is another.
 */
final class RoleCases {

    private static final Set<StaffRole> A = EnumSet.of(ADMIN);
    private static final Set<StaffRole> AR = EnumSet.of(ADMIN, RECEPTIONIST);
    private static final Set<StaffRole> AM = EnumSet.of(ADMIN, MASTER);
    private static final Set<StaffRole> ARM = EnumSet.allOf(StaffRole.class);

    private RoleCases() {
    }

    /** An operation of the API done on a signed-in desk with what was prepared; {@code me} is her staff user. */
    @FunctionalInterface
    interface Call {
        void run(SalonDesk desk, Object prepared, long me) throws Exception;
    }

    record Operation(String name, Set<StaffRole> allowed, Function<Fixture, Object> prepare, Call call) {
        boolean allows(StaffRole role) {
            return allowed.contains(role);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The salon every case works in, and fresh times, dates, phones and logins so that no case gets in another's way. */
    record Fixture(SalonDesk desk, SmallSalon salon, LocalDate today, long receptionist, long pavelUser,
                   AtomicInteger counter) {

        Fixture(SalonDesk desk, SmallSalon salon, LocalDate today, long receptionist, long pavelUser) {
            this(desk, salon, today, receptionist, pavelUser, new AtomicInteger());
        }

        int next() {
            return counter.incrementAndGet();
        }

        /** A free hour of both masters: 9:00 to 17:00 on the days from the day after tomorrow. */
        LocalDate slotDate(int n) {
            return today.plusDays(2 + n / 9);
        }

        LocalTime slotTime(int n) {
            return LocalTime.of(9 + n % 9, 0);
        }

        /** A date far ahead of every booking, for days off, breaks and dated hours. */
        LocalDate farDate() {
            return today.plusDays(200 + next());
        }

        long book(long master) {
            int n = next();
            return desk.booking().createBooking(salon.branch, List.of(salon.haircut), slotDate(n), slotTime(n), master,
                    salon.anna).id();
        }

        long clientOf(long master) {
            long client = desk.clients().createClient("Клиент", "№" + next(), phone());
            int n = next();
            desk.booking().createBooking(salon.branch, List.of(salon.haircut), slotDate(n), slotTime(n), master,
                    client);
            return client;
        }

        String phone() {
            return String.format("+7 916 %03d-%02d-%02d", 200 + next() % 700, next() % 100, next() % 100);
        }

        long task(Long assignee) {
            return desk.tasks().create(new TaskForm(assignee, "Перезвонить", null, today, null, null, null));
        }

        long freshMaster() {
            return desk.masters().createMaster(salon.branch, "Мастер " + next(), null, null);
        }

        BookingRequest request(Long master) {
            int n = next();
            return new BookingRequest(salon.branch, List.of(salon.haircut), slotDate(n), slotTime(n), master,
                    salon.anna, null, BookingSource.DESK, null, null);
        }
    }

    private static Operation op(String name, Set<StaffRole> allowed, Function<Fixture, Object> prepare, Call call) {
        return new Operation(name, allowed, prepare, call);
    }

    private static Operation op(String name, Set<StaffRole> allowed, Call call) {
        return new Operation(name, allowed, f -> f, call);
    }

    static List<Operation> all() {
        List<Operation> all = new ArrayList<>();
        all.addAll(bookings());
        all.addAll(requests());
        all.addAll(clients());
        all.addAll(tasks());
        all.addAll(schedules());
        all.addAll(catalogueSettingsStaff());
        all.addAll(CheckoutRoleCases.all());
        all.addAll(ReportRoleCases.all());
        return all;
    }

    /** Bookings: any master for the desk; a master only her own, and "any master" means her. */
    private static List<Operation> bookings() {
        return List.of(
                op("book Ольга", ARM, f -> f, (d, p, me) -> {
                    Fixture f = (Fixture) p;
                    d.booking().createBooking(f.request(f.salon().olga));
                }),
                op("book Павел", AR, (d, p, me) -> d.booking().createBooking(((Fixture) p).request(salon(p).pavel))),
                op("book any master", ARM, (d, p, me) -> d.booking().createBooking(((Fixture) p).request(null))),
                op("book Павел with a new client", AR, (d, p, me) -> {
                    Fixture f = (Fixture) p;
                    d.booking().createBooking(f.request(f.salon().pavel), NewClient.of("Новая", null, f.phone()));
                }),
                op("hold Павел's time", AR, (d, p, me) -> {
                    Fixture f = (Fixture) p;
                    int n = f.next();
                    d.booking().holdSlot(f.salon().branch, List.of(f.salon().haircut), f.slotDate(n), f.slotTime(n),
                            f.salon().pavel, java.time.Duration.ofMinutes(5));
                }),
                op("release Павел's hold", AR, f -> {
                    int n = f.next();
                    return f.desk().booking().holdSlot(f.salon().branch, List.of(f.salon().haircut), f.slotDate(n),
                            f.slotTime(n), f.salon().pavel, java.time.Duration.ofMinutes(5));
                }, (d, p, me) -> d.booking().releaseHold((Long) p)),
                op("move Ольга's booking in time", ARM, f -> new long[]{f.book(f.salon().olga), f.next()},
                        (d, p, me) -> {
                            long[] b = (long[]) p;
                            d.booking().modifyBookingTime(b[0], fixtureOf(d).slotDate((int) b[1]),
                                    fixtureOf(d).slotTime((int) b[1]));
                        }),
                op("move Павел's booking in time", AR, f -> new long[]{f.book(f.salon().pavel), f.next()},
                        (d, p, me) -> {
                            long[] b = (long[]) p;
                            d.booking().modifyBookingTime(b[0], fixtureOf(d).slotDate((int) b[1]),
                                    fixtureOf(d).slotTime((int) b[1]));
                        }),
                op("move Ольга's booking to Павел", AR, f -> new long[]{f.book(f.salon().olga), f.next()},
                        (d, p, me) -> {
                            long[] b = (long[]) p;
                            d.booking().moveBooking(b[0], fixtureOf(d).salon().pavel,
                                    fixtureOf(d).slotDate((int) b[1]), fixtureOf(d).slotTime((int) b[1]));
                        }),
                op("cancel Ольга's booking", ARM, f -> f.book(f.salon().olga),
                        (d, p, me) -> d.booking().cancelBooking(salonOf(d).branch, (Long) p, "по просьбе")),
                op("cancel Павел's booking", AR, f -> f.book(f.salon().pavel),
                        (d, p, me) -> d.booking().cancelBooking(salonOf(d).branch, (Long) p, "по просьбе")),
                op("confirm Ольга's booking", ARM, f -> f.book(f.salon().olga),
                        (d, p, me) -> d.booking().changeStatus((Long) p, BookingStatus.CONFIRMED, null)),
                op("confirm Павел's booking", AR, f -> f.book(f.salon().pavel),
                        (d, p, me) -> d.booking().changeStatus((Long) p, BookingStatus.CONFIRMED, null)),
                op("reinstate Павел's cancelled booking", AR, f -> {
                    long booking = f.book(f.salon().pavel);
                    f.desk().booking().cancelBooking(f.salon().branch, booking);
                    return booking;
                }, (d, p, me) -> d.booking().reinstateBooking((Long) p, BookingStatus.NEW)),
                op("note on Ольга's booking", ARM, f -> f.book(f.salon().olga),
                        (d, p, me) -> d.booking().updateNote((Long) p, "без укладки")),
                op("note on Павел's booking", AR, f -> f.book(f.salon().pavel),
                        (d, p, me) -> d.booking().updateNote((Long) p, "без укладки")),
                op("field on Павел's booking", AR, f -> f.book(f.salon().pavel),
                        (d, p, me) -> d.booking().setCustomField((Long) p, "источник", "звонок")));
    }

    /** Requests: by date for everyone (a master: hers); all of them and the export for the admin. */
    private static List<Operation> requests() {
        return List.of(
                op("requests of today", ARM, (d, p, me) -> d.requestQueries().page(new RequestFilter(null, null,
                        Set.of(), today(p), today(p), null), RequestSort.byDateTime(), 0, 50)),
                op("new requests", ARM, (d, p, me) -> d.requestQueries().summary(new RequestFilter(null, null,
                        Set.of(BookingStatus.NEW), null, null, null))),
                op("all requests", A, (d, p, me) -> d.requestQueries().page(RequestFilter.all(),
                        RequestSort.byDateTime(), 0, 50)),
                op("Павел's requests of the week", AR, (d, p, me) -> d.requestQueries().count(new RequestFilter(null,
                        salon(p).pavel, Set.of(), today(p), today(p).plusDays(6), null))),
                op("export requests of the week", A, (d, p, me) -> new RequestsCsv(d.requestQueries()).export(
                        new RequestFilter(null, null, Set.of(), today(p), today(p).plusDays(6), null),
                        RequestSort.byDateTime(), new StringWriter(), written -> { })));
    }

    /** Clients: the desk finds, creates and edits; the receptionist blocks; the rest is the admin's. */
    private static List<Operation> clients() {
        return List.of(
                op("card of Ольга's client", ARM, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().card((Long) p)),
                op("card of Павел's client", AR, f -> f.clientOf(f.salon().pavel),
                        (d, p, me) -> d.clients().card((Long) p)),
                op("create a client", AR, (d, p, me) -> d.clients().createClient("Вера", null, ((Fixture) p).phone())),
                op("create a client from the form", AR, (d, p, me) -> d.clients().create(new ClientForm("Вера", null,
                        ((Fixture) p).phone(), null, null, null))),
                op("edit Ольга's client", AR, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().setNote((Long) p, "любит чай")),
                op("rename a client", AR, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().setName((Long) p, "Вера", "Новикова")),
                op("link a relative", AR, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().createLinked((Long) p, "Маша", null)),
                op("block a client", AR, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().setBlocked((Long) p, true, "три неявки")),
                op("merge two clients", A, f -> new long[]{f.clientOf(f.salon().olga), f.clientOf(f.salon().olga)},
                        (d, p, me) -> d.clients().merge(((long[]) p)[0], ((long[]) p)[1])),
                op("hand a client to an operator", A, f -> f.clientOf(f.salon().olga),
                        (d, p, me) -> d.clients().assignOperator((Long) p, fixtureOf(d).receptionist())),
                op("share clients among operators", A,
                        (d, p, me) -> d.clients().distributeAmong(List.of(((Fixture) p).receptionist()))),
                op("import clients", A, (d, p, me) -> d.clientImport().run(d.clientImport().preview(new StringReader(
                        "name,surname,phone\nИнна,Котова," + ((Fixture) p).phone() + "\n")), done -> { })),
                op("export clients", A, (d, p, me) -> d.clientImport().export(new StringWriter())));
    }

    /** Tasks: the desk's all; a master's her own. */
    private static List<Operation> tasks() {
        return List.of(
                op("a task for herself", ARM, (d, p, me) -> d.tasks().create(new TaskForm(me, "Заказать краску", null,
                        today(p), null, null, null))),
                op("a task for no one in particular", ARM, (d, p, me) -> d.tasks().create(new TaskForm(null,
                        "Заказать краску", null, today(p), null, null, null))),
                op("a task for the receptionist", AR, (d, p, me) -> d.tasks().create(new TaskForm(
                        ((Fixture) p).receptionist(), "Заказать краску", null, today(p), null, null, null))),
                op("done: Ольга's task", ARM, f -> f.task(userOf(f, MASTER)), (d, p, me) -> d.tasks().markDone((Long) p)),
                op("done: the receptionist's task", AR, f -> f.task(f.receptionist()),
                        (d, p, me) -> d.tasks().markDone((Long) p)),
                op("edit the receptionist's task", AR, f -> f.task(f.receptionist()),
                        (d, p, me) -> d.tasks().update((Long) p, new TaskForm(fixtureOf(d).receptionist(), "Другое",
                                null, fixtureOf(d).today(), null, null, null))),
                op("delete the receptionist's task", AR, f -> f.task(f.receptionist()),
                        (d, p, me) -> d.tasks().delete((Long) p)),
                op("delete an unassigned task", AR, f -> f.task(null), (d, p, me) -> d.tasks().delete((Long) p)));
    }

    /** Schedules: the admin's; the receptionist reads; a master reads hers and keeps her own days off and breaks. */
    private static List<Operation> schedules() {
        return List.of(
                op("read Павел's week", AR, (d, p, me) -> d.schedules().weeklyTemplate(salon(p).pavel)),
                op("read Ольга's week", ARM, (d, p, me) -> d.schedules().weeklyTemplate(salon(p).olga)),
                op("Ольга's weekly hours", A, (d, p, me) -> d.schedules().setWeeklyShift(salon(p).olga,
                        DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))),
                op("Ольга's hours on a date", A, (d, p, me) -> d.schedules().setDatedShift(salon(p).olga,
                        ((Fixture) p).farDate(), LocalTime.of(10, 0), LocalTime.of(16, 0))),
                op("Ольга's rotation", A, (d, p, me) -> {
                    LocalDate from = ((Fixture) p).farDate();
                    d.schedules().setRotation(salon(p).olga, from, 2, 2, LocalTime.of(9, 0), LocalTime.of(18, 0),
                            from.plusDays(3));
                }),
                op("remove a rotation", A, f -> {
                    LocalDate from = f.farDate();
                    return f.desk().schedules().setRotation(f.salon().olga, from, 2, 2, LocalTime.of(9, 0),
                            LocalTime.of(18, 0), from.plusDays(3));
                }, (d, p, me) -> d.schedules().removeRotation((Long) p)),
                op("Ольга's recurring break", A, (d, p, me) -> {
                    LocalDate from = ((Fixture) p).farDate();
                    d.schedules().addRecurringBreak(salon(p).olga, LocalTime.of(13, 0), LocalTime.of(13, 30), Set.of(),
                            from, from.plusDays(1));
                }),
                op("default hours for a new master", A, Fixture::freshMaster,
                        (d, p, me) -> d.schedules().giveDefaultHours((Long) p)),
                op("copy Ольга's week to a new master", A, Fixture::freshMaster,
                        (d, p, me) -> d.schedules().copyWeekTemplate(salonOf(d).olga, List.of((Long) p))),
                op("copy a new master's week forward", A, Fixture::freshMaster, (d, p, me) -> d.schedules()
                        .copyWeekForward((Long) p, fixtureOf(d).today().plusDays(400)
                                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)), 1)),
                op("preview Ольга's day off", AM, (d, p, me) -> d.schedules().conflicts(
                        new ScheduleChange.DaysOff(salon(p).olga, today(p).plusDays(2), today(p).plusDays(2), null))),
                op("preview Павел's day off", A, (d, p, me) -> d.schedules().conflicts(
                        new ScheduleChange.DaysOff(salon(p).pavel, today(p).plusDays(2), today(p).plusDays(2), null))),
                op("Ольга's day off", AM, (d, p, me) -> d.schedules().addDayOff(salon(p).olga,
                        ((Fixture) p).farDate(), "к врачу")),
                op("Павел's day off", A, (d, p, me) -> d.schedules().addDayOff(salon(p).pavel,
                        ((Fixture) p).farDate(), "к врачу")),
                op("remove Ольга's day off", AM, f -> {
                    LocalDate date = f.farDate();
                    f.desk().schedules().addDayOff(f.salon().olga, date);
                    return date;
                }, (d, p, me) -> d.schedules().removeDayOff(salonOf(d).olga, (LocalDate) p)),
                op("Ольга's break in free time", AM, (d, p, me) -> d.schedules().addBreak(salon(p).olga,
                        ((Fixture) p).farDate(), LocalTime.of(12, 0), LocalTime.of(12, 30))),
                op("Павел's break", A, (d, p, me) -> d.schedules().addBreak(salon(p).pavel,
                        ((Fixture) p).farDate(), LocalTime.of(12, 0), LocalTime.of(12, 30))),
                op("Ольга's breaks at once", AM, (d, p, me) -> d.schedules().addBreaks(salon(p).olga,
                        ((Fixture) p).farDate(), List.of(new TimeSpan(12 * 60, 12 * 60 + 30),
                                new TimeSpan(15 * 60, 15 * 60 + 30)))),
                op("Павел's breaks at once", A, (d, p, me) -> d.schedules().addBreaks(salon(p).pavel,
                        ((Fixture) p).farDate(), List.of(new TimeSpan(12 * 60, 12 * 60 + 30)))),
                op("remove Ольга's break", AM, f -> f.desk().schedules().addBreak(f.salon().olga, f.farDate(),
                        LocalTime.of(12, 0), LocalTime.of(12, 30)), (d, p, me) -> d.schedules().removeBreak((Long) p)),
                op("remove Павел's break", A, f -> f.desk().schedules().addBreak(f.salon().pavel, f.farDate(),
                        LocalTime.of(12, 0), LocalTime.of(12, 30)), (d, p, me) -> d.schedules().removeBreak((Long) p)));
    }

    /** The catalogue, the settings and the staff users: the admin's alone (a password: anyone's own too). */
    private static List<Operation> catalogueSettingsStaff() {
        return List.of(
                op("open the catalogue", AR, (d, p, me) -> d.serviceCatalog().services(salon(p).branch)),
                op("open the categories", AR, (d, p, me) -> d.serviceCatalog().categories(salon(p).branch)),
                op("open the job titles", AR, (d, p, me) -> d.masters().jobTitles(salon(p).branch)),
                op("open who provides what", AR, (d, p, me) -> d.provisions().provisions(salon(p).branch)),
                op("open the settings", A, (d, p, me) -> d.branches().policies(salon(p).branch)),
                op("a category", A, (d, p, me) -> d.serviceCatalog().createCategory(salon(p).branch, "Уход", null)),
                op("a service", A, (d, p, me) -> d.serviceCatalog().createService(salon(p).branch, null, "Укладка",
                        null, new BigDecimal("900"), 30)),
                op("edit a service", A, (d, p, me) -> d.serviceCatalog().updateService(salon(p).manicure, null,
                        "Маникюр", null, new BigDecimal("2200"), 90)),
                op("save a service form", A, (d, p, me) -> d.serviceCatalog().saveService(new ServiceSave(
                        salon(p).branch, salon(p).manicure, null, "Маникюр", null, new BigDecimal("2200"), 90, null,
                        new ServiceSave.Phases(0, 0, List.of())))),
                op("switch a service off", A, f -> f.desk().serviceCatalog().createService(f.salon().branch, null,
                        "Массаж " + f.next(), null, new BigDecimal("900"), 30),
                        (d, p, me) -> d.serviceCatalog().setServiceActive((Long) p, false)),
                op("a job title", A, (d, p, me) -> d.masters().createJobTitle(salon(p).branch, "Барбер", null)),
                op("a master", A, (d, p, me) -> d.masters().createMaster(salon(p).branch, "Ирина", null, null)),
                op("edit a master", A, Fixture::freshMaster,
                        (d, p, me) -> d.masters().updateMaster((Long) p, "Ирина", "колорист", null)),
                op("switch a master off", A, Fixture::freshMaster,
                        (d, p, me) -> d.masters().setMasterActive((Long) p, false)),
                op("who provides what", A, Fixture::freshMaster,
                        (d, p, me) -> d.provisions().assignServices((Long) p, List.of(salonOf(d).haircut))),
                op("a master's own price", A, f -> f.salon().olga, (d, p, me) -> d.provisions().setProvision(
                        (Long) p, salonOf(d).haircut, true, new BigDecimal("2000"), null)),
                op("a branch", A, (d, p, me) -> d.branches().createBranch("Север", null)),
                op("the branch's settings", A, (d, p, me) -> d.branches().saveSettings(salon(p).branch,
                        d.branches().branchSettings(salon(p).branch), d.branches().policies(salon(p).branch))),
                op("the rules of the desks", A, (d, p, me) -> d.deskRules().save(new DeskRulesForm(5, true))),
                op("the online booking settings", A,
                        (d, p, me) -> d.onlineBooking().save(new OnlineBookingForm(true, 8081, 15))),
                op("an API key", A, (d, p, me) -> d.apiKeys().create("key" + ((Fixture) p).next(), false)),
                op("the API keys", A, (d, p, me) -> d.apiKeys().list()),
                op("revoke an API key", A, f -> {
                    String name = "gone" + f.next();
                    f.desk().apiKeys().create(name, false);
                    return name;
                }, (d, p, me) -> d.apiKeys().revoke((String) p)),
                op("a staff user", A, (d, p, me) -> d.staff().create(new StaffForm("new" + ((Fixture) p).next(),
                        "Новенькая", StaffRole.RECEPTIONIST, null))),
                op("edit a staff user", A, f -> f.desk().staff().get(f.receptionist()).form(),
                        (d, p, me) -> d.staff().update(fixtureOf(d).receptionist(), (StaffForm) p)),
                op("deactivate a staff user", A, f -> f.desk().staff().create(new StaffForm("gone" + f.next(), "Ушла",
                        StaffRole.RECEPTIONIST, null)), (d, p, me) -> d.staff().setActive((Long) p, false)),
                op("another's password", A, f -> f.pavelUser(),
                        (d, p, me) -> d.staff().setPassword((Long) p, RoleTableTest.PASSWORD.toCharArray())),
                op("her own password", ARM,
                        (d, p, me) -> d.staff().setPassword(me, RoleTableTest.PASSWORD.toCharArray())),
                op("another's PIN", A, f -> f.pavelUser(),
                        (d, p, me) -> d.staff().setPin((Long) p, "4821".toCharArray())),
                op("her own PIN", ARM, (d, p, me) -> d.staff().setPin(me, "4821".toCharArray())),
                op("read the audit trail", A, (d, p, me) -> d.audit().page(AuditFilter.all(), 0, 10)),
                op("export the audit trail", A,
                        (d, p, me) -> d.audit().export(AuditFilter.all(), new StringWriter(), done -> { })));
    }

    private static SmallSalon salon(Object prepared) {
        return ((Fixture) prepared).salon();
    }

    private static LocalDate today(Object prepared) {
        return ((Fixture) prepared).today();
    }

    private static Fixture fixtureOf(SalonDesk desk) {
        return RoleTableTest.fixture;
    }

    private static SmallSalon salonOf(SalonDesk desk) {
        return RoleTableTest.salon;
    }

    private static Long userOf(Fixture fixture, StaffRole role) {
        return RoleTableTest.user(role);
    }
}
