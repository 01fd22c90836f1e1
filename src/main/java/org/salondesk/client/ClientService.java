package org.salondesk.client;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.Database;

import java.time.Clock;
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
        String firstName = Require.text(name, "field.name");
        String lastName = Require.optionalText(surname);
        String e164 = PhoneNumbers.normalize(phone);
        return database.fromTransaction(session -> {
            Optional<Client> existing = byPhone(session, e164);
            if (existing.isPresent()) {
                throw new SalonDeskException(ErrorCode.DUPLICATE, "error.client.phoneTaken",
                        PhoneNumbers.display(e164), existing.get().getFullName());
            }
            Client client = new Client(firstName, lastName, e164, clock.instant());
            session.persist(client);
            session.flush();
            return client.getId();
        });
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
