package org.salondesk.client;

import java.time.Clock;
import java.util.List;

import org.hibernate.Session;
import org.salondesk.access.CurrentStaff;

/** The client's own audit lines (merges, blocks) in client_audit: who did what to her record, and when. */
final class ClientAuditLog {

    private final Clock clock;
    private final CurrentStaff currentStaff;

    ClientAuditLog(Clock clock, CurrentStaff currentStaff) {
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    void write(Session session, long clientId, String kind, String detail) {
        session.createNativeMutationQuery("insert into client_audit (client_id, occurred_at, staff_user_id, kind,"
                        + " detail) values (:client, :at, :staff, :kind, :detail)")
                .setParameter("client", clientId).setParameter("at", clock.instant())
                .setParameter("staff", currentStaff.id(), Long.class).setParameter("kind", kind)
                .setParameter("detail", detail, String.class).executeUpdate();
    }

    /** Oldest first, as "kind: detail". */
    static List<String> lines(Session session, long clientId) {
        return session.createNativeQuery("select kind, detail from client_audit where client_id = :id"
                        + " order by occurred_at, id", Object[].class).setParameter("id", clientId)
                .getResultList().stream().map(row -> row[1] == null ? (String) row[0] : row[0] + ": " + row[1])
                .toList();
    }
}
