package org.salondesk.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the planner decided around a booking besides its time: the processing window it was booked with (minutes
 * after its start, 0 and 0: none; decision 0033) and the visit and series it belongs to (null: none; decision
 * 0036). Kept apart from the booking's own fields because it changes with the planner, not with the desk's form.
 */
@Embeddable
public record BookingPlan(@Column(name = "visit_id") Long visitId,
                          @Column(name = "series_id") Long seriesId,
                          @Column(name = "processing_from_minutes", nullable = false) int processingFromMinutes,
                          @Column(name = "processing_minutes", nullable = false) int processingMinutes) {

    /** No processing window, in no visit and no series. */
    public static final BookingPlan NONE = new BookingPlan(null, null, 0, 0);

    /** The same, linked to a visit and/or a series (null: none). */
    public BookingPlan linked(Long visit, Long series) {
        return new BookingPlan(visit, series, processingFromMinutes, processingMinutes);
    }

    /** The same, with the processing window of its footprint: its master is free then. */
    public BookingPlan processing(int fromMinutes, int minutes) {
        return new BookingPlan(visitId, seriesId, minutes == 0 ? 0 : fromMinutes, minutes);
    }

    /** As the audit trail shows it. */
    @Override
    public String toString() {
        return "visit " + (visitId == null ? "—" : visitId) + ", series " + (seriesId == null ? "—" : seriesId)
                + ", processing " + processingFromMinutes + "+" + processingMinutes;
    }
}
