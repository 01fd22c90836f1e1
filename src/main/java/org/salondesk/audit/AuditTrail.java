package org.salondesk.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.salondesk.access.CurrentStaff;
import org.salondesk.persistence.Database;

/**
 * Writes the audit trail (decision 0025): every row in the transaction of the change it records, so that a change
 * rolled back leaves no row and no change goes unrecorded. Entity writes are recorded by {@link EntityAudit} on every
 * session of the desk's database; the services call {@link #record} for what they write with plain SQL, and for
 * sign-ins and exports. There is no way here to change or delete a row, and the database refuses both.
 */
public final class AuditTrail {

    private static final String INSERT = "insert into audit_entry (occurred_at, staff_user_id, kind, action,"
            + " record_type, record_id, changes) values (?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    // Set on the thread doing work the desk does by itself (its timers): recorded as SalonDesk's, whoever signed in.
    private final ThreadLocal<Boolean> byDesk = ThreadLocal.withInitial(() -> false);

    public AuditTrail(Database database, Clock clock, CurrentStaff currentStaff) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
        // Hibernate's mapping may still be being built (the desk's quick start): the listener joins it when it is.
        database.whenMapped(this::listenTo);
    }

    private void listenTo(SessionFactory factory) {
        EntityAudit listener = new EntityAudit(this);
        EventListenerRegistry registry = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }

    /** Records {@code note} as done by whoever works the desk now, in the session's transaction. */
    public void record(Session session, AuditNote note) {
        recordAs(session, who(), note);
    }

    /** Who a row written now names: the desk's staff user, or null for SalonDesk itself. */
    Long who() {
        return byDesk.get() ? null : currentStaff.id();
    }

    /** Runs {@code work}, which the desk does by itself (not the signed-in user), recording it as SalonDesk's. */
    public <T> T byDesk(Supplier<T> work) {
        byDesk.set(true);
        try {
            return work.get();
        } finally {
            byDesk.remove();
        }
    }

    /** Records {@code note} as done by staff user {@code staffUserId} (null: SalonDesk itself). */
    public void recordAs(Session session, Long staffUserId, AuditNote note) {
        Database.withConnection(session, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                if (staffUserId == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, staffUserId);
                }
                insert.setString(3, note.kind().name());
                insert.setString(4, note.action().name());
                insert.setString(5, note.recordType());
                if (note.recordId() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, note.recordId());
                }
                insert.setString(7, note.changes());
                return insert.executeUpdate();
            }
        });
    }

    /** Records {@code note} in a transaction of its own: for what writes nothing else (an export). */
    public void record(AuditNote note) {
        database.inTransaction(session -> record(session, note));
    }
}
