package org.salondesk.availability;

import java.util.List;
import java.util.Map;

/**
 * What availability keeps in memory of a branch: its settings, services, masters, who does what, every master's
 * schedule, and its resources and what each service takes of them. It is read again whenever the catalogue version it was read at has moved.
 */
public record BranchCatalog(long version, BranchSettings branch, Map<Long, AvailabilityLoader.ServiceRow> services,
                            Map<Long, AvailabilityLoader.MasterRow> masters,
                            List<Eligibility.Provision> provisions, Map<Long, MasterSchedule> schedules,
                            Map<Long, Integer> resources, List<ServiceNeed> needs) {

    public BranchCatalog {
        services = Map.copyOf(services);
        masters = Map.copyOf(masters);
        provisions = List.copyOf(provisions);
        schedules = Map.copyOf(schedules);
        resources = Map.copyOf(resources);
        needs = List.copyOf(needs);
    }

    /** The resources a service takes. */
    public List<ServiceNeed> needsOf(long serviceId) {
        return needs.stream().filter(need -> need.serviceId() == serviceId).toList();
    }
}
