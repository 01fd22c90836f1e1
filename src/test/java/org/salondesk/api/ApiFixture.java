package org.salondesk.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.salondesk.SalonDesk;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.apikey.ApiKeyCheck;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/**
 * A small salon behind a running booking server on a free port, and an HTTP client for it. Keys: "bot-key-1" (bot),
 * "site-key-1" (site), "trusted-key" (admin, trusted), "slow-key-1" (1 request/s, burst 2).
 */
final class ApiFixture implements AutoCloseable {

    static final String BOT = "bot-key-1";
    static final String SITE = "site-key-1";
    static final String TRUSTED = "trusted-key";
    static final String SLOW = "slow-key-1";
    static final LocalDate DATE = TestToday.date().plusDays(1);
    static final LocalTime TEN = LocalTime.of(10, 0);

    private static final Map<String, ApiCaller> KEYS = Map.of(
            BOT, new ApiCaller(1, "bot", false, 1_000_000, 1_000_000),
            SITE, new ApiCaller(2, "site", false, 1_000_000, 1_000_000),
            TRUSTED, new ApiCaller(3, "admin", true, 1_000_000, 1_000_000),
            SLOW, new ApiCaller(4, "slow", false, 1, 2));

    final MutableClock clock = TestToday.at(8, 0);
    final SalonDesk desk;
    final TestSalon salon;
    final long branch;
    final long haircut;
    final long colour;
    final long pavel;
    final long masha;
    final BookingServer server;
    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiFixture() {
        desk = TestDatabases.freshDesk(clock);
        salon = new TestSalon(desk);
        branch = salon.branch("Центр");
        haircut = salon.service(branch, "Стрижка", 60, "1500");
        colour = salon.service(branch, "Окрашивание", 30, "2500.50");
        pavel = salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut, colour);
        masha = salon.master(branch, "Маша", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut);
        ApiKeyCheck keys = presented -> Optional.ofNullable(KEYS.get(presented));
        server = new BookingServer(desk.booking(), desk.waitingList(), keys, clock);
        base = "http://127.0.0.1:" + server.start(0, "127.0.0.1");
    }

    record Answer(int status, JsonNode body, HttpResponse<byte[]> raw) {
        String code() {
            return body.path("error").path("code").asText(null);
        }
    }

    Answer get(String path) {
        return send("GET", path, BOT, (String) null, null);
    }

    Answer send(String method, String path, String key, String body, String idempotencyKey) {
        return send(method, path, key, body == null ? null : body.getBytes(StandardCharsets.UTF_8), idempotencyKey);
    }

    Answer send(String method, String path, String key, byte[] body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            JsonNode node = bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
            return new Answer(response.statusCode(), node, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A booking body for {@code time} with the master (null: any). */
    String bookingBody(LocalTime time, Long master, String phone) {
        return """
                {"company_id": %d, "service_ids": [%d], "date": "%s", "time": "%s", %s
                 "user_information": {"name": "Ирина", "phone": "%s"}}"""
                .formatted(branch, haircut, DATE, ApiViews.time(time),
                        master == null ? "" : "\"employee_id\": " + master + ",", phone);
    }

    String services() {
        return "service_ids=" + haircut;
    }

    @Override
    public void close() {
        server.stop();
        desk.close();
    }
}
