package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salondesk.api.ApiFixture.BOT;
import static org.salondesk.api.ApiFixture.DATE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.api.ApiFixture.Answer;

/**
 * The OpenAPI document served at /api/v1/openapi.json describes exactly the registered endpoints, and real answers of
 * each endpoint (successes and refusals) have a documented status and exactly the documented fields and types.
 */
class OpenApiDocumentTest {

    private final ApiFixture api = new ApiFixture();
    private final Set<String> checked = new HashSet<>();
    private JsonNode document;

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() {
        JsonNode document = api.send("GET", BookingServer.OPENAPI_PATH, null, (String) null, null).body();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> registered = new HashSet<>();
        api.server.routes().forEach(route -> registered.add(route.method() + " " + route.path()));
        assertThat(registered).hasSize(15);
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void realAnswersMatchTheDocument() {
        document = api.send("GET", BookingServer.OPENAPI_PATH, null, (String) null, null).body();
        String company = "/api/v1/companies/{company_id}";
        String c = "/api/v1/companies/" + api.branch;
        String services = "service_ids=" + api.haircut;
        check("GET", "/api/v1/companies", "/api/v1/companies", null, null);
        check("GET", company + "/categories", c + "/categories", null, null);
        check("GET", company + "/services", c + "/services?employee_id=" + api.pavel, null, null);
        check("GET", company + "/employees", c + "/employees?" + services + "&date=" + DATE, null, null);
        check("GET", company + "/dates", c + "/dates?" + services, null, null);
        check("GET", company + "/slots", c + "/slots?" + services + "&date=" + DATE, null, null);
        check("GET", company + "/slots", c + "/slots?" + services + "&date=tomorrow", null, null);
        Answer lease = check("POST", "/api/v1/leases", "/api/v1/leases", """
                {"company_id": %d, "service_ids": [%d], "date": "%s", "time": "09:00"}"""
                .formatted(api.branch, api.haircut, DATE), null);
        check("POST", "/api/v1/leases", "/api/v1/leases", """
                {"company_id": %d, "service_ids": [%d], "date": "%s", "time": "09:00", "employee_id": %d}"""
                .formatted(api.branch, api.haircut, DATE, lease.body().path("employee_id").asLong()), null);
        check("DELETE", "/api/v1/leases/{lease_id}", "/api/v1/leases/" + lease.body().path("lease_id").asLong(),
                null, null);
        String body = api.bookingBody(ApiFixture.TEN, api.pavel, "+79161234567");
        Answer created = check("POST", "/api/v1/bookings", "/api/v1/bookings", body, "openapi-key-1");
        check("POST", "/api/v1/bookings", "/api/v1/bookings", body, "openapi-key-1");
        check("POST", "/api/v1/bookings", "/api/v1/bookings", body.replace("10:00", "11:00"), "openapi-key-1");
        check("POST", "/api/v1/bookings", "/api/v1/bookings", body, "openapi-key-2");
        long id = created.body().path("booking").path("booking_id").asLong();
        String one = "/api/v1/bookings/{booking_id}";
        check("GET", one, "/api/v1/bookings/" + id, null, null);
        check("GET", one, "/api/v1/bookings/" + (id + 100), null, null);
        check("GET", "/api/v1/bookings", "/api/v1/bookings?phone=%2B79161234567", null, null);
        check("PATCH", one, "/api/v1/bookings/" + id, "{\"date\": \"" + DATE + "\", \"time\": \"11:00\"}", null);
        check("POST", one + "/cancel", "/api/v1/bookings/" + id + "/cancel", "{\"reason\": \"changed plans\"}", null);
        check("POST", one + "/cancel", "/api/v1/bookings/" + id + "/cancel", null, null);
        String waitlist = """
                {"company_id": %d, "service_ids": [%d], "date_from": "%s", "date_to": "%s", "time_from": "10:00",
                 "time_to": "%s", "user_information": {"name": "Вера", "phone": "+79165556677"}}""";
        check("POST", "/api/v1/waitlist", "/api/v1/waitlist",
                waitlist.formatted(api.branch, api.haircut, DATE, DATE, "12:00"), null);
        check("POST", "/api/v1/waitlist", "/api/v1/waitlist",
                waitlist.formatted(api.branch, api.haircut, DATE, DATE, "09:00"), null);
        check("GET", "/api/v1/companies", "/api/v1/companies", null, null, null);
        check("POST", "/api/v1/bookings", "/api/v1/bookings", "{\"note\": \"" + "x".repeat(70_000) + "\"}",
                "openapi-key-3");
        check("GET", "/api/v1/companies", "/api/v1/companies", null, null, ApiFixture.SLOW);
        check("GET", "/api/v1/companies", "/api/v1/companies", null, null, ApiFixture.SLOW);
        check("GET", "/api/v1/companies", "/api/v1/companies", null, null, ApiFixture.SLOW);
        assertThat(checked).containsAll(List.of("200", "201", "204", "400", "401", "404", "409", "413", "422",
                "429"));
    }

    private Answer check(String method, String documentedPath, String path, String body, String idempotencyKey) {
        return check(method, documentedPath, path, body, idempotencyKey, BOT);
    }

    private Answer check(String method, String documentedPath, String path, String body, String idempotencyKey,
                         String apiKey) {
        Answer answer = api.send(method, path, apiKey, body, idempotencyKey);
        String status = String.valueOf(answer.status());
        checked.add(status);
        JsonNode response = document.path("paths").path(documentedPath).path(method.toLowerCase(Locale.ROOT))
                .path("responses").path(status);
        assertThat(response.isMissingNode()).as(method + " " + path + " answered " + status + " undocumented")
                .isFalse();
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            assertThat(answer.raw().body()).as(method + " " + path).isEmpty();
        } else {
            List<String> problems = new ArrayList<>();
            validate(answer.body(), schema, "$", problems);
            assertThat(problems).as(method + " " + path + " → " + answer.body()).isEmpty();
        }
        return answer;
    }

    private void validate(JsonNode value, JsonNode schema, String where, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            validate(value, document.path("components").path("schemas").path(name), where, problems);
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                problems.add(where + " is null");
            }
            return;
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + " is not an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                schema.path("required").forEach(name -> {
                    if (!value.has(name.asText())) {
                        problems.add(where + "." + name.asText() + " is missing");
                    }
                });
                for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (properties.has(name)) {
                        validate(value.get(name), properties.get(name), where + "." + name, problems);
                    } else if (!schema.path("additionalProperties").isBoolean()
                            || schema.path("additionalProperties").asBoolean()) {
                        continue;
                    } else {
                        problems.add(where + "." + name + " is not documented");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + " is not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.path("items"), where + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + " is not a string");
                } else if (schema.has("enum")
                        && !schema.path("enum").toString().contains("\"" + value.asText() + "\"")) {
                    problems.add(where + " = " + value.asText() + " is not in its enum");
                } else if (schema.has("pattern") && !value.asText().matches(schema.path("pattern").asText())) {
                    problems.add(where + " = " + value.asText() + " does not match its pattern");
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + " is not an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + " is not a number");
                }
            }
            default -> problems.add(where + " has no documented type");
        }
    }
}
