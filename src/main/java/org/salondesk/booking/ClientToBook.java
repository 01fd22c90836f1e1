package org.salondesk.booking;

import java.time.Instant;

import org.hibernate.Session;
import org.salondesk.Require;
import org.salondesk.client.Client;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;

/**
 * The client a visit or a series is booked for: one already known by id, or a new one (a name and a phone) created
 * in the booking's own transaction, so that a refused booking leaves no client behind (the ordinary booking does the
 * same, {@link BookingService#createBooking(BookingRequest, NewClient)}).
 */
public record ClientToBook(long id, NewClient created) {

    public ClientToBook {
        Require.that(created == null || id == 0, "error.client.notFound", id);
    }

    public static ClientToBook known(long clientId) {
        return new ClientToBook(clientId, null);
    }

    /** A new client: found by her phone instead when someone has it already. */
    public static ClientToBook created(NewClient client) {
        return new ClientToBook(0, Require.present(client, "field.client"));
    }

    /** The client, in the writing transaction: refused when gone, merged or blocked. */
    Client in(Session session, Instant now) {
        Client client = created == null ? session.find(Client.class, id) : ClientService.findOrCreate(session,
                created, now);
        return BookingCreation.bookable(client, id);
    }
}
