package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.api.BookingServer;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;

/** The booking server, in the app as headless, holds a leased time for the salon's lease minutes unless asked. */
class DeskBookingServerTest {

    private final MutableClock clock = TestToday.at(8, 0);

    @Test
    void aLeaseLastsTheSalonsLeaseMinutes() throws Exception {
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            TestSalon salon = new TestSalon(desk);
            long branch = salon.branch("Центр");
            long haircut = salon.service(branch, "Стрижка", 60, "1500");
            salon.master(branch, "Павел", LocalTime.of(9, 0), LocalTime.of(12, 0), haircut);
            desk.onlineBooking().save(new OnlineBookingForm(false, 8080, 15));
            BookingServer server = DeskBookingServer.serverOn(desk,
                    key -> Optional.of(new ApiCaller(1, "site", false, 100, 100)), clock);
            int port = server.start(0, "127.0.0.1");
            try {
                String body = """
                        {"company_id": %d, "service_ids": [%d], "date": "%s", "time": "10:00"}"""
                        .formatted(branch, haircut, TestToday.date().plusDays(1));
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/leases"))
                        .header("Authorization", "Bearer any").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(201);
                Instant expires = Instant.parse(new ObjectMapper().readTree(answer.body()).path("expires_at").asText());
                assertThat(Duration.between(clock.instant(), expires)).isEqualTo(Duration.ofMinutes(15));
            } finally {
                server.stop();
            }
        }
    }
}
