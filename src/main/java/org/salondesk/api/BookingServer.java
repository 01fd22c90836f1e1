package org.salondesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.salondesk.SalonDeskException;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.apikey.ApiKeyCheck;
import org.salondesk.booking.BookingService;
import org.salondesk.waitlist.WaitingList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The booking server (issue 16, decision 0027): the booking functions over HTTP on Javalin (Jetty). Every request
 * but the OpenAPI document needs a live API key ({@code Authorization: Bearer …}) and a token of its rate limit;
 * every refusal is {@code {"error": {"code", "message", "field"}}}; one log line per request, without the key or
 * anything the client typed.
 */
public final class BookingServer {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final String OPENAPI_PATH = "/api/v1/openapi.json";
    static final String BOOK_PATH = "/book/";
    private static final String CALLER = "salondesk.caller";
    private static final Logger LOG = LoggerFactory.getLogger(BookingServer.class);

    private final BookingService booking;
    private final WaitingList waitingList;
    private final ApiKeyCheck keys;
    private final IntSupplier leaseSeconds;
    private final RateLimiter limiter;
    private final BookingPage page = new BookingPage();
    private final ApiAnswers answers = new ApiAnswers(new ApiJson());
    private Javalin app;
    private List<Routes.Route> routes = List.of();

    /** A server whose leases hold a slot for 10 minutes unless a request asks otherwise. */
    public BookingServer(BookingService booking, WaitingList waitingList, ApiKeyCheck keys, Clock clock) {
        this(booking, waitingList, keys, clock, () -> LeaseRoutes.DEFAULT_TTL_SECONDS);
    }

    /** {@code leaseSeconds}: how long a lease holds its slot when a request does not say (the salon's setting). */
    public BookingServer(BookingService booking, WaitingList waitingList, ApiKeyCheck keys, Clock clock,
                         IntSupplier leaseSeconds) {
        this.booking = booking;
        this.waitingList = waitingList;
        this.keys = keys;
        this.leaseSeconds = leaseSeconds;
        this.limiter = new RateLimiter(clock);
    }

    /** Starts listening on {@code bind}:{@code port} (0: any free port); answers the port bound. */
    public synchronized int start(int port, String bind) {
        if (app != null) {
            throw new IllegalStateException("The booking server is running already");
        }
        Javalin created = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.router.ignoreTrailingSlashes = true;
            config.jetty.defaultHost = bind;
            config.jetty.defaultPort = port;
            config.requestLogger.http(this::log);
            JettyErrors jettyErrors = new JettyErrors(answers.json());
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
        });
        Routes registered = new Routes(created);
        created.before(this::authorize);
        String openApi = openApiDocument();
        registered.add(HandlerType.GET, OPENAPI_PATH,
                ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        new CatalogRoutes(booking, answers).register(registered);
        new LeaseRoutes(booking, answers, leaseSeconds).register(registered);
        servePage(created);
        new BookingRoutes(booking, answers).register(registered);
        new WaitlistRoutes(waitingList, answers).register(registered);
        created.exception(ApiProblem.class, (problem, ctx) -> answers.problem(ctx, problem));
        created.exception(SalonDeskException.class, (refusal, ctx) -> answers.problem(ctx, ApiErrors.of(refusal)));
        created.exception(HttpResponseException.class, (e, ctx) -> answers.problem(ctx, fromJavalin(e.getStatus())));
        created.exception(Exception.class, (e, ctx) -> {
            LOG.error("The booking server failed on {} {}", ctx.method(), ctx.matchedPath(), e);
            answers.problem(ctx, new ApiProblem(500, "INTERNAL", "The server failed; nothing was written.", null));
        });
        created.error(404, ctx -> {
            if (ctx.result() == null) {
                answers.problem(ctx, fromJavalin(404));
            }
        });
        created.start();
        app = created;
        routes = registered.all();
        if (!isLoopback(bind)) {
            LOG.warn("The booking server listens on {} beyond this PC: put TLS (a reverse proxy) in front of it", bind);
        }
        LOG.info("The booking server listens on {}:{}", bind, created.port());
        return created.port();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** The port bound; -1 when stopped. */
    public synchronized int port() {
        return app == null ? -1 : app.port();
    }

    /** The endpoints registered, as {@code GET /api/v1/companies}; for the OpenAPI test. */
    synchronized List<Routes.Route> routes() {
        return routes;
    }

    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static ApiCaller caller(Context ctx) {
        return ctx.attribute(CALLER);
    }

    // The clients' booking page is public; its script calls the API with the key its link carries.
    private void servePage(Javalin server) {
        server.get(BOOK_PATH + "{company_id}", ctx -> {
            long company = ApiValues.id(ctx.pathParam("company_id"), "company_id");
            ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                    .html(page.render(company, ctx.header("Accept-Language")));
        });
        server.get(BOOK_PATH + "assets/{name}", ctx -> {
            BookingPage.Asset asset = page.asset(ctx.pathParam("name"))
                    .orElseThrow(() -> new ApiProblem(404, "NOT_FOUND", "There is no such file.", null));
            ctx.header("X-Content-Type-Options", "nosniff").contentType(asset.contentType()).result(asset.bytes());
        });
    }

    private void authorize(Context ctx) {
        if (ctx.path().equals(OPENAPI_PATH) || ctx.path().startsWith(BOOK_PATH)) {
            return;
        }
        String header = ctx.header("Authorization");
        Optional<ApiCaller> caller = header == null || !header.startsWith("Bearer ") || header.length() > 300
                ? Optional.empty() : keys.caller(header.substring("Bearer ".length()).trim());
        if (caller.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "UNAUTHORIZED", "A valid API key is required: Authorization: Bearer <key>.",
                    "Authorization");
        }
        ctx.attribute(CALLER, caller.get());
        long wait = limiter.acquire(caller.get());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiProblem(429, "RATE_LIMITED", "Too many requests for this API key; retry after " + wait
                    + " s.", null);
        }
    }

    private static ApiProblem fromJavalin(int status) {
        return switch (status) {
            case 404 -> new ApiProblem(404, "NOT_FOUND", "There is no such endpoint.", null);
            case 405 -> new ApiProblem(404, "NOT_FOUND", "There is no such endpoint.", null);
            case 413 -> new ApiProblem(413, "INVALID_ARGUMENT", "The request body is over 64 KiB.", "body");
            default -> new ApiProblem(status < 500 ? status : 400, "INVALID_ARGUMENT",
                    "The request could not be read.", null);
        };
    }

    private void log(Context ctx, Float millis) {
        ApiCaller caller = caller(ctx);
        LOG.info("{} {} {} {} ms {}", ctx.method(), logPath(ctx), ctx.statusCode(), Math.round(millis),
                caller == null ? "-" : caller.name());
    }

    /**
     * The path as registered ({@code /api/v1/bookings/{booking_id}}), so that a phone or a name in the URL never
     * reaches the log; "-" for a request refused before an endpoint was chosen or for no endpoint.
     */
    private static String logPath(Context ctx) {
        try {
            String matched = ctx.endpointHandlerPath();
            return matched.isEmpty() || matched.equals("*") ? "-" : matched;
        } catch (IllegalStateException refusedBefore) {
            return "-";
        }
    }

    private static String openApiDocument() {
        try (InputStream in = BookingServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
