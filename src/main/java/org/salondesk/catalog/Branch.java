package org.salondesk.catalog;

import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.salondesk.Bounds;
import org.salondesk.TextLimit;
import org.salondesk.availability.SlotGrid;

/**
 * A salon branch (филиал, "company" in the booking functions): its masters, services and booking settings. In the desk,
 * only {@link BranchService} writes it, so that one Save of the settings is one transaction.
 */
@Entity
@Table(name = "branch")
public class Branch {

    public static final TextLimit NAME = new TextLimit("fieldName.named", 200);
    public static final TextLimit ADDRESS = new TextLimit("fieldName.address", 500);
    /** Candidate starts every 5 minutes to 12 hours, on the 5-minute marks bookings start on. */
    public static final Bounds SLOT_INTERVAL = Bounds.whole("fieldName.slotInterval", 5, 12 * 60)
            .inSteps(SlotGrid.BOOKING_STEP_MINUTES);
    /** Up to a week between booking and start. */
    public static final Bounds MIN_LEAD = Bounds.whole("fieldName.lead", 0, 7 * 24 * 60);
    public static final Bounds DAYS_AHEAD = Bounds.whole("fieldName.daysAhead", 1, 1000);

    public static final int DEFAULT_SLOT_INTERVAL_MINUTES = 30;
    public static final int DEFAULT_BOOKING_DAYS_AHEAD = 180;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String address;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "slot_interval_minutes", nullable = false)
    private int slotIntervalMinutes = DEFAULT_SLOT_INTERVAL_MINUTES;

    @Column(name = "min_lead_minutes", nullable = false)
    private int minLeadMinutes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "booking_days_ahead", nullable = false)
    private int bookingDaysAhead = DEFAULT_BOOKING_DAYS_AHEAD;

    @Column(name = "default_shift_start", nullable = false)
    private LocalTime defaultShiftStart = LocalTime.of(9, 0);

    @Column(name = "default_shift_end", nullable = false)
    private LocalTime defaultShiftEnd = LocalTime.of(21, 0);

    @Column(name = "task_on_no_show", nullable = false)
    private boolean taskOnNoShow = true;

    @Column(name = "task_confirm_day_before", nullable = false)
    private boolean taskConfirmDayBefore = true;

    @Column(name = "follow_up_after_days")
    private Integer followUpAfterDays = 60;

    @Column(name = "suggest_block_after_no_shows")
    private Integer suggestBlockAfterNoShows;

    protected Branch() {
    }

    public Branch(String name, String address, ZoneId timeZone) {
        this.name = name;
        this.address = address;
        this.timeZone = timeZone.getId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone.getId();
    }

    public int getSlotIntervalMinutes() {
        return slotIntervalMinutes;
    }

    public void setSlotIntervalMinutes(int slotIntervalMinutes) {
        this.slotIntervalMinutes = slotIntervalMinutes;
    }

    public int getMinLeadMinutes() {
        return minLeadMinutes;
    }

    public void setMinLeadMinutes(int minLeadMinutes) {
        this.minLeadMinutes = minLeadMinutes;
    }

    /** How many days ahead (today counting as the first) a booking may be made. */
    public int getBookingDaysAhead() {
        return bookingDaysAhead;
    }

    public void setBookingDaysAhead(int bookingDaysAhead) {
        this.bookingDaysAhead = bookingDaysAhead;
    }

    /** The hours a new master starts with. */
    public LocalTime getDefaultShiftStart() {
        return defaultShiftStart;
    }

    public LocalTime getDefaultShiftEnd() {
        return defaultShiftEnd;
    }

    public void setDefaultShift(LocalTime start, LocalTime end) {
        this.defaultShiftStart = start;
        this.defaultShiftEnd = end;
    }

    /** What the desk does by itself in this branch. */
    BranchPolicies getPolicies() {
        return new BranchPolicies(taskOnNoShow, taskConfirmDayBefore, followUpAfterDays, suggestBlockAfterNoShows);
    }

    void setPolicies(BranchPolicies policies) {
        this.taskOnNoShow = policies.callBackAfterNoShow();
        this.taskConfirmDayBefore = policies.confirmDayBefore();
        this.followUpAfterDays = policies.followUpAfterDays();
        this.suggestBlockAfterNoShows = policies.suggestBlockAfterNoShows();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
