package org.salondesk.availability;

import java.util.List;

/** A step of a visit as asked: its services, and its master or null for any (decision 0036). */
public record VisitStep(List<Long> serviceIds, Long masterId) {

    /** The most steps one visit may have: a salon day, not a batch job. */
    public static final int MAX_STEPS = 6;
}
