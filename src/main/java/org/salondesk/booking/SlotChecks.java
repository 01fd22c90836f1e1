package org.salondesk.booking;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.salondesk.ErrorCode;
import org.salondesk.Require;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookableServices;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.Footprint;
import org.salondesk.availability.MasterOffer;
import org.salondesk.availability.FreeTime;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.availability.Occupation;
import org.salondesk.availability.SlotGrid;
import org.salondesk.availability.TimeSpan;
import org.salondesk.availability.WorkingDay;

/** Turns the free-time verdicts of rules 4, 6 and 7 into SLOT_UNAVAILABLE refusals a receptionist understands. */
final class SlotChecks {

    private SlotChecks() {
    }

    /** Bookings start on the booking step (5 minutes); whole minutes only. */
    static void requireOnGrid(LocalTime time) {
        Require.present(time, "field.time");
        Require.that(time.getSecond() == 0 && time.getNano() == 0
                        && time.getMinute() % SlotGrid.BOOKING_STEP_MINUTES == 0,
                "error.time.offGrid", time, SlotGrid.BOOKING_STEP_MINUTES);
    }

    /** The master asked for, if her time is free; without one, the fairest free master (rule 6). */
    static MasterOffer chooseOffer(FreeTime free, BookableServices services, Long masterId, LocalDate date,
                                     LocalTime time) {
        if (masterId != null) {
            MasterOffer offer = services.offerOf(masterId);
            requireFree(free.check(offer, date, time));
            return offer;
        }
        return free.pickMaster(services.offers(), date, time)
                .orElseThrow(() -> new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.noneFree",
                        date, time));
    }

    /** Refuses to give a booking that freed its time ({@code from}) that time back unless it is still free. */
    static void requireTimeBack(GuardedWrite write, Booking booking, BookingStatus from) throws SQLException {
        write.reading(booking.getBranchId()).branch();
        Footprint footprint = BookingFootprints.locked(write, booking);
        FreeTime free = write.time(booking.getBranchId(), booking.getDate(), booking.getDate(), Occupation.booking(
                booking.getId(), booking.getMasterId(), booking.getDate(),
                TimeSpan.starting(booking.getStartTime(), booking.getDurationMinutes()), from));
        FreeTime.Verdict verdict = free.check(MasterOffer.ofFootprint(booking.getMasterId(), footprint,
                booking.getTotalCost()), booking.getDate(), booking.getStartTime());
        // Undo right after the step is allowed although the time has begun.
        if (verdict != FreeTime.Verdict.TOO_EARLY) {
            requireFree(verdict);
        }
    }

    static void requireFree(FreeTime.Verdict verdict) {
        switch (verdict) {
            case FREE -> {
            }
            case TOO_EARLY -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.tooEarly");
            case OUTSIDE_WORKING_TIME ->
                    throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.outsideWorkingTime");
            case TAKEN -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.taken");
            case RESOURCE_TAKEN ->
                    throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.resourceTaken");
            case TOO_FAR_AHEAD -> throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.tooFarAhead");
        }
    }

    /**
     * As {@link #requireFree(FreeTime.Verdict)}, saying whose working time it is when the master does not work then:
     * "Olga does not work on 5 March", or her hours when the booking falls outside them.
     */
    static void requireFree(FreeTime.Verdict verdict, FreeTime free, long masterId, String master, LocalDate date,
                            TimeSpan wanted) {
        if (verdict == FreeTime.Verdict.OUTSIDE_WORKING_TIME) {
            Optional<WorkingDay> day = free.workingDay(masterId, date);
            if (day.isEmpty()) {
                throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.masterOff", master, date);
            }
            TimeSpan shift = day.get().shift();
            if (!shift.contains(wanted)) {
                throw new SalonDeskException(ErrorCode.SLOT_UNAVAILABLE, "error.slot.outsideShift", master,
                        shift.startTime(), shift.endTime(), date);
            }
        }
        requireFree(verdict);
    }
}
