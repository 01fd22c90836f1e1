package org.salondesk.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.salondesk.apikey.ApiCaller;

/**
 * A token bucket per API key: {@code burst} requests at once, then {@code requestsPerSecond}. Time from the injected
 * clock, so that tests step it.
 */
final class RateLimiter {

    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes a token for the caller: 0 when granted, else the whole seconds to wait before the next one. */
    long acquire(ApiCaller caller) {
        Bucket bucket = buckets.computeIfAbsent(caller.keyId(), id -> new Bucket(caller.burst(), clock.millis()));
        synchronized (bucket) {
            return bucket.take(Math.max(1, caller.requestsPerSecond()), Math.max(1, caller.burst()), clock.millis());
        }
    }

    private static final class Bucket {
        private double tokens;
        private long lastMillis;

        Bucket(int burst, long now) {
            this.tokens = Math.max(1, burst);
            this.lastMillis = now;
        }

        long take(int perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - lastMillis) * perSecond / 1000.0);
            lastMillis = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }
}
