package org.salondesk.client;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * Which clients the signed-in role may see: everyone's for the desk, a master's own for a master (the clients she has
 * a booking with, past or ahead). Writes are refused by the role table alone ({@link CurrentStaff#require}).
 */
final class ClientRights {

    private final Database database;
    private final CurrentStaff currentStaff;

    ClientRights(Database database, CurrentStaff currentStaff) {
        this.database = database;
        this.currentStaff = currentStaff;
    }

    /** Refuses a client who is not the signed-in master's. */
    void requireVisible(long clientId) {
        Optional<Long> master = currentStaff.onlyMaster(Act.CLIENTS_READ);
        if (master.isPresent() && !hers(clientId, master.get())) {
            throw new SalonDeskException(ErrorCode.FORBIDDEN, "error.forbidden.client", clientId);
        }
    }

    /**
     * A page of clients as the signed-in role may see it: a master's page keeps her own clients only (so it may hold
     * fewer rows than asked; it never holds anyone else's).
     */
    List<ClientRow> visible(List<ClientRow> page) {
        Optional<Long> master = currentStaff.onlyMaster(Act.CLIENTS_READ);
        return master.isEmpty() ? page : page.stream().filter(row -> hers(row.id(), master.get())).toList();
    }

    private boolean hers(long clientId, long masterId) {
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select 1 from booking where client_id = ? and employee_id = ?")) {
                statement.setLong(1, clientId);
                statement.setLong(2, masterId);
                statement.setMaxRows(1);
                try (ResultSet found = statement.executeQuery()) {
                    return found.next();
                }
            }
        });
    }
}
