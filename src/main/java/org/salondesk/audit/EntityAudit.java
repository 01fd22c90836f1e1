package org.salondesk.audit;

import java.util.Optional;

import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.event.spi.AbstractPostDatabaseOperationEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * One recorder for every entity the desk writes through Hibernate: Hibernate hands over the row's state before and
 * after as it writes it, inside the flush of the change's own transaction, and the audit row goes in beside it when
 * that transaction commits.
 * Which tables are audited, and as what kind, is {@link EntityKinds}'s.
 */
final class EntityAudit implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final AuditTrail trail;

    EntityAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        EntityKinds.kindOf(persister.getTableName(), null).ifPresent(kind -> write(event, new AuditNote(kind,
                AuditAction.CREATED, persister.getTableName(), id(event),
                FieldChanges.of(persister, null, event.getState(), null)), event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        String changes = FieldChanges.of(persister, event.getOldState(), event.getState(), event.getDirtyProperties());
        if (changes.isEmpty()) {
            // Only the row's version or its bookkeeping moved: nothing anyone changed.
            return;
        }
        EntityKinds.kindOf(persister.getTableName(), FieldChanges.changedNames(persister, event.getDirtyProperties()))
                .ifPresent(kind -> write(event, new AuditNote(kind, AuditAction.CHANGED, persister.getTableName(),
                        id(event), changes), event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        EntityKinds.kindOf(persister.getTableName(), null).ifPresent(kind -> write(event, new AuditNote(kind,
                AuditAction.DELETED, persister.getTableName(), id(event),
                FieldChanges.of(persister, event.getDeletedState(), null, null)), event.getDeletedState()));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /**
     * Queues the row to be written just before the transaction commits, by whoever works the desk now: a write that
     * the database refuses later in the same flush (the overlap guard) then leaves no audit row, nor a used id.
     */
    private void write(AbstractPostDatabaseOperationEvent event, AuditNote note, Object[] state) {
        AuditNote recorded = onParent(event.getPersister(), state, note);
        Long by = trail.who();
        event.getSession().getActionQueue().registerProcess(
                (BeforeTransactionCompletionProcess) session -> trail.recordAs(session, by, recorded));
    }

    /**
     * A line of a parent record (a booked service of its booking) is recorded on the parent, so that the parent's
     * rows show it and Open opens the parent. Hibernate keeps the parent's id in the line's back-reference.
     */
    private static AuditNote onParent(EntityPersister persister, Object[] state, AuditNote note) {
        Optional<String> parent = EntityKinds.parentOf(persister.getTableName());
        String[] names = persister.getPropertyNames();
        for (int i = 0; parent.isPresent() && state != null && i < names.length; i++) {
            if (names[i].startsWith("_") && names[i].endsWith("Backref") && state[i] instanceof Number parentId) {
                String line = note.recordType() + " #" + note.recordId();
                return new AuditNote(note.kind(), note.action(), parent.get(), parentId.longValue(),
                        note.changes() == null || note.changes().isEmpty() ? line : line + "\n" + note.changes());
            }
        }
        return note;
    }

    private static Long id(AbstractPostDatabaseOperationEvent event) {
        return event.getId() instanceof Number number ? number.longValue() : null;
    }
}
