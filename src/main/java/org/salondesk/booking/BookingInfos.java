package org.salondesk.booking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;

/** Turns stored bookings into {@link BookingInfo}s in one query, with master, branch and client names. */
final class BookingInfos {

    private BookingInfos() {
    }

    /** The infos of the given bookings, in the order of {@code bookingIds}; unknown ids are left out. */
    static List<BookingInfo> load(Session session, Collection<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = session.createQuery("""
                        select distinct b, e.name, j.name, br.name, br.address, c.name, c.surname, c.phone
                        from Booking b
                        left join fetch b.services
                        join Master e on e.id = b.masterId
                        left join JobTitle j on j.id = e.jobTitleId
                        join Branch br on br.id = b.branchId
                        join Client c on c.id = b.clientId
                        where b.id in :ids""", Object[].class)
                .setParameter("ids", bookingIds)
                .getResultList();
        Map<Long, BookingInfo> byId = new HashMap<>();
        for (Object[] row : rows) {
            Booking booking = (Booking) row[0];
            String surname = (String) row[6];
            String clientName = surname == null || surname.isBlank() ? (String) row[5] : row[5] + " " + surname;
            byId.put(booking.getId(), new BookingInfo(booking.getId(), booking.getNumber(), booking.getDate(),
                    booking.getStartTime(),
                    booking.getServices().stream().map(BookedService::getServiceId).toList(),
                    booking.getServices().stream().map(BookedService::getTitle).toList(),
                    booking.getDurationMinutes(), booking.getTotalCost(), booking.getMasterId(), (String) row[1],
                    (String) row[2], booking.getBranchId(), (String) row[3], (String) row[4], booking.getStatus(),
                    booking.getSource(), booking.getClientId(), clientName, (String) row[7], booking.getNote()));
        }
        List<BookingInfo> result = new ArrayList<>(bookingIds.size());
        for (Long id : bookingIds) {
            BookingInfo info = byId.get(id);
            if (info != null) {
                result.add(info);
            }
        }
        return result;
    }
}
