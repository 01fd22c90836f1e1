package org.salondesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.salondesk.api.BookingServer;
import org.salondesk.apikey.ApiCaller;

/**
 * The booking server under a steady load (issue 16), not a JMH benchmark: requests are sent open-loop at a fixed
 * rate (a slow answer does not delay the next request), and each latency is taken from the moment the request was
 * due, so queueing counts. Slots at 200 requests/s, then bookings at 20/s, on the 204 480 bookings of
 * {@link BenchSalon}; prints p50, p90, p99 and the worst, and the statuses. Only loopback is used.
 * <p>
 * {@code mvn -Pbench -DskipTests compile exec:exec@bench-api} (seconds per phase: {@code -Dbench.args=30}).
 */
public final class ApiLoad {

    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        BenchSalon salon = BenchSalon.open();
        salon.forgetCreatedBookings();
        BookingServer server = new BookingServer(salon.desk.booking(), salon.desk.waitingList(),
                key -> Optional.of(new ApiCaller(1, "bench", true, 1_000_000, 1_000_000)), BenchSalon.CLOCK);
        String base = "http://127.0.0.1:" + server.start(0, "127.0.0.1") + "/api/v1";
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        try {
            IntFunction<HttpRequest> slots = i -> get(base + "/companies/" + salon.branch + "/slots?service_ids="
                    + salon.service + "&date=" + BenchSalon.TODAY.plusDays(1 + i % 30)
                    + (i % 2 == 0 ? "" : "&employee_id=" + salon.masters.get(i % salon.masters.size())));
            AtomicInteger created = new AtomicInteger();
            IntFunction<HttpRequest> bookings = i -> booking(base, salon, created.getAndIncrement());
            run("warm-up", http, 100, 10, slots);
            run("warm-up", http, 10, 5, bookings);
            run("slots", http, 200, seconds, slots);
            run("bookings", http, 20, seconds, bookings);
        } finally {
            server.stop();
            salon.forgetCreatedBookings();
            salon.desk.close();
            System.exit(0);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer bench").build();
    }

    /** The next free half hour of the empty days, as the JMH createBooking takes them. */
    private static HttpRequest booking(String base, BenchSalon salon, int next) {
        int perDay = salon.masters.size() * 24;
        LocalDate date = BenchSalon.FIRST_EMPTY_DAY.plusDays(next / perDay);
        long master = salon.masters.get((next / 24) % salon.masters.size());
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * (next % 24));
        String body = """
                {"company_id": %d, "service_ids": [%d], "date": "%s", "time": "%s", "employee_id": %d,
                 "user_information": {"name": "Нагрузка", "phone": "+7916%07d"}}"""
                .formatted(salon.branch, salon.service, date, time.toString(), master, next);
        return HttpRequest.newBuilder(URI.create(base + "/bookings"))
                .header("Authorization", "Bearer bench").header("Idempotency-Key", "bench-load-" + next)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void run(String name, HttpClient http, int perSecond, int seconds, IntFunction<HttpRequest> next)
            throws Exception {
        int total = perSecond * seconds;
        long[] latencies = new long[total];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int i = 0; i < total; i++) {
            int n = i;
            long due = start + n * period;
            HttpRequest request = next.apply(n);
            CompletableFuture<Void> sent = new CompletableFuture<>();
            pending.add(sent);
            clock.schedule(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies[n] = System.nanoTime() - due;
                        statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                        sent.complete(null);
                    }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(seconds + 120L, TimeUnit.SECONDS);
        clock.shutdown();
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("%-9s %4d/s × %3d s: p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f ms, max %7.2f ms; statuses %s%n",
                name, perSecond, seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, new TreeMap<>(statuses));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
