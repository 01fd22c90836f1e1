package org.salondesk.catalog;

import java.time.LocalTime;
import java.time.ZoneId;

import org.salondesk.Bounds;
import org.salondesk.Require;
import org.salondesk.TextLimit;

/** A branch's settings as the admin edits them. */
public record BranchSettingsForm(String name, String address, ZoneId timeZone, int slotIntervalMinutes,
                                 int minLeadMinutes, int bookingDaysAhead, LocalTime defaultShiftStart,
                                 LocalTime defaultShiftEnd) {

    public static final TextLimit NAME = Branch.NAME;
    public static final TextLimit ADDRESS = Branch.ADDRESS;
    public static final Bounds SLOT_INTERVAL = Branch.SLOT_INTERVAL;
    public static final Bounds MIN_LEAD = Branch.MIN_LEAD;
    public static final Bounds DAYS_AHEAD = Branch.DAYS_AHEAD;
    public static final int DEFAULT_SLOT_INTERVAL_MINUTES = Branch.DEFAULT_SLOT_INTERVAL_MINUTES;
    public static final int DEFAULT_BOOKING_DAYS_AHEAD = Branch.DEFAULT_BOOKING_DAYS_AHEAD;

    static BranchSettingsForm of(Branch branch) {
        return new BranchSettingsForm(branch.getName(), branch.getAddress(), branch.getTimeZone(),
                branch.getSlotIntervalMinutes(), branch.getMinLeadMinutes(), branch.getBookingDaysAhead(),
                branch.getDefaultShiftStart(), branch.getDefaultShiftEnd());
    }

    /** The form with its texts checked and trimmed; refused (INVALID_ARGUMENT) when a value is missing or too large. */
    static BranchSettingsForm checked(BranchSettingsForm form) {
        Require.present(form, "field.settings");
        String name = Require.text(form.name(), "field.name", NAME);
        String address = Require.optionalText(form.address(), ADDRESS);
        Require.present(form.timeZone(), "field.timeZone");
        Require.within(form.slotIntervalMinutes(), SLOT_INTERVAL);
        Require.within(form.minLeadMinutes(), MIN_LEAD);
        Require.within(form.bookingDaysAhead(), DAYS_AHEAD);
        Require.present(form.defaultShiftStart(), "field.start");
        Require.present(form.defaultShiftEnd(), "field.end");
        Require.that(form.defaultShiftEnd().isAfter(form.defaultShiftStart()), "error.hours.endBeforeStart",
                form.defaultShiftStart(), form.defaultShiftEnd());
        return new BranchSettingsForm(name, address, form.timeZone(), form.slotIntervalMinutes(),
                form.minLeadMinutes(), form.bookingDaysAhead(), form.defaultShiftStart(), form.defaultShiftEnd());
    }
}
