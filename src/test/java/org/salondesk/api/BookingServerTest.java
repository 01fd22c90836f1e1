package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.api.ApiFixture.BOT;
import static org.salondesk.api.ApiFixture.DATE;
import static org.salondesk.api.ApiFixture.SITE;
import static org.salondesk.api.ApiFixture.SLOW;
import static org.salondesk.api.ApiFixture.TEN;
import static org.salondesk.api.ApiFixture.TRUSTED;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.api.ApiFixture.Answer;
import org.slf4j.LoggerFactory;

/** Every endpoint over real HTTP: its happy path and its refusals, each a JSON error that writes nothing. */
class BookingServerTest {

    private static final String PHONE = "+79161234567";
    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void close() {
        api.close();
    }

    private String company() {
        return "/api/v1/companies/" + api.branch;
    }

    @Test
    void theCatalogueFunctionsAnswerAsTheBookingFunctions() {
        Answer companies = api.get("/api/v1/companies");
        assertThat(companies.status()).isEqualTo(200);
        assertThat(companies.body().path("companies").get(0).path("company_id").asLong()).isEqualTo(api.branch);
        assertThat(companies.body().path("companies").get(0).path("company_name").asText()).isEqualTo("Центр");

        assertThat(api.get(company() + "/categories").body().has("categories")).isTrue();
        Answer services = api.get(company() + "/services?employee_id=" + api.masha);
        assertThat(services.body().path("services")).hasSize(1);
        assertThat(services.body().path("services").get(0).path("title").asText()).isEqualTo("Стрижка");
        assertThat(services.body().path("services").get(0).path("price").decimalValue()).isEqualByComparingTo("1500");

        Answer employees = api.get(company() + "/employees?service_ids=" + api.haircut + "," + api.colour);
        assertThat(employees.body().path("employees")).hasSize(1);
        assertThat(employees.body().path("employees").get(0).path("employee_id").asLong()).isEqualTo(api.pavel);
        assertThat(api.get(company() + "/employees?" + api.services() + "&date=" + DATE + "&time=10:00")
                .body().path("employees")).hasSize(2);

        Answer dates = api.get(company() + "/dates?" + api.services() + "&days_limit=3");
        assertThat(dates.status()).isEqualTo(200);
        assertThat(dates.body().path("dates").toString()).contains(DATE.toString());
        Answer slots = api.get(company() + "/slots?" + api.services() + "&date=" + DATE + "&interval=60");
        assertThat(slots.body().path("slots").toString()).isEqualTo("[\"09:00\",\"10:00\",\"11:00\"]");
    }

    @Test
    void aBookingIsCreatedOnceForItsKeyAndSeenByItsChannelOnly() throws Exception {
        String body = api.bookingBody(TEN, api.pavel, PHONE);
        Answer first = api.send("POST", "/api/v1/bookings", BOT, body, "key-0000001");
        assertThat(first.status()).isEqualTo(201);
        var booking = first.body().path("booking");
        assertThat(booking.path("status").asText()).isEqualTo("NEW");
        assertThat(booking.path("booking_time").asText()).isEqualTo("10:00");
        assertThat(booking.path("employee_name").asText()).isEqualTo("Павел");
        assertThat(booking.path("total_cost").decimalValue()).isEqualByComparingTo("1500");
        long id = booking.path("booking_id").asLong();

        Answer again = api.send("POST", "/api/v1/bookings", BOT, body.replace("  ", " "), "key-0000001");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("booking").path("booking_id").asLong()).isEqualTo(id);
        Answer other = api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(LocalTime.of(11, 0), null, PHONE),
                "key-0000001");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_MISMATCH");
        // The same key from another caller is another key.
        assertThat(api.send("POST", "/api/v1/bookings", SITE, api.bookingBody(TEN, null, PHONE), "key-0000001")
                .status()).isEqualTo(201);
        assertThat(api.salon.rows().bookings()).isEqualTo(2);
        assertThat(api.salon.count("select count(*) from booking where channel = 'bot'")).isEqualTo(1);

        assertThat(api.get("/api/v1/bookings/" + id).body().path("booking").path("booking_id").asLong())
                .isEqualTo(id);
        assertThat(api.send("GET", "/api/v1/bookings/" + id, SITE, (String) null, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/bookings/" + id, TRUSTED, (String) null, null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/bookings?phone=8%20916%20123-45-67").body().path("bookings")).hasSize(1);
        assertThat(api.send("GET", "/api/v1/bookings?phone=" + "%2B79161234567", TRUSTED, (String) null, null)
                .body().path("bookings")).hasSize(2);
        assertThat(api.get("/api/v1/bookings?phone=%2B79990000000").body().path("bookings")).isEmpty();

        Answer moved = api.send("PATCH", "/api/v1/bookings/" + id, BOT, "{\"date\": \"" + DATE
                + "\", \"time\": \"11:00\"}", null);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("booking").path("booking_time").asText()).isEqualTo("11:00");
        assertThat(api.send("PATCH", "/api/v1/bookings/" + id, SITE, "{\"date\": \"" + DATE
                + "\", \"time\": \"09:00\"}", null).status()).isEqualTo(404);
        Answer cancelled = api.send("POST", "/api/v1/bookings/" + id + "/cancel", BOT, "{\"reason\": \"ill\"}", null);
        assertThat(cancelled.body().path("booking").path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void thePrepaymentIsStoredExactly() {
        String body = api.bookingBody(TEN, null, PHONE).replace("\"user_information\"",
                "\"payment_information\": {\"prepaid_amount\": 500.10, \"currency\": \"RUB\", \"method\": \"card\","
                        + " \"reference\": \"pay-77\"}, \"user_information\"");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, body, "prepaid-0001").status()).isEqualTo(201);
        assertThat(api.salon.count("select count(*) from booking where prepaid_amount = 500.10"
                + " and prepaid_currency = 'RUB' and prepaid_reference = 'pay-77'")).isEqualTo(1);
        String bad = body.replace("500.10", "500.105");
        Answer refused = api.send("POST", "/api/v1/bookings", BOT, bad, "prepaid-0002");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("field").asText()).isEqualTo("payment_information.prepaid_amount");
    }

    @Test
    void aNewClientKeepsTheEmailSheGave() {
        String body = api.bookingBody(TEN, null, PHONE).replace("\"phone\":",
                "\"email\": \"irina@example.org\", \"phone\":");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, body, "with-email-1").status()).isEqualTo(201);
        assertThat(api.desk.clients().findByPhone(PHONE)).hasValueSatisfying(client ->
                assertThat(client.getEmail()).isEqualTo("irina@example.org"));
    }

    @Test
    void aChunkedBodyOver64KibIsRefusedToo() throws Exception {
        byte[] big = ("{\"note\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + api.server.port() + "/api/v1/bookings"))
                .header("Authorization", "Bearer " + BOT).header("Idempotency-Key", "chunked-0001")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("\"INVALID_ARGUMENT\"");
    }

    @Test
    void sqlLookingTextIsStoredAsText() {
        String note = "'; drop table booking; -- \u00e9\ud834\udd1e";
        String body = api.bookingBody(TEN, null, PHONE).replace("\"user_information\"",
                "\"note\": \"" + note + "\", \"user_information\"");
        Answer created = api.send("POST", "/api/v1/bookings", BOT, body, "sql-text-01");
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.desk.booking().getActiveBookingInfo(created.body().path("booking").path("booking_id").asLong())
                .note()).isEqualTo(note);
    }

    @Test
    void refusalsAreJsonErrorsAndWriteNothing() {
        var before = api.salon.snapshot();
        assertThat(api.send("GET", "/api/v1/companies", null, (String) null, null).status()).isEqualTo(401);
        Answer unknownKey = api.send("GET", "/api/v1/companies", "nope-nope", (String) null, null);
        assertThat(unknownKey.status()).isEqualTo(401);
        assertThat(unknownKey.code()).isEqualTo("UNAUTHORIZED");
        assertThat(api.get("/api/v1/nothing").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/nothing").code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/bookings/99999").code()).isEqualTo("NOT_FOUND");
        assertThat(api.get(company() + "/slots?" + api.services() + "&date=2031-02-30").code())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(api.get(company() + "/slots?service_ids=x&date=" + DATE).body().path("error").path("field")
                .asText()).isEqualTo("service_ids");
        assertThat(api.get("/api/v1/companies/-4/categories").status()).isEqualTo(400);
        Answer badPhone = api.get("/api/v1/bookings?phone=12ab");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.body().path("error").path("field").asText()).isEqualTo("phone");

        String good = api.bookingBody(TEN, api.pavel, PHONE);
        assertThat(api.send("POST", "/api/v1/bookings", BOT, good, null).body().path("error").path("field").asText())
                .isEqualTo("Idempotency-Key");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, good, "short").status()).isEqualTo(400);
        Answer unknownField = api.send("POST", "/api/v1/bookings", BOT,
                good.replace("\"date\"", "\"colour\": 1, \"date\""), "unknown-field");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("error").path("field").asText()).isEqualTo("colour");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, good.replace("\"company_id\": ", "\"company_id\": \"")
                .replace(", \"service_ids\"", "\", \"service_ids\""), "wrong-type").code())
                .isEqualTo("INVALID_ARGUMENT");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, "{\"company_id\": ", "bad-json-1").status())
                .isEqualTo(400);
        Answer huge = api.send("POST", "/api/v1/bookings", BOT, "{\"note\": \"" + "x".repeat(70_000) + "\"}",
                "huge-body-1");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(LocalTime.of(10, 7), null, PHONE),
                "off-grid-1").status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(TEN, null, "12"), "bad-phone-1")
                .status()).isEqualTo(400);
        assertThat(api.salon.snapshot()).isEqualTo(before);
        assertThat(huge.body().toString()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void aBlockedClientAndATakenTimeAreRefused() {
        long client = api.desk.clients().createClient("Ольга", null, "+79160000001");
        api.desk.clients().setBlocked(client, true, "no-shows");
        Answer blocked = api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(TEN, null, "+79160000001"),
                "blocked-0001");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("CLIENT_BLOCKED");

        assertThat(api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(TEN, api.pavel, PHONE), "taken-0001")
                .status()).isEqualTo(201);
        var before = api.salon.snapshot();
        long clients = api.salon.count("select count(*) from client");
        Answer taken = api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(TEN, api.pavel, "+79160000002"),
                "taken-0002");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("SLOT_UNAVAILABLE");
        assertThat(taken.body().path("error").path("field").asText()).isEqualTo("time");
        // The new client of a refused booking is not created either.
        assertThat(api.salon.count("select count(*) from client")).isEqualTo(clients);
        assertThat(api.salon.snapshot()).isEqualTo(before);
    }

    @Test
    void aLeaseHoldsTheTimeUntilItExpiresAndThenRefusesItsBooking() {
        String leaseBody = "{\"company_id\": %d, \"service_ids\": [%d], \"date\": \"%s\", \"time\": \"10:00\","
                + " \"employee_id\": %d, \"ttl_seconds\": 300}";
        Answer lease = api.send("POST", "/api/v1/leases", BOT,
                leaseBody.formatted(api.branch, api.haircut, DATE, api.pavel), null);
        assertThat(lease.status()).isEqualTo(201);
        assertThat(lease.body().path("employee_id").asLong()).isEqualTo(api.pavel);
        assertThat(lease.body().path("expires_at").asText()).isEqualTo(api.clock.instant().plusSeconds(300).toString());
        long leaseId = lease.body().path("lease_id").asLong();
        String slots = company() + "/slots?" + api.services() + "&date=" + DATE + "&employee_id=" + api.pavel;
        assertThat(api.get(slots).body().path("slots").toString()).doesNotContain("10:00");
        assertThat(api.send("POST", "/api/v1/bookings", SITE, api.bookingBody(TEN, api.pavel, PHONE), "steal-0001")
                .code()).isEqualTo("SLOT_UNAVAILABLE");

        api.clock.advance(Duration.ofSeconds(300));
        assertThat(api.get(slots).body().path("slots").toString()).contains("10:00");
        String withLease = api.bookingBody(TEN, api.pavel, PHONE).replace("\"user_information\"",
                "\"lease_id\": " + leaseId + ", \"user_information\"");
        Answer expired = api.send("POST", "/api/v1/bookings", BOT, withLease, "late-00001");
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.code()).isEqualTo("HOLD_EXPIRED");

        Answer second = api.send("POST", "/api/v1/leases", BOT,
                leaseBody.formatted(api.branch, api.haircut, DATE, api.pavel), null);
        long secondId = second.body().path("lease_id").asLong();
        assertThat(api.send("POST", "/api/v1/bookings", BOT, withLease.replace("\"lease_id\": " + leaseId,
                "\"lease_id\": " + secondId), "lease-00001").status()).isEqualTo(201);
        assertThat(api.salon.rows().holds()).isZero();

        Answer third = api.send("POST", "/api/v1/leases", BOT,
                leaseBody.formatted(api.branch, api.haircut, DATE, api.masha), null);
        long thirdId = third.body().path("lease_id").asLong();
        // Another key can neither release the lease nor book with it.
        assertThat(api.send("DELETE", "/api/v1/leases/" + thirdId, SITE, (String) null, null).status())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/bookings", SITE, api.bookingBody(TEN, api.masha, PHONE).replace(
                "\"user_information\"", "\"lease_id\": " + thirdId + ", \"user_information\""), "not-mine-01")
                .status()).isEqualTo(400);
        assertThat(api.salon.rows().holds()).isEqualTo(1);
        assertThat(api.send("DELETE", "/api/v1/leases/" + thirdId, BOT, (String) null, null).status())
                .isEqualTo(204);
        assertThat(api.salon.rows().holds()).isZero();
        assertThat(api.send("POST", "/api/v1/leases", BOT, leaseBody.replace("300", "1801")
                .formatted(api.branch, api.haircut, DATE, api.masha), null).status()).isEqualTo(400);
    }

    @Test
    void eachRequestLogsOneLineWithoutTheKeyOrThePersonsData() {
        Logger logger = (Logger) LoggerFactory.getLogger(BookingServer.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            api.send("POST", "/api/v1/bookings", BOT, api.bookingBody(TEN, null, PHONE), "logged-0001");
            api.get("/api/v1/bookings?phone=%2B79161234567");
            api.send("GET", "/api/v1/companies", "secret-unknown-key", (String) null, null);
        } finally {
            logger.detachAppender(lines);
        }
        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).matches("POST /api/v1/bookings 201 \\d+ ms bot");
        assertThat(logged.get(1)).matches("GET /api/v1/bookings 200 \\d+ ms bot");
        assertThat(logged.get(2)).matches("GET - 401 \\d+ ms -");
        assertThat(String.join("\n", logged)).doesNotContain(BOT).doesNotContain("secret").doesNotContain("7916")
                .doesNotContain("Ирина");
    }

    @Test
    void aKeyOverItsRateIsToldWhenToRetry() {
        assertThat(api.send("GET", "/api/v1/companies", SLOW, (String) null, null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/v1/companies", SLOW, (String) null, null).status()).isEqualTo(200);
        Answer limited = api.send("GET", "/api/v1/companies", SLOW, (String) null, null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValue("1");
        api.clock.advance(Duration.ofSeconds(1));
        assertThat(api.send("GET", "/api/v1/companies", SLOW, (String) null, null).status()).isEqualTo(200);
    }
}
