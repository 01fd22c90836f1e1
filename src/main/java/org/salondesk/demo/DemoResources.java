package org.salondesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salondesk.availability.Footprint;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.Booking;
import org.salondesk.catalog.Resources;
import org.salondesk.catalog.SalonService;

/**
 * The demo's resources and processing (decision 0033): each branch has its basins and massage room, the root colour
 * is applied, processes while its master is free and is rinsed at a basin, and a back massage takes the massage room.
 * The demo's bookings of them keep their window and write their resource uses, as the desk's own bookings do.
 */
final class DemoResources {

    /** A resource of every branch, and how many. */
    record Resource(String name, int quantity) {
    }

    /** A service's processing window and what it takes: a resource by name, in a phase. */
    record Phases(int busyBefore, int processing, Map<String, ServiceNeed.Phase> needs) {
    }

    static final List<Resource> RESOURCES = List.of(new Resource("Мойка", 2), new Resource("Массажный кабинет", 1));

    static final Map<String, Phases> PHASES = Map.of(
            DemoSalon.COLOUR_SERVICE, new Phases(30, 30, Map.of("Мойка", ServiceNeed.Phase.AFTER)),
            "Массаж спины", new Phases(0, 0, Map.of("Массажный кабинет", ServiceNeed.Phase.WHOLE)));

    /** What a branch's services take: by service id, its footprint's window and resource needs. */
    private final Map<Long, Footprint> footprints = new HashMap<>();
    /** Bookings written, whose resource uses are written once they have their ids. */
    private final List<Kept> booked = new ArrayList<>();

    private record Kept(Booking booking, Footprint footprint) {
    }

    /** Adds a branch's resources and sets its services' phases. */
    void addTo(Connection connection, long branchId, Map<String, SalonService> services) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (Resource resource : RESOURCES) {
            ids.put(resource.name(), Resources.insertResource(connection, branchId, resource.name(),
                    resource.quantity()));
        }
        for (Map.Entry<String, Phases> entry : PHASES.entrySet()) {
            SalonService service = services.get(entry.getKey());
            if (service != null) {
                setPhases(connection, service, entry.getValue(), ids);
            }
        }
    }

    private void setPhases(Connection connection, SalonService service, Phases phases, Map<String, Long> ids)
            throws SQLException {
        List<ServiceNeed> wanted = new ArrayList<>();
        List<Footprint.ResourceNeed> needs = new ArrayList<>();
        for (Map.Entry<String, ServiceNeed.Phase> need : phases.needs().entrySet()) {
            ServiceNeed one = new ServiceNeed(service.getId(), ids.get(need.getKey()), need.getValue());
            wanted.add(one);
            needs.add(one.during(service.getDurationMinutes(), phases.busyBefore(), phases.processing()));
        }
        Resources.writePhases(connection, service.getId(), phases.busyBefore(), phases.processing(), wanted);
        footprints.put(service.getId(), new Footprint(service.getDurationMinutes(), phases.busyBefore(),
                phases.processing(), needs));
    }

    /** Gives a new booking of one service the window its service has, and keeps it for its resource uses. */
    void book(Booking booking, long serviceId) {
        Footprint footprint = footprints.get(serviceId);
        if (footprint != null) {
            booking.setProcessing(footprint.processingFrom(), footprint.processingMinutes());
            booked.add(new Kept(booking, footprint));
        }
    }

    /** Writes the resource uses of the bookings kept, once they are in the database. */
    void writeUses(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into resource_use (branch_id,"
                + " resource_id, booking_id, hold_id, use_date, start_minute, end_minute)"
                + " values (?, ?, ?, null, ?, ?, ?)")) {
            for (Kept kept : booked) {
                Booking booking = kept.booking();
                int start = TimeSpan.minuteOfDay(booking.getStartTime());
                for (Footprint.ResourceNeed need : kept.footprint().needs()) {
                    insert.setLong(1, booking.getBranchId());
                    insert.setLong(2, need.resourceId());
                    insert.setLong(3, booking.getId());
                    insert.setObject(4, booking.getDate());
                    insert.setInt(5, start + need.from());
                    insert.setInt(6, start + need.to());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
