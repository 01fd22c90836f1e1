package org.salondesk.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** The HTTP status and the JSON body of every refusal, from the domain's {@link ErrorCode} or the edge's own. */
final class ApiErrors {

    private ApiErrors() {
    }

    /** A domain refusal as the API answers it; its message in English, the API's language. */
    static ApiProblem of(SalonDeskException refusal) {
        return new ApiProblem(status(refusal.code()), refusal.code().name(), refusal.message(Locale.ENGLISH),
                field(refusal));
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case INVALID_ARGUMENT, AMBIGUOUS_NAME -> 400;
            case NOT_FOUND -> 404;
            case CLIENT_BLOCKED, FORBIDDEN -> 403;
            case SLOT_UNAVAILABLE, HOLD_EXPIRED, MASTER_NOT_ELIGIBLE, DUPLICATE, ILLEGAL_STATE, CONCURRENT_CHANGE,
                 SCHEDULE_CONFLICT -> 409;
            case IDEMPOTENCY_MISMATCH -> 422;
            case SIGN_IN_FAILED -> 401;
            case LOCKED_OUT -> 429;
            case STORAGE, CONNECTION_LOST -> 503;
        };
    }

    /** The request field a domain refusal points at, where its code or the topic of its message key says which. */
    private static String field(SalonDeskException refusal) {
        return switch (refusal.code()) {
            case SLOT_UNAVAILABLE -> "time";
            case HOLD_EXPIRED -> "lease_id";
            case CLIENT_BLOCKED -> "user_information.phone";
            case MASTER_NOT_ELIGIBLE -> "employee_id";
            case IDEMPOTENCY_MISMATCH -> "Idempotency-Key";
            default -> fieldOfTopic(refusal.messageKey());
        };
    }

    /** "error.phone.tooShort" → its topic "phone" → the field user_information.phone. */
    private static String fieldOfTopic(String messageKey) {
        String[] parts = messageKey.split("\\.");
        String topic = parts.length > 1 ? parts[1] : "";
        return switch (topic) {
            case "phone" -> "user_information.phone";
            case "hold" -> "lease_id";
            case "service" -> "service_ids";
            case "master" -> "employee_id";
            case "branch" -> "company_id";
            case "date" -> "date";
            default -> null;
        };
    }

    static Map<String, Object> body(ApiProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", problem.code());
        error.put("message", problem.getMessage());
        error.put("field", problem.field());
        return Map.of("error", error);
    }
}
