package org.salondesk.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salondesk.SalonDeskException;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.FreeStart;
import org.salondesk.notification.FreedTimeNotices;
import org.salondesk.persistence.Database;
import org.salondesk.task.FreedTimeTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which open entries of the waiting list have free time now, asked of the one availability engine (its free starts
 * over the entry's dates whose whole visit lies within the entry's times of day); and what follows
 * once: an entry that finds time is OFFERED, with a notification on the staff's bells and a task "offer the time to
 * ...", in one transaction that only one desk wins; an offered entry whose time was taken again waits again, so that
 * time freed later is told anew.
 */
public final class WaitlistMatching {

    /** How many free starts are looked for per entry (the desk offers the first; the others are the fallbacks). */
    public static final int STARTS_PER_ENTRY = 3;

    private static final Logger LOG = LoggerFactory.getLogger(WaitlistMatching.class);

    private final Database database;
    private final AvailabilityService availability;
    private final WaitingList waitingList;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final FreedTimeNotices notices;
    private final FreedTimeTasks tasks;

    public WaitlistMatching(Database database, AvailabilityService availability, WaitingList waitingList, Clock clock,
                            CurrentStaff currentStaff, FreedTimeNotices notices, FreedTimeTasks tasks) {
        this.database = database;
        this.availability = availability;
        this.waitingList = waitingList;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.notices = notices;
        this.tasks = tasks;
    }

    /**
     * The branch's open entries (expired ones gone first), each with its free starts now, after telling the desk of
     * those that found time since the last look.
     */
    public List<WaitlistMatch> matches(long branchId) {
        currentStaff.require(Act.WAITING_LIST);
        List<WaitlistEntry> open = waitingList.list(branchId, WaitlistStatus.WAITING, WaitlistStatus.OFFERED);
        LocalDate today = database.withConnection(connection -> availability.today(
                availability.reading(connection, branchId).branch()));
        List<WaitlistMatch> found = new ArrayList<>();
        boolean moved = false;
        for (WaitlistEntry entry : open) {
            List<FreeStart> starts = startsFor(entry, today);
            if (!starts.isEmpty() && entry.status() == WaitlistStatus.WAITING) {
                moved |= announce(entry, starts.get(0), today);
            } else if (starts.isEmpty() && entry.status() == WaitlistStatus.OFFERED) {
                moved |= database.withConnection(connection -> WaitlistRows.move(connection, entry.id(),
                        List.of(WaitlistStatus.OFFERED), WaitlistStatus.WAITING, null));
            }
            found.add(new WaitlistMatch(entry, starts));
        }
        if (!moved) {
            return found;
        }
        // Statuses changed (here or by another desk meanwhile): the entries as they are now, with the starts found.
        List<WaitlistEntry> now = waitingList.list(branchId);
        return found.stream().map(match -> new WaitlistMatch(now.stream().filter(e -> e.id() == match.entry().id())
                .findFirst().orElse(match.entry()), match.starts())).toList();
    }

    /** The first free starts of the entry within its dates (today at the earliest) and times of day. */
    List<FreeStart> startsFor(WaitlistEntry entry, LocalDate today) {
        try {
            return availability.startsWithin(entry.branchId(), entry.serviceIds(), entry.masterId(),
                    entry.dateFrom().isBefore(today) ? today : entry.dateFrom(), entry.dateTo(), entry.timeFrom(),
                    entry.timeTo(), STARTS_PER_ENTRY);
        } catch (SalonDeskException e) {
            // The entry cannot be booked as it stands (a service blocked since, the master gone): no time for it.
            LOG.info("Waiting-list entry {} is not matched: {}", entry.id(), e.getMessage());
            return List.of();
        }
    }

    // Whether this desk was the one to offer it (another desk may have been quicker).
    private boolean announce(WaitlistEntry entry, FreeStart start, LocalDate today) {
        Instant now = clock.instant();
        return database.fromTransaction(session -> {
            boolean offered = Database.withConnection(session, connection -> {
                if (!WaitlistRows.offer(connection, entry.id(), start.date(), start.offer().time(),
                        start.offer().masterId())) {
                    return false;
                }
                notices.tell(connection, entry.id(), entry.clientName() + ": " + entry.services(), start.date(),
                        start.offer().time(), now);
                return true;
            });
            if (offered) {
                tasks.add(session, entry.clientName(), entry.clientPhone(), start.date(), start.offer().time(), today,
                        now, entry.clientId());
            }
            return offered;
        });
    }
}
