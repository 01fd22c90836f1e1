package org.salondesk.audit;

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
 * after as it writes it, inside the flush of the change's own transaction, and the audit row goes in beside it.
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
                FieldChanges.of(persister, null, event.getState(), null))));
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
                        id(event), changes)));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        EntityKinds.kindOf(persister.getTableName(), null).ifPresent(kind -> write(event, new AuditNote(kind,
                AuditAction.DELETED, persister.getTableName(), id(event),
                FieldChanges.of(persister, event.getDeletedState(), null, null))));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(AbstractPostDatabaseOperationEvent event, AuditNote note) {
        trail.record(event.getSession(), note);
    }

    private static Long id(AbstractPostDatabaseOperationEvent event) {
        return event.getId() instanceof Number number ? number.longValue() : null;
    }
}
