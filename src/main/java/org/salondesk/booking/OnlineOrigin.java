package org.salondesk.booking;

/**
 * Where an online booking came from: the channel (the API key's name), the fingerprint of the request it was made
 * with (its idempotency key answers only the same request again) and the prepayment, if any.
 */
public record OnlineOrigin(String channel, String fingerprint, Prepayment prepayment) {
}
