package org.salondesk.api;

import io.javalin.http.Context;

/** Writes the API's answers: JSON with a status. */
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

    ApiJson json() {
        return json;
    }
}
