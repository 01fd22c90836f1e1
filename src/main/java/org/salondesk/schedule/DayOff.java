package org.salondesk.schedule;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.salondesk.TextLimit;

/** A date on which a master does not work, whatever her shifts say (выходной, vacation, sick leave). */
@Entity
@Table(name = "day_off")
public class DayOff {

    public static final TextLimit REASON = new TextLimit("fieldName.dayOffReason", 200);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_id", nullable = false)
    private long masterId;

    @Column(name = "off_date", nullable = false)
    private LocalDate date;

    @Column(length = 200)
    private String reason;

    protected DayOff() {
    }

    public DayOff(long masterId, LocalDate date, String reason) {
        this.masterId = masterId;
        this.date = date;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getMasterId() {
        return masterId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }
}
