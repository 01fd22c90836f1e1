package org.salondesk.api;

import java.io.IOException;
import java.io.InputStream;

import io.javalin.http.Context;

/** Reads the request body and writes the API's answers: JSON with a status. */
final class ApiAnswers {

    private final ApiJson json;

    ApiAnswers(ApiJson json) {
        this.json = json;
    }

    void ok(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.write(body));
    }

    void problem(Context ctx, ApiProblem problem) {
        send(ctx, problem.status(), ApiErrors.body(problem));
    }

    /**
     * The request body, at most {@link BookingServer#MAX_BODY_BYTES}: read with a bound of its own, since a chunked
     * body declares no length for Javalin's limit to check.
     */
    static byte[] body(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes(BookingServer.MAX_BODY_BYTES + 1);
            if (bytes.length > BookingServer.MAX_BODY_BYTES) {
                throw new ApiProblem(413, "INVALID_ARGUMENT", "The request body is over 64 KiB.", "body");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiProblem.invalid("body", "The request body could not be read.");
        }
    }

    ApiJson json() {
        return json;
    }
}
