package org.salondesk.changes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed in the database since the feed last said: the kinds of things, and the bookings with where they were
 * or are; {@link ChangeKind#BOOKINGS} with no booking listed means too many to list. {@link #everything()} says that
 * the feed cannot tell (it has just started listening, or started again after losing its connection): whatever a
 * screen shows may have changed.
 */
public record Change(Set<ChangeKind> kinds, Set<TouchedBooking> bookings, boolean isEverything) {

    /** More bookings than this at once (an import, a bulk change) are not listed: any booking may have changed. */
    static final int MOST_LISTED = 1000;

    public Change {
        kinds = Set.copyOf(kinds);
        bookings = Set.copyOf(bookings);
    }

    /** Anything may have changed. */
    public static Change everything() {
        return new Change(EnumSet.allOf(ChangeKind.class), Set.of(), true);
    }

    /** A change of a kind whose details the feed does not carry (clients, tasks, the catalogue ...). */
    public static Change of(ChangeKind kind) {
        return new Change(Set.of(kind), Set.of(), false);
    }

    /** A change of bookings, at the places given. */
    public static Change of(Collection<TouchedBooking> bookings) {
        return collected(Set.of(ChangeKind.BOOKINGS), bookings);
    }

    /**
     * What a feed collected in one go: these kinds, and these bookings (with {@link ChangeKind#BOOKINGS} among the
     * kinds); null when nothing changed.
     */
    static Change collected(Collection<ChangeKind> kinds, Collection<TouchedBooking> bookings) {
        if (kinds.isEmpty()) {
            return null;
        }
        return new Change(Set.copyOf(kinds), bookings.size() > MOST_LISTED ? Set.of() : Set.copyOf(bookings), false);
    }

    /** Whether things of this kind may have changed. */
    public boolean touches(ChangeKind kind) {
        return kinds.contains(kind);
    }

    /**
     * Whether bookings of the branch (any branch for null) dated in [from, to] (open ends for null) may have changed.
     */
    public boolean touchesBookings(Long branchId, LocalDate from, LocalDate to) {
        return anyBooking() || bookings.stream().anyMatch(touched -> (branchId == null || touched.branchId() == branchId)
                && (from == null || !touched.date().isBefore(from)) && (to == null || !touched.date().isAfter(to)));
    }

    /** Whether this booking may have changed. */
    public boolean touchesBooking(long bookingId) {
        return anyBooking() || bookings.stream().anyMatch(touched -> touched.bookingId() == bookingId);
    }

    // Everything, or more bookings than were listed.
    private boolean anyBooking() {
        return isEverything || (touches(ChangeKind.BOOKINGS) && bookings.isEmpty());
    }

    /** The ids of the bookings listed (none after {@link #everything()}). */
    public Set<Long> bookingIds() {
        return bookings.stream().map(TouchedBooking::bookingId).collect(Collectors.toUnmodifiableSet());
    }
}
