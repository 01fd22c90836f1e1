package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.api.ApiFixture.Answer;

/**
 * 10 000 random and malformed requests (seeded): bad JSON, huge numbers, negative ids, wrong types, unknown paths,
 * long strings, SQL-looking text, invalid UTF-8. No answer is a 5xx, every refusal is a JSON error, the server still
 * answers afterwards and the database's self-check passes.
 */
class BookingServerFuzzTest {

    private static final int REQUESTS = 10_000;
    private static final String[] METHODS = {"GET", "POST", "PATCH", "DELETE", "PUT", "GET", "POST"};
    private static final String[] KEYS = {ApiFixture.BOT, ApiFixture.TRUSTED, ApiFixture.SITE, ApiFixture.BOT,
            ApiFixture.BOT, ApiFixture.TRUSTED, ApiFixture.BOT, ApiFixture.SITE, ApiFixture.BOT, null, "wrong-key"};
    private static final String[] WORDS = {"-1", "0", "1", "2", "99999999999999999999", "9223372036854775807",
            "1e309", "1.5", "abc", "' or 1=1 --", "\"; drop table booking; --", "null", "true", "[]", "{}",
            "2031-03-04", "2031-02-30", "10:00", "25:61", "%00", "\u0000", "\ud800", "é", "𝄞", "x".repeat(3000)};
    /** The endpoints with their methods (most requests), and paths that are none. */
    private static final String[] PATHS = {"GET /api/v1/companies", "GET /api/v1/companies/%s/categories",
            "GET /api/v1/companies/%s/services", "GET /api/v1/companies/%s/employees",
            "GET /api/v1/companies/%s/dates", "GET /api/v1/companies/%s/slots", "POST /api/v1/leases",
            "DELETE /api/v1/leases/%s", "POST /api/v1/bookings", "POST /api/v1/bookings", "POST /api/v1/bookings",
            "GET /api/v1/bookings", "GET /api/v1/bookings/%s", "PATCH /api/v1/bookings/%s",
            "POST /api/v1/bookings/%s/cancel", "GET /api/v1/%s", "POST /%s", "GET /api/v2/companies"};
    private static final String[] FIELDS = {"company_id", "service_ids", "date", "time", "employee_id", "lease_id",
            "ttl_seconds", "user_information", "name", "phone", "note", "payment_information", "prepaid_amount",
            "currency", "reason", "interval", "days_limit", "max_dates_count", "job_title_id", "category_id"};

    private final ApiFixture api = new ApiFixture();
    private final Random random = new Random(16);

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void randomRequestsGetOnlyJsonRefusalsAndTheDatabaseStaysSound() {
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String[] endpoint = pick(PATHS).split(" ");
            String method = random.nextInt(8) == 0 ? pick(METHODS) : endpoint[0];
            String path = path(endpoint[1]);
            byte[] body = method.equals("GET") || method.equals("DELETE") ? null : body();
            String key = pick(KEYS);
            String idempotency = random.nextInt(4) == 0 ? null : "fuzz-key-" + random.nextInt(50);
            Answer answer = api.send(method, path, key, body, idempotency);
            String what = method + " " + path + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
            assertThat(answer.status()).as(what).isBetween(200, 499);
            if (answer.status() >= 400) {
                refused++;
                JsonNode error = answer.body().path("error");
                assertThat(error.path("code").isTextual()).as(what + " → " + answer.body()).isTrue();
                assertThat(error.path("message").isTextual()).as(what).isTrue();
            }
            assertThat(answer.body().toString()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(refused).isGreaterThan(REQUESTS * 9 / 10);
        assertThat(api.get("/api/v1/companies").status()).isEqualTo(200);
        assertThat(api.desk.selfCheck().violations()).isEmpty();
    }

    private String path(String template) {
        String id = random.nextInt(3) == 0 ? String.valueOf(random.nextInt(4) + 1) : encode(word());
        String path = template.replace("%s", id);
        if (random.nextBoolean()) {
            StringBuilder query = new StringBuilder("?");
            for (int n = random.nextInt(4); n >= 0; n--) {
                query.append(pick(FIELDS).replace("user_information", "phone")).append('=').append(encode(word()))
                        .append('&');
            }
            path += query;
        }
        return path;
    }

    private byte[] body() {
        switch (random.nextInt(8)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                byte[] valid = api.bookingBody(ApiFixture.TEN, null, "+79161234567").getBytes(StandardCharsets.UTF_8);
                valid[random.nextInt(valid.length)] = (byte) (0x80 + random.nextInt(0x80));
                return valid;
            }
            case 3 -> {
                String valid = api.bookingBody(ApiFixture.TEN, null, "+79161234567");
                String field = pick(FIELDS);
                String replaced = Matcher.quoteReplacement("\"" + field + "\": " + value());
                return valid.replaceFirst("\"" + field + "\": [^,}]*", replaced).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                String valid = api.bookingBody(ApiFixture.TEN, null, "+79161234567");
                return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                StringBuilder json = new StringBuilder("{");
                for (int n = random.nextInt(6); n >= 0; n--) {
                    json.append('"').append(pick(FIELDS)).append("\": ").append(value()).append(',');
                }
                json.setLength(json.length() - 1);
                return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private String value() {
        String word = word();
        return switch (random.nextInt(5)) {
            case 0 -> word.matches("-?[0-9.e]+") ? word : "\"" + escape(word) + "\"";
            case 1 -> "[" + api.haircut + ", " + (word.matches("-?[0-9]+") ? word : "\"" + escape(word) + "\"") + "]";
            case 2 -> "{\"name\": \"" + escape(word) + "\", \"phone\": \"" + escape(word()) + "\"}";
            case 3 -> String.valueOf(random.nextLong());
            default -> "\"" + escape(word) + "\"";
        };
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private String encode(String text) {
        if (random.nextInt(10) == 0) {
            return "%C3%28";
        }
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
