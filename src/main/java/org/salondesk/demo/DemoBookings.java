package org.salondesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.hibernate.Session;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.MasterSchedule;
import org.salondesk.availability.SlotGrid;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;
import org.salondesk.booking.BookedService;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingSource;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.Branch;
import org.salondesk.catalog.ProvidedService;
import org.salondesk.catalog.SalonService;
import org.salondesk.client.Client;
import org.salondesk.persistence.Database;

/**
 * The demo's bookings: each master's working days booked to 40–80 %, on starts the slot grid finds free, with the
 * statuses a real desk would have by now (done in the past, arrived now, a few online requests waiting ahead). The
 * same clock gives the same bookings.
 */
final class DemoBookings {

    private static final int STEP = 15;
    private static final List<String> CANCEL_REASONS = List.of("Клиент перенёс", "Заболела", "Не успевает",
            "Записалась к другому мастеру");

    private final Database database;
    private final AvailabilityService availability;
    private final Clock clock;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random;
    private boolean colourPlaced;

    DemoBookings(Database database, AvailabilityService availability, Clock clock) {
        this.database = database;
        this.availability = availability;
        this.clock = clock;
        this.today = LocalDate.now(clock);
        this.now = LocalDateTime.now(clock);
        this.random = new Random(7_340_000L + today.toEpochDay());
    }

    /** Books every master's working days from {@link DemoSalon#DAYS_BACK} before today to the days ahead. */
    int bookings(Session session, DemoSetup setup) {
        LocalDate first = today.minusDays(DemoSalon.DAYS_BACK);
        LocalDate last = today.plusDays(DemoSalon.DAYS_AHEAD);
        int count = 0;
        for (Branch branch : setup.branches) {
            Map<Long, MasterSchedule> schedules =
                    availability.schedules(branch.getId(), null, first, last);
            for (DemoSetup.Placed placed : setup.masters) {
                if (placed.master().getBranchId() != branch.getId()) {
                    continue;
                }
                MasterSchedule schedule = schedules.get(placed.master().getId());
                for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                    Optional<WorkingDay> day = schedule == null ? Optional.empty() : schedule.workingDay(date);
                    if (day.isPresent()) {
                        count += fillDay(session, setup, placed, date, day.get());
                    }
                }
            }
        }
        session.flush();
        Database.withConnection(session, connection -> {
            setup.resources.writeUses(connection);
            return null;
        });
        return count;
    }

    /** Books a master's working day to 40–80 %, each booking on a start the slot grid finds free. */
    private int fillDay(Session session, DemoSetup setup, DemoSetup.Placed placed, LocalDate date, WorkingDay day) {
        List<TimeSpan> taken = new ArrayList<>();
        int booked = 0;
        int count = 0;
        if (date.equals(today) && placed.data().name().equals(DemoSalon.KNOWN_MASTER)) {
            int minutes = known(session, setup, placed, date, day, taken, DemoSalon.KNOWN_TIME,
                    DemoSalon.KNOWN_SERVICE, setup.clients.get(0));
            booked += minutes;
            count += minutes > 0 ? 1 : 0;
        }
        if (!colourPlaced && !date.isBefore(today) && placed.data().name().equals(DemoSalon.COLOUR_MASTER)) {
            // On the colourist's first working day from today; its processing window stays free (issue 18).
            int minutes = known(session, setup, placed, date, day, taken, DemoSalon.COLOUR_TIME,
                    DemoSalon.COLOUR_SERVICE, clientFor(setup, DemoSalon.COLOUR_SERVICE, date));
            colourPlaced = minutes > 0;
            booked += minutes;
            count += minutes > 0 ? 1 : 0;
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
            Booking booking = book(session, setup, placed, date, span.startTime(), service, client, false);
            if (booking.getStatus() != BookingStatus.CANCELLED) {
                taken.add(span);
                booked += span.length();
            }
            count++;
        }
        return count;
    }

    /** A booking the demo always has, where the day has room for it; answers the minutes it took (0: none). */
    private int known(Session session, DemoSetup setup, DemoSetup.Placed placed, LocalDate date, WorkingDay day,
                      List<TimeSpan> taken, LocalTime time, String title, Client client) {
        SalonService service = placed.services().get(title);
        TimeSpan known = TimeSpan.starting(time, service.getDurationMinutes());
        if (!SlotGrid.isFree(day, taken, known)) {
            return 0;
        }
        book(session, setup, placed, date, time, service, client, true);
        taken.add(known);
        return known.length();
    }

    private Client clientFor(DemoSetup setup, String service, LocalDate date) {
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

    /** {@code known}: a booking the demo always has, never cancelled ahead (its guide and tests look for it). */
    private Booking book(Session session, DemoSetup setup, DemoSetup.Placed placed, LocalDate date, LocalTime start,
                         SalonService service, Client client, boolean known) {
        ProvidedService own = session.find(ProvidedService.class,
                new ProvidedService.Key(placed.master().getId(), service.getId()));
        BigDecimal price = own != null && own.getPrice() != null ? own.getPrice() : service.getPrice();
        BookedService line = new BookedService(1, service.getId(), service.getTitle(), price,
                service.getDurationMinutes());
        BookingStatus status = statusFor(date, start, service.getDurationMinutes(), client);
        if (known && status == BookingStatus.CANCELLED && date.atTime(start).isAfter(now)) {
            status = BookingStatus.CONFIRMED;
        }
        BookingSource source = status == BookingStatus.NEW ? BookingSource.ONLINE
                : random.nextInt(100) < 55 ? BookingSource.DESK : random.nextInt(100) < 80 ? BookingSource.PHONE
                : BookingSource.ONLINE;
        Instant createdAt = date.minusDays(1 + random.nextInt(6)).atTime(9 + random.nextInt(10), random.nextInt(60))
                .atZone(clock.getZone()).toInstant();
        if (createdAt.isAfter(clock.instant())) {
            createdAt = clock.instant().minusSeconds(3600);
        }
        Long by = source == BookingSource.ONLINE ? null : setup.staff.get(1 + random.nextInt(2)).getId();
        Booking booking = new Booking(database.nextBookingNumber(session), placed.master().getBranchId(),
                placed.master().getId(), client.getId(), date, start, List.of(line), status, source, createdAt, by);
        if (status == BookingStatus.CANCELLED) {
            booking.changeStatus(BookingStatus.CANCELLED, CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size())),
                    createdAt.plusSeconds(3600), by);
        }
        setup.resources.book(booking, service.getId());
        if (random.nextInt(10) == 0) {
            booking.setNote(DemoSalon.NOTES.get(random.nextInt(DemoSalon.NOTES.size())));
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
}
