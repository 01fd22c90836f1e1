package org.salondesk.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditTrail;
import org.salondesk.access.StaffRole;
import org.salondesk.persistence.Database;
import org.salondesk.staff.StaffRow;
import org.salondesk.staff.StaffService;
import org.salondesk.staff.StaffUser;

/**
 * Clients of the salon: find them as the desk types, create (phone unique, in E.164) and edit, block and unblock,
 * link family, merge two records of one person, and give each a responsible operator.
 */
public final class ClientService {

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final ClientQueries queries;
    private final StaffService staff;
    private final ClientRights rights;
    private final ClientAuditLog log;
    private final ClientMerge merging;

    /** @param references the features whose rows name a client, which a merge moves (bookings, tasks) */
    public ClientService(Database database, Clock clock, CurrentStaff currentStaff, StaffService staff,
                         List<ClientReferences> references, AuditTrail trail) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.log = new ClientAuditLog(clock, currentStaff);
        this.merging = new ClientMerge(references, log, trail);
        this.queries = new ClientQueries(database, clock);
        this.rights = new ClientRights(database, currentStaff);
    }

    /** A page of the clients the typed text finds (name, surname, email, any part of the phone in any format). */
    public List<ClientRow> search(String text, int offset, int limit) {
        Require.that(offset >= 0 && limit > 0 && limit <= 1000, "error.page");
        return rights.visible(queries.search(text, offset, limit));
    }

    public long count(String text) {
        return queries.count(text);
    }

    public ClientRow row(long clientId) {
        rights.requireVisible(clientId);
        return queries.row(clientId);
    }

    /** Everything about a client: contacts, family, bookings, figures. */
    public ClientCard card(long clientId) {
        rights.requireVisible(clientId);
        return queries.card(clientId);
    }

    /** Her number of no-shows when it reaches the limit where the salon suggests blocking her; empty otherwise. */
    public Optional<Integer> noShowWarning(long clientId) {
        return queries.noShowWarning(clientId);
    }

    /** As {@link #noShowWarning(long)}, by the setting of the branch she is being booked in. */
    public Optional<Integer> noShowWarning(long clientId, long branchId) {
        return queries.noShowWarning(clientId, suggestBlockAfter(branchId));
    }

    /** The branch setting "suggest blocking after N no-shows" (null: off); the branch service saves it. */
    public Integer suggestBlockAfter(long branchId) {
        return database.fromTransaction(session -> {
            List<Object> found = session.createNativeQuery("select suggest_block_after_no_shows from branch"
                    + " where id = :id", Object.class).setParameter("id", branchId).getResultList();
            if (found.isEmpty()) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.branch.notFound", branchId);
            }
            return found.get(0) == null ? null : ((Number) found.get(0)).intValue();
        });
    }

    /**
     * Creates a client from the full form; a phone that is taken is refused with a {@link DuplicateClientException}
     * (DUPLICATE) that names its owner and gives her id, so that the desk can open her card instead.
     */
    public long create(ClientForm form) {
        currentStaff.require(Act.CLIENTS_EDIT);
        ClientForm checked = form.checked(false);
        return database.fromTransaction(session -> {
            requirePhoneFree(session, checked.phone(), null);
            Client client = new Client(checked.name(), checked.surname(), checked.phone(), clock.instant());
            fill(client, checked);
            session.persist(client);
            session.flush();
            return client.getId();
        });
    }

    /** A client booked under another's phone (a child under her mother's): no phone of her own, linked to her. */
    public long createLinked(long parentId, String name, String surname) {
        currentStaff.require(Act.CLIENTS_EDIT);
        ClientForm checked = new ClientForm(name, surname, null, null, null, null).checked(true);
        return database.fromTransaction(session -> {
            Client parent = existing(session, parentId);
            Client child = new Client(checked.name(), checked.surname(), null, clock.instant());
            child.setLinkedToId(parent.getId());
            session.persist(child);
            session.flush();
            return child.getId();
        });
    }

    /** Edits a client; a linked client may have no phone of her own. */
    public void update(long clientId, ClientForm form) {
        currentStaff.require(Act.CLIENTS_EDIT);
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            ClientForm checked = form.checked(client.getLinkedToId() != null);
            requirePhoneFree(session, checked.phone(), clientId);
            client.setName(checked.name());
            client.setSurname(checked.surname());
            client.setPhone(checked.phone());
            fill(client, checked);
        });
    }

    public void setName(long clientId, String name, String surname) {
        currentStaff.require(Act.CLIENTS_EDIT);
        ClientForm checked = new ClientForm(name, surname, null, null, null, null).checked(true);
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            client.setName(checked.name());
            client.setSurname(checked.surname());
        });
    }

    public void setNote(long clientId, String note) {
        currentStaff.require(Act.CLIENTS_EDIT);
        String text = Require.optionalText(note, Client.NOTE);
        database.inTransaction(session -> existing(session, clientId).setNote(text));
    }

    /** She asked for no reminders (or wants them again). */
    public void setUnsubscribed(long clientId, boolean unsubscribed) {
        currentStaff.require(Act.CLIENTS_EDIT);
        database.inTransaction(session -> existing(session, clientId).setUnsubscribed(unsubscribed));
    }

    /** Links a client to another (a child to her parent), or unlinks her with null. */
    public void link(long clientId, Long parentId) {
        currentStaff.require(Act.CLIENTS_EDIT);
        Require.that(parentId == null || parentId != clientId, "error.client.linkSelf");
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            if (parentId != null) {
                existing(session, parentId);
            } else {
                Require.that(client.getPhone() != null, "error.client.unlinkNeedsPhone");
            }
            client.setLinkedToId(parentId);
        });
    }

    /**
     * Merges {@code mergedId} into {@code keptId}: her bookings, tasks and linked clients move over, contact fields the
     * kept one lacks are copied, notes and tags are joined, the merged record keeps only a pointer to the kept one,
     * and both get an audit line.
     */
    public void merge(long keptId, long mergedId) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        Require.that(keptId != mergedId, "error.client.mergeSelf");
        database.inTransaction(session -> merging.merge(session, keptId, mergedId));
    }

    /** The audit lines of a client (merges, blocks), oldest first, as "kind: detail". */
    public List<String> audit(long clientId) {
        return database.fromTransaction(session -> {
            existing(session, clientId);
            return ClientAuditLog.lines(session, clientId);
        });
    }

    /** Makes a staff user responsible for the client (the reference's "assign"); null frees her. */
    public void assignOperator(long clientId, Long staffUserId) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            if (staffUserId != null) {
                activeStaff(session, staffUserId);
            }
            client.setResponsibleStaffId(staffUserId);
        });
    }

    /**
     * Gives every client without an operator one of {@code staffUserIds} in turn (the reference's "distribute"),
     * oldest clients first; answers how many were given out.
     */
    public int distributeAmong(List<Long> staffUserIds) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        Require.notEmpty(staffUserIds, "field.operators");
        return database.fromTransaction(session -> {
            staffUserIds.forEach(id -> activeStaff(session, id));
            List<Client> free = session.createSelectionQuery("from Client c where c.responsibleStaffId is null"
                    + " and c.mergedIntoId is null order by c.id", Client.class).getResultList();
            for (int i = 0; i < free.size(); i++) {
                free.get(i).setResponsibleStaffId(staffUserIds.get(i % staffUserIds.size()));
            }
            return free.size();
        });
    }

    /**
     * As {@link #distributeAmong}, among the receptionists and admins on shift today; when the schedules know of
     * nobody on shift (desk staff not linked to a master), among all active receptionists and admins.
     */
    public int distributeAmongDesk() {
        currentStaff.require(Act.CLIENTS_MANAGE);
        List<Long> onShift = deskStaff(staff.onShiftToday());
        List<Long> among = onShift.isEmpty() ? deskStaff(staff.list(false)) : onShift;
        if (among.isEmpty()) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "clients.error.noDeskStaff");
        }
        return distributeAmong(among);
    }

    private static List<Long> deskStaff(List<StaffRow> rows) {
        return rows.stream().filter(row -> row.role() != StaffRole.MASTER).map(StaffRow::id).toList();
    }

    /** Creates a client; a phone that is already taken is refused with DUPLICATE naming its owner. */
    public long createClient(String name, String surname, String phone) {
        currentStaff.require(Act.CLIENTS_EDIT);
        NewClient checked = NewClient.of(name, surname, phone);
        return database.fromTransaction(session -> {
            requirePhoneFree(session, checked.phone(), null);
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

    /**
     * The lengths are checked here, in the writing transaction, rather than in {@link NewClient#of}: the booking
     * dialog makes a NewClient on the FX thread and must get a refusal back from the background like any other.
     */
    private static Client persist(Session session, NewClient checked, Instant now) {
        Require.text(checked.name(), "field.name", Client.NAME);
        Require.optionalText(checked.surname(), Client.SURNAME);
        Client client = new Client(checked.name(), checked.surname(), checked.phone(), now);
        client.setEmail(Require.optionalText(checked.email(), Client.EMAIL));
        session.persist(client);
        session.flush();
        return client;
    }

    /** Blocks a client with the reason the desk will see (she can no longer be booked), or unblocks her. */
    public void setBlocked(long clientId, boolean blocked, String reason) {
        currentStaff.require(Act.CLIENTS_BLOCK);
        String why = blocked ? Require.text(reason, "field.blockReason", Client.BLOCKED_REASON) : null;
        database.inTransaction(session -> {
            Client client = existing(session, clientId);
            if (blocked) {
                client.block(why);
                log.write(session, clientId, "BLOCKED", why);
            } else if (client.isBlocked()) {
                client.unblock();
                log.write(session, clientId, "UNBLOCKED", null);
            }
        });
    }

    /** The client with this phone (any format), if there is one. */
    public Optional<Client> findByPhone(String phone) {
        String e164 = PhoneNumbers.normalize(phone);
        return database.fromTransaction(session -> byPhone(session, e164));
    }

    /** As {@link #findByPhone(String)}, as lists show her: what a screen may hold. */
    public Optional<ClientRow> rowByPhone(String phone) {
        String e164 = PhoneNumbers.normalize(phone);
        return database.fromTransaction(session -> byPhone(session, e164)
                .map(client -> ClientQueries.row(session, client.getId())));
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

    private static void requirePhoneFree(Session session, String e164, Long exceptId) {
        if (e164 == null) {
            return;
        }
        Optional<Client> owner = byPhone(session, e164);
        if (owner.isPresent() && !owner.get().getId().equals(exceptId)) {
            throw new DuplicateClientException(owner.get().getId(), e164, owner.get().getFullName());
        }
    }

    private static void fill(Client client, ClientForm form) {
        client.setEmail(form.email());
        client.setNote(form.note());
        client.setTags(form.tags());
    }

    private static StaffUser activeStaff(Session session, long staffUserId) {
        StaffUser user = session.find(StaffUser.class, staffUserId);
        if (user == null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.staff.notFound", staffUserId);
        }
        if (!user.isActive()) {
            throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.staff.inactive", user.getDisplayName());
        }
        return user;
    }

    static Client existing(Session session, long clientId) {
        Client client = session.find(Client.class, clientId);
        if (client == null || client.getMergedIntoId() != null) {
            throw new SalonDeskException(ErrorCode.NOT_FOUND, "error.client.notFound", clientId);
        }
        return client;
    }
}
