package org.salondesk.catalog;

import java.util.List;

import org.salondesk.Bounds;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.availability.SlotGrid;

/**
 * How a service is done (decision 0033): the master works {@code busyBeforeMinutes}, then is free for
 * {@code processingMinutes} while the client waits (0 and 0: she is busy throughout), and the resources it takes.
 */
public record ServicePhases(long serviceId, int busyBeforeMinutes, int processingMinutes, List<ServiceNeed> needs) {

    /** Work before processing and processing itself: 5 minutes to 12 hours, on 5-minute marks as bookings start. */
    public static final Bounds BUSY_BEFORE = Bounds.whole("fieldName.busyBefore", 5, 12 * 60)
            .inSteps(SlotGrid.BOOKING_STEP_MINUTES);
    public static final Bounds PROCESSING = Bounds.whole("fieldName.processing", 5, 12 * 60)
            .inSteps(SlotGrid.BOOKING_STEP_MINUTES);

    public ServicePhases {
        needs = List.copyOf(needs);
    }

    public boolean hasProcessing() {
        return processingMinutes > 0;
    }
}
