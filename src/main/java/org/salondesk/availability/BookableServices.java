package org.salondesk.availability;

import java.util.List;

/**
 * A checked request for services in a branch: the services in the order asked, and the masters who can do them
 * all (one master only, when one was named).
 */
public record BookableServices(BranchSettings branch, List<AvailabilityLoader.ServiceRow> services,
                               List<MasterOffer> offers) {

    public List<Long> serviceIds() {
        return services.stream().map(AvailabilityLoader.ServiceRow::id).toList();
    }

    /** Whether any master's way of doing the services takes a room, a basin or other resource. */
    public boolean needsResources() {
        return offers.stream().anyMatch(offer -> !offer.footprint().needs().isEmpty());
    }

    public MasterOffer offerOf(long masterId) {
        return offers.stream().filter(offer -> offer.masterId() == masterId).findFirst().orElse(null);
    }
}
