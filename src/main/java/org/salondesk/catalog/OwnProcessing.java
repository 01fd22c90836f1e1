package org.salondesk.catalog;

/**
 * A master's own processing window for a service she provides (decision 0033): both null means the service's own;
 * a processing of 0 means she works it throughout.
 */
public record OwnProcessing(Integer busyBeforeMinutes, Integer processingMinutes) {

    public boolean isServices() {
        return processingMinutes == null;
    }
}
