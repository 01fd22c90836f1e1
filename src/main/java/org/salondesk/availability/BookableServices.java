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

    public MasterOffer offerOf(long masterId) {
        return offers.stream().filter(offer -> offer.masterId() == masterId).findFirst().orElse(null);
    }
}
