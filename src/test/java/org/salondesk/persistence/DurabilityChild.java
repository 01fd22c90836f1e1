package org.salondesk.persistence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;

/**
 * The desk in a child JVM for {@link DurabilityTest}: opens the H2 file given as the first argument and books
 * five-minute slots one after another, printing {@code BOOKED <id>} as soon as each createBooking has returned
 * (that is, as soon as the desk would show it as saved). It never stops by itself; the test kills it.
 */
public final class DurabilityChild {

    /** The prefix of an acknowledgement line; everything else on standard output is log noise. */
    public static final String ACK = "BOOKED ";

    private DurabilityChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 2, 8, 0).atZone(moscow).toInstant(), moscow);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SalonDesk desk = SalonDesk.open(args[0], clock);
        long branch = desk.branches().createBranch("Центр", null);
        long service = desk.serviceCatalog().createService(branch, null, "Экспресс-укладка", null, java.math.BigDecimal.TEN, 5);
        long master = desk.masters().createMaster(branch, "Павел", null, null);
        desk.provisions().assignServices(master, List.of(service));
        for (DayOfWeek day : DayOfWeek.values()) {
            desk.schedules().setWeeklyShift(master, day, LocalTime.of(0, 0), LocalTime.of(23, 55));
        }
        long client = desk.clients().createClient("Анна", null, "+7 916 555-00-11");
        LocalDate date = LocalDate.of(2026, 3, 3);
        LocalTime time = LocalTime.of(0, 0);
        while (true) {
            BookingInfo booking = desk.booking().createBooking(branch, List.of(service), date, time, master, client);
            out.println(ACK + booking.id());
            time = time.plusMinutes(5);
            if (time.equals(LocalTime.of(23, 55))) {
                time = LocalTime.of(0, 0);
                date = date.plusDays(1);
            }
        }
    }
}
