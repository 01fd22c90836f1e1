package org.salondesk.booking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a booking's history: what changed, from what to what, when, and which staff user did it. */
@Entity
@Table(name = "booking_event")
public class BookingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingChange kind;

    @Column(name = "old_value", length = 1000)
    private String oldValue;

    @Column(name = "new_value", length = 1000)
    private String newValue;

    protected BookingEvent() {
    }

    public BookingEvent(long bookingId, Instant occurredAt, Long staffUserId, BookingChange kind, String oldValue,
                        String newValue) {
        this.bookingId = bookingId;
        this.occurredAt = occurredAt;
        this.staffUserId = staffUserId;
        this.kind = kind;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public long getBookingId() {
        return bookingId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public BookingChange getKind() {
        return kind;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
