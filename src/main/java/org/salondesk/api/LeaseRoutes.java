package org.salondesk.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import io.javalin.http.HandlerType;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.SlotHold;

/**
 * Leases: the desk's slot holds, taken and released over HTTP (the salon's lease minutes unless asked, at most 30);
 * each belongs to the channel that took it.
 */
final class LeaseRoutes {

    static final int DEFAULT_TTL_SECONDS = 600;
    static final int MAX_TTL_SECONDS = 1800;

    private final BookingService booking;
    private final ApiAnswers answers;
    private final IntSupplier defaultTtlSeconds;

    LeaseRoutes(BookingService booking, ApiAnswers answers, IntSupplier defaultTtlSeconds) {
        this.booking = booking;
        this.answers = answers;
        this.defaultTtlSeconds = defaultTtlSeconds;
    }

    void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/v1/leases", ctx -> {
            ApiBodies.LeaseBody body = answers.json().read(ApiAnswers.body(ctx), ApiBodies.LeaseBody.class);
            long company = ApiValues.positive(required(body.companyId(), "company_id"), "company_id");
            int ttl = body.ttlSeconds() == null ? defaultTtlSeconds.getAsInt() : body.ttlSeconds();
            if (ttl < 1 || ttl > MAX_TTL_SECONDS) {
                throw ApiProblem.invalid("ttl_seconds", "\u201cttl_seconds\u201d must be from 1 to "
                        + MAX_TTL_SECONDS + ".");
            }
            long leaseId = booking.holdSlotFor(BookingServer.caller(ctx).name(), company,
                    ApiValues.ids(body.serviceIds(), "service_ids"),
                    ApiValues.date(body.date(), "date"), ApiValues.time(body.time(), "time"),
                    ApiValues.positive(body.employeeId(), "employee_id"), Duration.ofSeconds(ttl));
            SlotHold hold = booking.hold(leaseId).orElseThrow(
                    () -> new SalonDeskException(ErrorCode.HOLD_EXPIRED, "error.hold.expired"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("lease_id", leaseId);
            answer.put("employee_id", hold.getMasterId());
            answer.put("expires_at", hold.getExpiresAt().toString());
            answers.send(ctx, 201, answer);
        });
        routes.add(HandlerType.DELETE, "/api/v1/leases/{lease_id}", ctx -> {
            booking.releaseLease(ApiValues.id(ctx.pathParam("lease_id"), "lease_id"),
                    BookingServer.caller(ctx).name());
            ctx.status(204);
        });
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw ApiProblem.invalid(field, "\u201c" + field + "\u201d is required.");
        }
        return value;
    }
}
