package org.salondesk.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.salondesk.SalonDeskException;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.CreatedBooking;
import org.salondesk.client.PhoneNumbers;

/**
 * Bookings over HTTP: create (idempotent), read one, a phone's bookings, move, cancel. A caller sees and changes only
 * the bookings made through its own channel unless its key is trusted; another's answer NOT_FOUND, as if absent.
 */
final class BookingRoutes {

    private static final String ONE = "/api/v1/bookings/{booking_id}";

    private final BookingService booking;
    private final ApiAnswers answers;
    private final OnlineRequests requests;

    BookingRoutes(BookingService booking, ApiAnswers answers) {
        this.booking = booking;
        this.answers = answers;
        this.requests = new OnlineRequests(answers.json());
    }

    void register(Routes routes) {
        routes.add(HandlerType.POST, "/api/v1/bookings", ctx -> {
            OnlineRequests.Parsed parsed = requests.parse(ctx, BookingServer.caller(ctx));
            CreatedBooking created = booking.createOnlineBooking(parsed.request(), parsed.client());
            answers.send(ctx, created.created() ? 201 : 200, wrap(created.booking()));
        });
        routes.add(HandlerType.GET, ONE, ctx -> answers.ok(ctx, wrap(visible(ctx))));
        routes.add(HandlerType.GET, "/api/v1/bookings", ctx -> {
            ApiCaller caller = BookingServer.caller(ctx);
            String phone = phone(ApiValues.text(ctx.queryParam("phone"), "phone", 40, true));
            List<BookingInfo> found = booking.getBookingsInfoByPhone(phone, caller.trusted() ? null : caller.name());
            answers.ok(ctx, Map.of("bookings", ApiViews.all(found, ApiViews::booking)));
        });
        routes.add(HandlerType.PATCH, ONE, ctx -> {
            BookingInfo info = visible(ctx);
            ApiBodies.ModifyBody body = answers.json().read(ApiAnswers.body(ctx), ApiBodies.ModifyBody.class);
            booking.modifyBookingTime(info.id(), ApiValues.date(body.date(), "date"),
                    ApiValues.time(body.time(), "time"));
            answers.ok(ctx, wrap(booking.getActiveBookingInfo(info.id())));
        });
        routes.add(HandlerType.POST, ONE + "/cancel", ctx -> {
            BookingInfo info = visible(ctx);
            byte[] raw = ApiAnswers.body(ctx);
            String reason = raw.length == 0 ? null : ApiValues.text(
                    answers.json().read(raw, ApiBodies.CancelBody.class).reason(), "reason", 500, false);
            booking.cancelBooking(info.branchId(), info.id(), reason);
            answers.ok(ctx, wrap(booking.getActiveBookingInfo(info.id())));
        });
    }

    /** The booking of the path, if the caller may see it; NOT_FOUND otherwise, whether it exists or not. */
    private BookingInfo visible(Context ctx) {
        long id = ApiValues.id(ctx.pathParam("booking_id"), "booking_id");
        ApiCaller caller = BookingServer.caller(ctx);
        if (!caller.trusted() && !Objects.equals(booking.channelOf(id).orElse(null), caller.name())) {
            throw new ApiProblem(404, "NOT_FOUND", "There is no booking number " + id + ".", "booking_id");
        }
        return booking.getActiveBookingInfo(id);
    }

    private static String phone(String typed) {
        try {
            return PhoneNumbers.normalize(typed);
        } catch (SalonDeskException refusal) {
            throw ApiProblem.invalid("phone", refusal.message(Locale.ENGLISH));
        }
    }

    private static Map<String, Object> wrap(BookingInfo info) {
        return Map.of("booking", ApiViews.booking(info));
    }
}
