package org.salondesk.waitlist;

import org.hibernate.Session;
import org.salondesk.client.ClientReferences;

/** A client merge as the waiting list sees it: the merged record's entries are the kept one's from now on. */
public final class MergedClientWaitlist implements ClientReferences {

    @Override
    public void moveClient(Session session, Merge merge) {
        session.createNativeMutationQuery("update waitlist_entry set client_id = :kept where client_id = :merged")
                .setParameter("kept", merge.keptId()).setParameter("merged", merge.mergedId()).executeUpdate();
    }
}
