package org.salondesk.task;

import org.hibernate.Session;
import org.salondesk.client.ClientReferences;

/** A client merge as the tasks see it: the merged record's tasks are about the kept one from now on. */
public final class MergedClientTasks implements ClientReferences {

    @Override
    public void moveClient(Session session, Merge merge) {
        session.createNativeMutationQuery("update task set client_id = :kept where client_id = :merged")
                .setParameter("kept", merge.keptId()).setParameter("merged", merge.mergedId()).executeUpdate();
    }
}
