package org.salondesk.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.javalin.http.Context;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.OnlineOrigin;
import org.salondesk.booking.Prepayment;
import org.salondesk.client.NewClient;

/**
 * Turns {@code POST /api/v1/bookings} into the domain's request: checks every field, scopes the idempotency key to
 * the caller (two keys' callers never share one), fingerprints the body, and carries the channel and prepayment.
 */
final class OnlineRequests {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    record Parsed(BookingRequest request, NewClient client) {
    }

    private final ApiJson json;

    OnlineRequests(ApiJson json) {
        this.json = json;
    }

    Parsed parse(Context ctx, ApiCaller caller) {
        String key = idempotencyKey(ctx.header(IDEMPOTENCY_HEADER));
        ApiBodies.BookingBody body = json.read(ApiAnswers.body(ctx), ApiBodies.BookingBody.class);
        long company = ApiValues.positive(LeaseRoutes.required(body.companyId(), "company_id"), "company_id");
        ApiBodies.UserInformation user = LeaseRoutes.required(body.userInformation(), "user_information");
        String name = ApiValues.text(user.name(), "user_information.name", 100, true);
        String surname = ApiValues.text(user.surname(), "user_information.surname", 100, false);
        String phone = ApiValues.text(user.phone(), "user_information.phone", 40, true);
        String email = ApiValues.text(user.email(), "user_information.email", 200, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiProblem.invalid("user_information.email", "\u201cuser_information.email\u201d is not an e-mail.");
        }
        BookingRequest request = new BookingRequest(company, ApiValues.ids(body.serviceIds(), "service_ids"),
                ApiValues.date(body.date(), "date"), ApiValues.time(body.time(), "time"),
                ApiValues.positive(body.employeeId(), "employee_id"), 0L, scoped(caller, key), BookingSource.ONLINE,
                ApiValues.text(body.note(), "note", 2000, false), ApiValues.positive(body.leaseId(), "lease_id"),
                new OnlineOrigin(caller.name(), json.fingerprint(body), prepayment(body.paymentInformation())));
        return new Parsed(request, NewClient.of(name, surname, phone).withEmail(email));
    }

    private static String idempotencyKey(String key) {
        if (key == null || key.length() < 8 || key.length() > 128
                || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiProblem.invalid(IDEMPOTENCY_HEADER,
                    "The Idempotency-Key header is required: 8 to 128 visible ASCII characters.");
        }
        return key;
    }

    /** The key as stored: the caller's key id and a hash of the key, so that it fits and callers never collide. */
    private static String scoped(ApiCaller caller, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return "api:" + caller.keyId() + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static Prepayment prepayment(ApiBodies.PaymentInformation payment) {
        if (payment == null) {
            return null;
        }
        BigDecimal amount = LeaseRoutes.required(payment.prepaidAmount(), "payment_information.prepaid_amount");
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 10) {
            throw ApiProblem.invalid("payment_information.prepaid_amount",
                    "\u201cprepaid_amount\u201d must be an amount from 0 with at most 2 decimals.");
        }
        String currency = LeaseRoutes.required(payment.currency(), "payment_information.currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw ApiProblem.invalid("payment_information.currency",
                    "\u201ccurrency\u201d must be an ISO 4217 code such as RUB.");
        }
        return new Prepayment(amount.setScale(2), currency,
                ApiValues.text(payment.method(), "payment_information.method", 40, false),
                ApiValues.text(payment.reference(), "payment_information.reference", 200, false));
    }
}
