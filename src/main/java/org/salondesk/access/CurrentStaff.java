package org.salondesk.access;

import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/**
 * Who is working the desk right now, and what she may do. Bookings, status changes and tasks record this staff user
 * (null: SalonDesk itself, e.g. online requests). Until someone signs in, the desk is the trusted in-process API (tests,
 * self-check, integrations, demo seeding) and may do everything; once signed in, every service asks {@link #require}
 * before it writes, so a refused operation writes nothing.
 */
public final class CurrentStaff {

    /** A signed-in staff user: her role, and for a master her master record. */
    private record SignedIn(long staffUserId, StaffRole role, Long masterId) {
    }

    private volatile Long staffUserId;
    private volatile SignedIn signedIn;

    public Long id() {
        return staffUserId;
    }

    /**
     * Names who works a desk nobody signed in to (the desk's "at the desk" choice); her rights stay the trusted
     * desk's. On a signed-in desk only the signed-in user herself may be named.
     */
    public void set(Long staffUserId) {
        SignedIn now = signedIn;
        if (now != null && (staffUserId == null || staffUserId != now.staffUserId())) {
            throw new SalonDeskException(ErrorCode.FORBIDDEN, "error.forbidden.switchUser");
        }
        this.staffUserId = staffUserId;
    }

    /** From now on the desk works as this staff user, with her role's rights. */
    public void signIn(long staffUserId, StaffRole role, Long masterId) {
        this.signedIn = new SignedIn(staffUserId, role, masterId);
        this.staffUserId = staffUserId;
    }

    /** Back to a desk nobody signed in to. */
    public void signOut() {
        this.signedIn = null;
        this.staffUserId = null;
    }

    /** The signed-in user's role; empty on the trusted desk. */
    public Optional<StaffRole> role() {
        SignedIn now = signedIn;
        return now == null ? Optional.empty() : Optional.of(now.role());
    }

    /** Whether the role may do all of {@code act} (the trusted desk may). */
    public boolean may(Act act) {
        SignedIn now = signedIn;
        return now == null || act.reach(now.role()) == Reach.ALL;
    }

    /** Refuses with {@link ErrorCode#FORBIDDEN} unless the role may do all of {@code act}. */
    public void require(Act act) {
        SignedIn now = signedIn;
        if (now != null && act.reach(now.role()) != Reach.ALL) {
            throw forbidden(act);
        }
    }

    /**
     * Refuses unless the role may do {@code act} for master {@code masterId}: anyone's when it reaches all, only her
     * own when it reaches her own. A null master ("any master") means her own for a master.
     */
    public void requireFor(Act act, Long masterId) {
        SignedIn now = signedIn;
        if (now == null) {
            return;
        }
        Reach reach = act.reach(now.role());
        if (reach == Reach.NONE || reach == Reach.OWN && (masterId == null || !masterId.equals(now.masterId()))) {
            throw forbidden(act);
        }
    }

    /**
     * For reads a master sees only for herself: her master record when the role reaches only her own, empty when it
     * reaches all; refused when it reaches nothing.
     */
    public Optional<Long> onlyMaster(Act act) {
        SignedIn now = signedIn;
        if (now == null) {
            return Optional.empty();
        }
        return switch (act.reach(now.role())) {
            case ALL -> Optional.empty();
            case OWN -> Optional.of(now.masterId() == null ? -1L : now.masterId());
            case NONE -> throw forbidden(act);
        };
    }

    /**
     * As {@link #onlyMaster}, for what belongs to a staff user rather than a master (tasks): her own id when the role
     * reaches only her own.
     */
    public Optional<Long> onlyStaffUser(Act act) {
        SignedIn now = signedIn;
        if (now == null) {
            return Optional.empty();
        }
        return switch (act.reach(now.role())) {
            case ALL -> Optional.empty();
            case OWN -> Optional.of(now.staffUserId());
            case NONE -> throw forbidden(act);
        };
    }

    /**
     * Refuses unless the role may do {@code act} for what belongs to staff user {@code staffUserId} (a task assigned
     * to her): anyone's when it reaches all, only her own when it reaches her own.
     */
    public void requireForStaffUser(Act act, Long staffUserId) {
        SignedIn now = signedIn;
        if (now == null) {
            return;
        }
        Reach reach = act.reach(now.role());
        if (reach == Reach.NONE || reach == Reach.OWN && !Long.valueOf(now.staffUserId()).equals(staffUserId)) {
            throw forbidden(act);
        }
    }

    /** "Any master" on a master's desk means her: her master record, else {@code masterId} as asked. */
    public Long masterOrOwn(Act act, Long masterId) {
        return masterId == null ? onlyMaster(act).orElse(null) : masterId;
    }

    private SalonDeskException forbidden(Act act) {
        return new SalonDeskException(ErrorCode.FORBIDDEN, "error.forbidden", new ActName(act.textKey()),
                new ActName("staff.role." + signedIn.role().name()));
    }

    /** Words from the bundle, formatted in the locale of the message they appear in. */
    private record ActName(String key) {
        @Override
        public String toString() {
            return org.salondesk.i18n.Messages.get(key);
        }
    }
}
