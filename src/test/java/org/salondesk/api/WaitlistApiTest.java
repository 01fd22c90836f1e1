package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.api.ApiFixture.BOT;
import static org.salondesk.api.ApiFixture.DATE;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.api.ApiFixture.Answer;
import org.salondesk.waitlist.WaitlistEntry;
import org.salondesk.waitlist.WaitlistStatus;

/**
 * POST /api/v1/waitlist: an entry for the client with this phone (created if new) through the caller's channel, or a
 * JSON refusal with nothing written.
 */
class WaitlistApiTest {

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void close() {
        api.close();
    }

    private String body(String timeFrom, String timeTo, String extra) {
        return """
                {"company_id": %d, "service_ids": [%d], "employee_id": %d, "date_from": "%s", "date_to": "%s",
                 "time_from": "%s", "time_to": "%s", "note": "после работы",
                 "user_information": {"name": "Вера", "surname": "Лебедева", "phone": "+7 916 555-66-77"}%s}"""
                .formatted(api.branch, api.haircut, api.pavel, DATE, DATE.plusDays(4), timeFrom, timeTo, extra);
    }

    @Test
    void anEntryIsAddedForTheClientByPhoneThroughTheCallersChannel() {
        Answer answer = api.send("POST", "/api/v1/waitlist", BOT, body("10:00", "12:00", ""), null);

        assertThat(answer.status()).isEqualTo(201);
        long id = answer.body().path("entry").path("entry_id").asLong();
        assertThat(answer.body().path("entry").path("status").asText()).isEqualTo("WAITING");
        assertThat(answer.body().path("entry").path("time_to").asText()).isEqualTo("12:00");
        WaitlistEntry entry = api.desk.waitingList().get(id);
        assertThat(entry.channel()).isEqualTo("bot");
        assertThat(entry.clientName()).isEqualTo("Вера Лебедева");
        assertThat(entry.clientPhone()).isEqualTo("+79165556677");
        assertThat(entry.masterId()).isEqualTo(api.pavel);
        assertThat(entry.serviceIds()).containsExactly(api.haircut);
        assertThat(entry.note()).isEqualTo("после работы");
        assertThat(entry.status()).isEqualTo(WaitlistStatus.WAITING);
    }

    @Test
    void refusalsAreJsonAndWriteNothing() {
        Answer offGrid = api.send("POST", "/api/v1/waitlist", BOT, body("10:03", "12:00", ""), null);
        Answer backwards = api.send("POST", "/api/v1/waitlist", BOT, body("12:00", "10:00", ""), null);
        Answer unknownField = api.send("POST", "/api/v1/waitlist", BOT, body("10:00", "12:00", ", \"colour\": 1"),
                null);
        Answer noKey = api.send("POST", "/api/v1/waitlist", null, body("10:00", "12:00", ""), null);

        assertThat(offGrid.status()).isEqualTo(400);
        assertThat(offGrid.body().path("error").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body().path("error").path("field").asText()).isEqualTo("colour");
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(api.desk.waitingList().list(api.branch)).isEmpty();
        assertThat(api.desk.clients().rowByPhone("+79165556677")).isEmpty();
    }
}
