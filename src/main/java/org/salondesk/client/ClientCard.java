package org.salondesk.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the desk knows of a client: her record, note, whether she unsubscribed from reminders, the clients
 * linked with her (a parent, children), her bookings (upcoming first, then the past), what she spent on completed
 * visits, how many visits and no-shows, days since the last visit (null: none yet), her favourite master, and
 * {@code suggestBlock} when her no-shows reach the branch's limit.
 */
public record ClientCard(ClientRow client, String note, boolean unsubscribed, List<ClientRow> linked,
                         List<ClientVisit> history, BigDecimal totalSpent, int visits, int noShows,
                         Long daysSinceLastVisit, String favouriteMaster, boolean suggestBlock) {
}
