package org.salondesk.availability;

import java.util.List;
import java.util.Map;

/**
 * What availability keeps in memory of a branch: its settings, services, masters, who does what, and every master's
 * schedule. It is read again whenever the catalogue version it was read at has moved.
 */
public record BranchCatalog(long version, BranchSettings branch, Map<Long, AvailabilityLoader.ServiceRow> services,
                            Map<Long, AvailabilityLoader.MasterRow> masters,
                            List<Eligibility.Provision> provisions, Map<Long, MasterSchedule> schedules) {

    public BranchCatalog {
        services = Map.copyOf(services);
        masters = Map.copyOf(masters);
        provisions = List.copyOf(provisions);
        schedules = Map.copyOf(schedules);
    }
}
