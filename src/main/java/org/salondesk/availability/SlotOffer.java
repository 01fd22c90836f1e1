package org.salondesk.availability;

import java.time.LocalTime;

/** A free start and the master who would take it, with her length and price for the services asked. */
public record SlotOffer(LocalTime time, MasterOffer offer) {

    public long masterId() {
        return offer.masterId();
    }
}
