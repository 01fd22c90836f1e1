package org.salondesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An hour of a chain's front desk on {@link ChainSalon}, run as fast as the machine allows rather than in real time:
 * 60 simulated minutes, each with what a busy desk does in a minute (two calendar days read, three client searches
 * and a client card, a page of the request list in some order, the free slots of a day, one booking made). Then the
 * heap in use after a full collection, with the desk still open, is logged: what an hour of use leaves behind.
 * <pre>mvn -Pbench -DskipTests compile exec:exec@bench-hour [-Dbench.db=...]</pre>
 */
public final class HourSimulation {

    private static final Logger LOG = LoggerFactory.getLogger(HourSimulation.class);
    private static final String[] TYPED = {"4827", "8 916", "Кузн", "ива", "анна п", "client77", "", "Смирнова"};

    private HourSimulation() {
    }

    public static void main(String[] args) {
        ChainSalon salon = ChainSalon.open();
        salon.forgetCreatedBookings();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long opened = usedAfterGc(memory);
        Random random = new Random(60);
        long started = System.nanoTime();
        int operations = 0;
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 2; i++) {
                int b = random.nextInt(ChainSalon.BRANCHES);
                LocalDate day = ChainSalon.TODAY.plusDays(random.nextInt(14) - 3);
                salon.desk.bookingQueries().forCalendar(salon.branches.get(b), day, day);
                salon.desk.availability().schedules(salon.branches.get(b), null, day, day);
            }
            for (int i = 0; i < 3; i++) {
                String text = TYPED[random.nextInt(TYPED.length)];
                salon.desk.clients().search(text, 0, 50);
                salon.desk.clients().count(text);
            }
            salon.desk.clients().card(1 + random.nextInt(ChainSalon.CLIENTS));
            RequestSort sort = new RequestSort(RequestSort.Column.values()[random.nextInt(7)], random.nextBoolean());
            RequestSummary summary = salon.desk.requestQueries().summary(RequestFilter.all());
            long pages = (summary.total() + 99) / 100;
            salon.desk.requestQueries().page(RequestFilter.all(), sort, (int) (random.nextLong(Math.min(pages, 20))
                    * 100), 100, summary.total());
            int b = minute % ChainSalon.BRANCHES;
            List<Long> service = List.of(salon.shortService.get(b));
            salon.desk.booking().getSlotsForBooking(salon.branches.get(b), service,
                    ChainSalon.TODAY.plusDays(1 + random.nextInt(13)), null, null);
            long master = salon.masters.get(b).get(minute % ChainSalon.MASTERS_PER_BRANCH);
            salon.desk.booking().createBooking(salon.branches.get(b), service, ChainSalon.FIRST_EMPTY_DAY,
                    LocalTime.of(9, 0).plusMinutes(30L * (minute / ChainSalon.MASTERS_PER_BRANCH)), master,
                    1L + random.nextInt(ChainSalon.CLIENTS));
            operations += 12;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long used = usedAfterGc(memory);
        LOG.info("An hour of desk work ({} operations) ran in {} s; heap used after a full GC: {} MB (just opened:"
                + " {} MB), committed {} MB", operations, seconds, used / (1024 * 1024), opened / (1024 * 1024),
                memory.getHeapMemoryUsage().getCommitted() / (1024 * 1024));
        salon.forgetCreatedBookings();
        salon.desk.close();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
