package org.salondesk.apikey;

/**
 * Who calls the booking server: the API key's id and name (the name is the channel its bookings record), whether it
 * may read every booking of a phone (trusted) or only those made through its own channel, and its rate limit.
 */
public record ApiCaller(long keyId, String name, boolean trusted, int requestsPerSecond, int burst) {
}
