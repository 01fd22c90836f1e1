package org.salondesk.client;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.Database;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Clients of the salon: create (phone unique, in E.164), find by phone, block and unblock. */
public final class ClientService {

    private final Database database;
    private final Clock clock;

    public ClientService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Creates a client; a phone that is already taken is refused with DUPLICATE naming its owner. */
    public long createClient(String name, String surname, String phone) {
        NewClient checked = NewClient.of(name, surname, phone);
        return database.fromTransaction(session -> {
            Optional<Client> existing = byPhone(session, checked.phone());
            if (existing.isPresent()) {
                throw new SalonDeskException(ErrorCode.DUPLICATE, "error.client.phoneTaken",
                        PhoneNumbers.display(checked.phone()), existing.get().getFullName());
            }
            return persist(session, checked, clock.instant()).getId();
        });
    }

    /**
     * In the caller's transaction: the client with the new client's phone, or the new client created. Used where a
     * booking and its new client must be written together or not at all.
     */
    public static Client findOrCreate(Session session, NewClient client, Instant now) {
        return byPhone(session, client.phone()).orElseGet(() -> persist(session, client, now));
    }

    private static Client persist(Session session, NewClient checked, Instant now) {
        Client client = new Client(checked.name(), checked.surname(), checked.phone(), now);
        session.persist(client);
        session.flush();
        return client;
    }

    /** Blocks a client (she can no longer be booked; the desk sees why) or unblocks her. */
    public void setBlocked(long clientId, boolean blocked, String reason) {
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            if (blocked) {
                client.block(Require.optionalText(reason));
            } else {
                client.unblock();
            }
        });
    }

    /** The client with this phone (any format), if there is one. */
    public Optional<Client> findByPhone(String phone) {
        String e164 = PhoneNumbers.normalize(phone);
        return database.fromTransaction(session -> byPhone(session, e164));
    }

    public Client get(long clientId) {
        return database.fromTransaction(session -> existing(session, clientId));
    }

    static Optional<Client> byPhone(Session session, String e164) {
        return session.createQuery("from Client c where c.phone = :phone", Client.class)
                .setParameter("phone", e164)
                .getResultStream()
                .findFirst();
    }

    static Client existing(Session session, long clientId) {
        Client client = session.find(Client.class, clientId);
        if (client == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", clientId);
        }
        return client;
    }
}
