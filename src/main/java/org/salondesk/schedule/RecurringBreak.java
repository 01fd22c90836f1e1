package org.salondesk.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.salondesk.availability.RecurringBreakDays;

/** A break that comes back on the master's working days (on some weekdays only, if so set), from a date on. */
@Entity
@Table(name = "recurring_break")
public class RecurringBreak {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_id", nullable = false)
    private long masterId;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    // Bit 0 is Monday, bit 6 Sunday.
    @Column(name = "weekday_mask", nullable = false)
    private int weekdayMask;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected RecurringBreak() {
    }

    public RecurringBreak(long masterId, LocalTime startTime, LocalTime endTime, Set<DayOfWeek> weekdays,
                          LocalDate validFrom, LocalDate validTo) {
        this.masterId = masterId;
        this.startTime = startTime;
        this.endTime = endTime;
        this.weekdayMask = RecurringBreakDays.mask(weekdays);
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long getId() {
        return id;
    }

    public long getMasterId() {
        return masterId;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Set<DayOfWeek> getWeekdays() {
        return RecurringBreakDays.of(weekdayMask);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
