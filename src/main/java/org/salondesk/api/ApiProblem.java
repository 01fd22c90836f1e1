package org.salondesk.api;

/**
 * A refusal at the HTTP edge, answered as {@code {"error": {"code", "message", "field"}}}: the status, the code (an
 * {@link org.salondesk.ErrorCode} name, or UNAUTHORIZED / RATE_LIMITED, which only the server knows), an English
 * message and the field at fault (null when none). Carries no stack trace: it is an answer, not a fault.
 */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    ApiProblem(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, "INVALID_ARGUMENT", message, field);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
