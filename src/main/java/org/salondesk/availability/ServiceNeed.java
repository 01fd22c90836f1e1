package org.salondesk.availability;

/** A resource a service takes, during the whole service or one of its phases (decision 0033). */
public record ServiceNeed(long serviceId, long resourceId, Phase phase) {

    /** Which part of the service holds the resource. */
    public enum Phase {
        WHOLE,
        /** While the master works before the processing window. */
        BEFORE,
        /** While the client waits and the master is free. */
        PROCESSING,
        /** While the master works after the processing window (a rinse at the basin). */
        AFTER
    }

    /**
     * The stretch of the service this need covers, relative to the service's start. Without processing every need
     * holds for the whole service.
     */
    public Footprint.ResourceNeed during(int minutes, int busyBefore, int processing) {
        if (processing == 0) {
            return new Footprint.ResourceNeed(resourceId, 0, minutes);
        }
        return switch (phase) {
            case WHOLE -> new Footprint.ResourceNeed(resourceId, 0, minutes);
            case BEFORE -> new Footprint.ResourceNeed(resourceId, 0, busyBefore);
            case PROCESSING -> new Footprint.ResourceNeed(resourceId, busyBefore, busyBefore + processing);
            case AFTER -> new Footprint.ResourceNeed(resourceId, busyBefore + processing, minutes);
        };
    }
}
