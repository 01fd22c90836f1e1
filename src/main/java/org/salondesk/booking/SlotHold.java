package org.salondesk.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lease on a slot (удержание слота) while a booking is being made at the desk or online: until it expires
 * or is released, nobody else can take the time.
 */
@Entity
@Table(name = "slot_hold")
public class SlotHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "employee_id", nullable = false)
    private long masterId;

    @Column(name = "hold_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    // The processing window it was booked with, minutes after its start (0 and 0: none; decision 0033).
    @Column(name = "processing_from_minutes", nullable = false)
    private int processingFromMinutes;

    @Column(name = "processing_minutes", nullable = false)
    private int processingMinutes;

    // The services the hold was taken for, as "12,14"; the booking that consumes it must ask for the same ones.
    @Column(name = "service_ids", nullable = false, length = 500)
    private String serviceIds;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The API key's name a lease was taken through; null for the desk's own holds. */
    @Column(length = 100)
    private String channel;

    protected SlotHold() {
    }

    public SlotHold(long branchId, long masterId, LocalDate date, LocalTime startTime, int durationMinutes,
                    List<Long> serviceIds, Instant createdAt, Instant expiresAt) {
        this.branchId = branchId;
        this.masterId = masterId;
        this.date = date;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.serviceIds = serviceIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getMasterId() {
        return masterId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getProcessingFromMinutes() {
        return processingFromMinutes;
    }

    public int getProcessingMinutes() {
        return processingMinutes;
    }

    /** Keeps the processing window of its footprint: its master is free then. */
    public void setProcessing(int fromMinutes, int minutes) {
        this.processingFromMinutes = minutes == 0 ? 0 : fromMinutes;
        this.processingMinutes = minutes;
    }

    public List<Long> getServiceIds() {
        return Arrays.stream(serviceIds.split(",")).map(Long::valueOf).toList();
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getChannel() {
        return channel;
    }

    void takenThrough(String newChannel) {
        this.channel = newChannel;
    }

    public boolean isLiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
