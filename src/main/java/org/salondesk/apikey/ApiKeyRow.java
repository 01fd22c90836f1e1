package org.salondesk.apikey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One API key as Settings lists it (never the key itself, which is shown once): its name, whether it is trusted, when
 * it was made, last used and revoked (null: live), and how many requests it served on {@code requestsDay}.
 */
public record ApiKeyRow(long id, String name, boolean trusted, Instant createdAt, Instant lastUsedAt,
                        LocalDate requestsDay, long requestsOnDay, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** The requests counted on {@code today}: none when the last counted day was another. */
    public long requestsOn(LocalDate today) {
        return today.equals(requestsDay) ? requestsOnDay : 0;
    }
}
