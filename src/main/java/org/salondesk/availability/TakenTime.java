package org.salondesk.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is taken on the dates {@link FreeTime} answers for: each master's working stretches of the bookings and holds
 * that block (rule 3), and the resources they use. Pure; a copy with bookings not yet made is cheap.
 */
final class TakenTime {

    private final Map<Long, Map<LocalDate, List<TimeSpan>>> occupied;
    private final ResourceLoad resources;

    private TakenTime(Map<Long, Map<LocalDate, List<TimeSpan>>> occupied, ResourceLoad resources) {
        this.occupied = occupied;
        this.resources = resources;
    }

    /** See {@link FreeTime}'s constructor for what each collection holds. */
    static TakenTime of(Collection<Occupation> occupations, Collection<Occupation> resourceUsers,
                        Map<Long, Integer> resourceCounts, Instant now, LocalDateTime localNow,
                        Collection<Occupation> ignored) {
        TakenTime taken = new TakenTime(new HashMap<>(), new ResourceLoad(resourceCounts));
        // Whose resource uses are counted already: a booking may come both as its master's and as a resource user.
        Set<String> counted = new HashSet<>();
        for (Occupation occupation : occupations) {
            if (occupation.blocks(now, localNow) && !isIgnored(occupation, ignored)) {
                taken.occupied.computeIfAbsent(occupation.masterId(), id -> new HashMap<>())
                        .computeIfAbsent(occupation.date(), date -> new ArrayList<>())
                        .addAll(occupation.masterSpans());
                if (!occupation.uses().isEmpty()) {
                    counted.add(occupation.kind() + ":" + occupation.id());
                    taken.resources.add(occupation);
                }
            }
        }
        for (Occupation user : resourceUsers) {
            if (user.blocks(now, localNow) && !isIgnored(user, ignored)
                    && counted.add(user.kind() + ":" + user.id())) {
                taken.resources.add(user);
            }
        }
        return taken;
    }

    /** A copy with {@code tentative} taken too; this one does not change (only the lists it adds to are copied). */
    TakenTime plus(Collection<Occupation> tentative) {
        TakenTime copy = new TakenTime(new HashMap<>(occupied), resources.copy());
        for (Occupation occupation : tentative) {
            Map<LocalDate, List<TimeSpan>> days = new HashMap<>(copy.occupied.getOrDefault(occupation.masterId(),
                    Map.of()));
            List<TimeSpan> day = new ArrayList<>(days.getOrDefault(occupation.date(), List.of()));
            day.addAll(occupation.masterSpans());
            days.put(occupation.date(), day);
            copy.occupied.put(occupation.masterId(), days);
            copy.resources.add(occupation);
        }
        return copy;
    }

    /** A master's taken working stretches of a date, in no particular order. */
    List<TimeSpan> of(long masterId, LocalDate date) {
        return occupied.getOrDefault(masterId, Map.of()).getOrDefault(date, List.of());
    }

    ResourceLoad resources() {
        return resources;
    }

    private static boolean isIgnored(Occupation occupation, Collection<Occupation> ignored) {
        for (Occupation other : ignored) {
            if (other.sameAs(occupation)) {
                return true;
            }
        }
        return false;
    }
}
