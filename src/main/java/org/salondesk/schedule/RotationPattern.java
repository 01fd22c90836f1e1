package org.salondesk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rotating pattern: {@code daysOn} working days, then {@code daysOff} free, counted from the anchor date. */
@Entity
@Table(name = "rotation_pattern")
public class RotationPattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_id", nullable = false)
    private long masterId;

    @Column(name = "anchor_date", nullable = false)
    private LocalDate anchorDate;

    @Column(name = "days_on", nullable = false)
    private int daysOn;

    @Column(name = "days_off", nullable = false)
    private int daysOff;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected RotationPattern() {
    }

    public RotationPattern(long masterId, LocalDate anchorDate, int daysOn, int daysOff, LocalTime startTime,
                           LocalTime endTime, LocalDate validTo) {
        this.masterId = masterId;
        this.anchorDate = anchorDate;
        this.daysOn = daysOn;
        this.daysOff = daysOff;
        this.startTime = startTime;
        this.endTime = endTime;
        this.validTo = validTo;
    }

    public Long getId() {
        return id;
    }

    public long getMasterId() {
        return masterId;
    }

    public LocalDate getAnchorDate() {
        return anchorDate;
    }

    public int getDaysOn() {
        return daysOn;
    }

    public int getDaysOff() {
        return daysOff;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
