package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.salondesk.availability.AvailabilityLoader;
import org.salondesk.availability.AvailabilityReading;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.Eligibility;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.FreeTime;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.Database;

/**
 * get_info_for_booking: a plain-text digest of every branch's services with price, length and the nearest free
 * times, for an assistant (a chat bot) to answer from. One load per branch; everything else is computed in memory.
 */
final class BookingDigest {

    private static final int SHOWN_SLOTS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Database database;
    private final AvailabilityService availability;
    private final AvailabilityLoader loader = new AvailabilityLoader();

    BookingDigest(Database database, AvailabilityService availability) {
        this.database = database;
        this.availability = availability;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        List<Object[]> branches = database.fromTransaction(session -> session.createQuery(
                "select b.id, b.name, b.address from Branch b where b.active = true order by b.id", Object[].class)
                .getResultList());
        for (Object[] branch : branches) {
            appendBranch(text, (Long) branch[0]);
        }
        return text.toString().strip();
    }

    private void appendBranch(StringBuilder text, long branchId) {
        database.withConnection(connection -> {
            AvailabilityReading reading = availability.reading(connection, branchId);
            BranchSettings branch = reading.branch();
            text.append(Messages.get("digest.branch", branch.name(), branch.address() == null ? "" : branch.address()))
                    .append('\n');
            List<Object[]> services = database.fromTransaction(session -> session.createQuery("""
                    select s.id, s.title, s.price, s.durationMinutes, c.name
                    from SalonService s left join ServiceCategory c on c.id = s.categoryId
                    where s.branchId = :branch and s.active = true order by c.id nulls last, s.id""", Object[].class)
                    .setParameter("branch", branchId)
                    .getResultList());
            List<Long> ids = services.stream().map(row -> (Long) row[0]).toList();
            List<Eligibility.Provision> provisions = loader.provisions(connection, branchId, ids);
            LocalDate today = availability.today(branch);
            int days = AvailabilityService.DEFAULT_DAYS_LIMIT;
            FreeTime free = reading.freeTime(null, today, today.plusDays(days - 1L));
            String category = null;
            for (Object[] service : services) {
                String serviceCategory = service[4] == null ? Messages.get("digest.noCategory") : (String) service[4];
                if (!serviceCategory.equals(category)) {
                    category = serviceCategory;
                    text.append(Messages.get("digest.category", category)).append('\n');
                }
                Eligibility.RequestedService requested = new Eligibility.RequestedService((Long) service[0],
                        (BigDecimal) service[2], (Integer) service[3]);
                List<MasterOffer> offers = Eligibility.offers(List.of(requested), provisions);
                text.append(Messages.get("digest.service", service[1], service[2], service[3])).append('\n');
                text.append(nearest(free, offers, today, days, branch.slotIntervalMinutes())).append('\n');
            }
            text.append('\n');
            return null;
        });
    }

    private static String nearest(FreeTime free, List<MasterOffer> offers, LocalDate today, int days, int interval) {
        for (LocalDate date : free.dates(offers, today, days, interval, 1)) {
            List<LocalTime> slots = free.slots(offers, date, interval);
            String times = slots.stream().limit(SHOWN_SLOTS).map(LocalTime::toString)
                    .collect(Collectors.joining(", "));
            return Messages.get("digest.nearest", DATE.format(date), times);
        }
        return Messages.get("digest.noTime", days);
    }
}
