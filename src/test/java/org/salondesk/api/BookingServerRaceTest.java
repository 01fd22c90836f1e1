package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.api.ApiFixture.BOT;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.api.ApiFixture.Answer;

/** 64 HTTP clients racing for the same starts, and retried creates with one idempotency key. */
class BookingServerRaceTest {

    private static final int CLIENTS = 64;
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void close() {
        api.close();
    }

    private List<Answer> race(int clients, java.util.function.IntFunction<Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racingClientsNeverOverlapAndEveryLoserHears409() throws Exception {
        // Two masters × three hours of 60-minute haircuts: six bookings can exist, at 9, 10 or 11 (or between).
        LocalTime[] starts = {LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30),
                LocalTime.of(11, 0)};
        List<Answer> answers = race(CLIENTS, n -> api.send("POST", "/api/v1/bookings", BOT,
                api.bookingBody(starts[n % starts.length], n % 3 == 0 ? null : n % 3 == 1 ? api.pavel : api.masha,
                        "+7916555" + String.format("%04d", n)), "race-key-" + n));

        List<Long> created = new ArrayList<>();
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.body().toString()).isIn(201, 409);
            if (answer.status() == 201) {
                created.add(answer.body().path("booking").path("booking_id").asLong());
            } else {
                assertThat(answer.code()).isEqualTo("SLOT_UNAVAILABLE");
            }
        }
        assertThat(created).isNotEmpty().doesNotHaveDuplicates();
        assertThat(api.salon.rows().bookings()).isEqualTo(created.size());
        List<int[]> spans = new ArrayList<>();
        for (long id : created) {
            JsonNode booking = api.get("/api/v1/bookings/" + id).body().path("booking");
            assertThat(booking.path("booking_id").asLong()).isEqualTo(id);
            int start = LocalTime.parse(booking.path("booking_time").asText()).toSecondOfDay() / 60;
            spans.add(new int[]{(int) booking.path("employee_id").asLong(), start,
                    start + booking.path("booking_duration").asInt()});
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                int[] a = spans.get(i);
                int[] b = spans.get(j);
                assertThat(a[0] == b[0] && a[1] < b[2] && b[1] < a[2]).as("bookings %d and %d overlap", i, j)
                        .isFalse();
            }
        }
        assertThat(api.desk.selfCheck().violations()).isEmpty();
    }

    @Test
    void retriedCreatesWithOneKeyMakeOneBooking() throws Exception {
        String body = api.bookingBody(ApiFixture.TEN, null, "+79165550000");
        List<Answer> answers = race(16, n -> api.send("POST", "/api/v1/bookings", BOT, body, "one-key-for-all"));
        Set<Long> ids = new HashSet<>();
        int firsts = 0;
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.body().toString()).isIn(200, 201);
            firsts += answer.status() == 201 ? 1 : 0;
            ids.add(answer.body().path("booking").path("booking_id").asLong());
        }
        assertThat(ids).hasSize(1);
        assertThat(firsts).isEqualTo(1);
        assertThat(api.salon.rows().bookings()).isEqualTo(1);
    }
}
