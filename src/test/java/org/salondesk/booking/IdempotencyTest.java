package org.salondesk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/** Rule 6's idempotency key: a request repeated with its key returns the first booking instead of a second. */
class IdempotencyTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DATE = TODAY.plusDays(1);

    @TempDir
    Path folder;

    private SalonDesk desk;
    private TestSalon salon;
    private long branch;
    private long haircut;
    private long pavel;
    private long client;

    @BeforeEach
    void openFileDatabase() {
        desk = SalonDesk.open(TestDatabases.sharedUrl(folder), TestToday.at(8, 0));
        salon = new TestSalon(desk);
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        salon.master(branch, "Анна", LocalTime.of(9, 0), LocalTime.of(21, 0), haircut);
        client = salon.client("Ирина");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingRequest request(LocalTime time, Long master, String key) {
        return BookingRequest.online(branch, List.of(haircut), DATE, time, master, client).withIdempotencyKey(key);
    }

    @Test
    void theSameRequestTwiceWithOneKeyGivesOneBooking() {
        BookingInfo first = desk.booking().createBooking(request(LocalTime.of(10, 0), pavel, "bot-42-a"));
        // the slot is now taken, by this very request: the repeat must still answer with it
        BookingInfo again = desk.booking().createBooking(request(LocalTime.of(10, 0), pavel, "bot-42-a"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(salon.count("booking")).isEqualTo(1);
        assertThat(salon.count("booked_service")).isEqualTo(1);
        assertThat(salon.count("select count(*) from booking where idempotency_key = 'bot-42-a'")).isEqualTo(1);
    }

    @Test
    void anotherKeyIsAnotherRequestAndMeetsTheTakenSlot() {
        desk.booking().createBooking(request(LocalTime.of(10, 0), pavel, "bot-42-a"));

        assertThat(BookingRulesTest.codeOf(() -> desk.booking().createBooking(
                request(LocalTime.of(10, 0), pavel, "bot-42-b")))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
        assertThat(desk.booking().createBooking(request(LocalTime.of(10, 0), null, "bot-42-c")).masterId())
                .isNotEqualTo(pavel);
        assertThat(salon.count("booking")).isEqualTo(2);
    }

    @Test
    void withoutAKeyTheSameRequestTwiceIsRefusedTheSecondTime() {
        desk.booking().createBooking(request(LocalTime.of(10, 0), pavel, null));

        assertThat(BookingRulesTest.codeOf(() -> desk.booking().createBooking(request(LocalTime.of(10, 0), pavel,
                null)))).isEqualTo(ErrorCode.SLOT_UNAVAILABLE);
    }

    @Test
    void threadsSendingOneKeyAtOnceGetOneBooking() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            int round = 0;
            for (Long master : new Long[]{pavel, null, pavel, null}) {
                String key = "double-click-" + round;
                LocalTime time = LocalTime.of(10 + round++, 0);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<BookingInfo>> futures = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        return desk.booking().createBooking(request(time, master, key));
                    }));
                }
                go.countDown();
                List<Long> ids = new ArrayList<>();
                for (Future<BookingInfo> future : futures) {
                    ids.add(future.get(60, TimeUnit.SECONDS).id());
                }

                assertThat(ids).as("round with key %s", key).hasSize(8).containsOnly(ids.get(0));
                assertThat(salon.count("select count(*) from booking where idempotency_key = '" + key + "'"))
                        .isEqualTo(1);
            }
            assertThat(salon.count("booking")).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }
}
