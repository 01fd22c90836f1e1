package org.salondesk.apikey;

import java.util.Optional;

/**
 * Tells the booking server whose key a request carries: the caller of a live key, empty for an unknown or revoked
 * one. Each call counts as one use of the key (last used, requests today).
 */
@FunctionalInterface
public interface ApiKeyCheck {

    Optional<ApiCaller> caller(String presentedKey);
}
