package org.salondesk.ui.settings;

/** One API key as the keys table shows it: every column as text in the desk's language. */
public record ApiKeyLine(String name, String trusted, String created, String lastUsed, String requestsToday,
                         String state, boolean revoked) {
}
