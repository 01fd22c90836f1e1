package org.salondesk.client;

import java.util.List;
import java.util.Objects;

import org.hibernate.Session;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;

/**
 * Merges two records of one person: the rows that name the merged one move to the kept one, the kept one takes what
 * she lacks, and both records say so. The caller checks the right and opens the transaction.
 */
final class ClientMerge {

    private final List<ClientReferences> references;
    private final ClientAuditLog log;
    private final AuditTrail trail;

    ClientMerge(List<ClientReferences> references, ClientAuditLog log, AuditTrail trail) {
        this.references = List.copyOf(references);
        this.log = log;
        this.trail = trail;
    }

    void merge(Session session, long keptId, long mergedId) {
        Client kept = ClientService.existing(session, keptId);
        Client merged = ClientService.existing(session, mergedId);
        String mergedPhone = merged.getPhone();
        String mergedName = merged.getFullName();
        ClientReferences.Merge merge = new ClientReferences.Merge(mergedId, described(merged), keptId,
                described(kept));
        merged.mergeInto(keptId);
        session.flush();
        takeWhatSheLacks(kept, merged, mergedPhone);
        for (ClientReferences owner : references) {
            owner.moveClient(session, merge);
        }
        session.createNativeMutationQuery("update client set linked_to_id = :kept where linked_to_id = :merged"
                + " and id <> :kept").setParameter("kept", keptId).setParameter("merged", mergedId)
                .executeUpdate();
        if (Objects.equals(kept.getLinkedToId(), mergedId)) {
            kept.setLinkedToId(null);
        }
        log.write(session, keptId, "MERGED", mergedName + " (" + PhoneNumbers.display(mergedPhone) + "), #"
                + mergedId);
        log.write(session, mergedId, "MERGED_INTO", kept.getFullName() + ", #" + keptId);
        // The bookings, tasks and linked clients moved with plain SQL: the trail says so once, on the kept one.
        trail.record(session, new AuditNote(AuditKind.CLIENT, AuditAction.MERGED, "client", keptId,
                "merged: #" + mergedId + " " + "(" + merge.merged() + ")" + " → #" + keptId));
    }

    /** Contact fields the kept one lacks are copied, notes and tags joined, a block carried over. */
    private static void takeWhatSheLacks(Client kept, Client merged, String mergedPhone) {
        if (kept.getPhone() == null && mergedPhone != null) {
            kept.setPhone(mergedPhone);
        }
        if (kept.getSurname() == null) {
            kept.setSurname(merged.getSurname());
        }
        if (kept.getEmail() == null) {
            kept.setEmail(merged.getEmail());
        }
        kept.setNote(joined(kept.getNote(), merged.getNote(), "\n"));
        kept.setTags(ClientTags.tidy(joined(kept.getTags(), merged.getTags(), ", ")));
        if (kept.getResponsibleStaffId() == null) {
            kept.setResponsibleStaffId(merged.getResponsibleStaffId());
        }
        if (merged.isBlocked() && !kept.isBlocked()) {
            kept.block(merged.getBlockedReason());
        }
    }

    private static String described(Client client) {
        return client.getPhone() == null ? client.getFullName()
                : client.getFullName() + ", " + PhoneNumbers.display(client.getPhone());
    }

    private static String joined(String first, String second, String separator) {
        if (first == null || second == null || first.equals(second)) {
            return first == null ? second : first;
        }
        return first + separator + second;
    }
}
