package org.salondesk.api;

import java.util.ArrayList;
import java.util.List;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Registers the API's endpoints and remembers them, so that a test can hold each against the OpenAPI document. */
final class Routes {

    /** One endpoint: its method and its path in OpenAPI's form ({@code /api/v1/bookings/{booking_id}}). */
    record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    Routes(Javalin app) {
        this.app = app;
    }

    void add(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        routes.add(new Route(method.name(), path));
    }

    List<Route> all() {
        return List.copyOf(routes);
    }
}
