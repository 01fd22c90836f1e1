package org.salondesk.catalog;

import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A salon branch (филиал, "company" in the booking functions): its masters, services and booking settings. */
@Entity
@Table(name = "branch")
public class Branch {

    public static final int DEFAULT_SLOT_INTERVAL_MINUTES = 30;

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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
