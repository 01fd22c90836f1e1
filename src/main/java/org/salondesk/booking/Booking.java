package org.salondesk.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.salondesk.availability.BookingStatus;

/**
 * A booking (запись, заявка): one client with one master for one or more services done one after another,
 * from {@code startTime} for {@code durationMinutes}. Cancelled bookings stay, with status CANCELLED.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_number", nullable = false)
    private long number;

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "employee_id", nullable = false)
    private long masterId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "booking_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Embedded
    private BookingPlan plan = BookingPlan.NONE;

    @Column(name = "total_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingSource source;

    @Column(length = 2000)
    private String note;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "prepaid_amount", precision = 12, scale = 2)
    private BigDecimal prepaidAmount;

    @Column(nullable = false)
    private boolean paid;

    @Column(name = "outside_working_time", nullable = false)
    private boolean outsideWorkingTime;

    /**
     * Overlapped an earlier booking of its master when the database began to refuse overlaps (decision 0011): kept
     * as it was, outside the database's guard, until the desk gives it a time again.
     */
    @Column(name = "overlap_kept", nullable = false)
    private boolean overlapKept;

    /** The client's and master's names as the request list sorts them, kept by the database (migration V14). */
    @Column(name = "client_key", insertable = false, updatable = false)
    private String clientKey;

    @Column(name = "master_key", insertable = false, updatable = false)
    private String masterKey;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    /** The API key's name an online booking came through; null for the desk's own (decision 0027). */
    @Column(length = 100)
    private String channel;

    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    @Column(name = "prepaid_currency", length = 3)
    private String prepaidCurrency;

    @Column(name = "prepaid_method", length = 40)
    private String prepaidMethod;

    @Column(name = "prepaid_reference", length = 200)
    private String prepaidReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    // Inserted with its booking, never re-pointed: without updatable = false Hibernate updates each line's FK again.
    @JoinColumn(name = "booking_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<BookedService> services = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "booking_custom_field", joinColumns = @JoinColumn(name = "booking_id"))
    @MapKeyColumn(name = "field_key", length = 100)
    @Column(name = "field_value", length = 1000)
    private Map<String, String> customFields = new LinkedHashMap<>();

    protected Booking() {
    }

    public Booking(long number, long branchId, long masterId, long clientId, LocalDate date, LocalTime startTime,
                   List<BookedService> services, BookingStatus status, BookingSource source, Instant createdAt,
                   Long createdBy) {
        this.number = number;
        this.branchId = branchId;
        this.masterId = masterId;
        this.clientId = clientId;
        this.date = date;
        this.startTime = startTime;
        this.services.addAll(services);
        this.durationMinutes = services.stream().mapToInt(BookedService::getDurationMinutes).sum();
        this.totalCost = services.stream().map(BookedService::getPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.status = status;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getMasterId() {
        return masterId;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    /** Where the last service ends. */
    public LocalTime getEndTime() {
        return startTime.plusMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** Its processing window and the visit and series it belongs to. */
    public BookingPlan plan() {
        return plan == null ? BookingPlan.NONE : plan;
    }

    /** Links it to a visit and/or a series (null: none). */
    public void link(Long visit, Long series) {
        this.plan = plan().linked(visit, series);
    }

    /** Keeps the processing window of its footprint: its master is free then. */
    public void setProcessing(int fromMinutes, int minutes) {
        this.plan = plan().processing(fromMinutes, minutes);
    }

    public BigDecimal getTotalCost() {
        return totalCost;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public BookingSource getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public BigDecimal getPrepaidAmount() {
        return prepaidAmount;
    }

    public void setPrepaidAmount(BigDecimal prepaidAmount) {
        this.prepaidAmount = prepaidAmount;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public boolean isOutsideWorkingTime() {
        return outsideWorkingTime;
    }

    public void setOutsideWorkingTime(boolean outsideWorkingTime) {
        this.outsideWorkingTime = outsideWorkingTime;
    }

    public boolean isOverlapKept() {
        return overlapKept;
    }

    public void setOverlapKept(boolean overlapKept) {
        this.overlapKept = overlapKept;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getChannel() {
        return channel;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public Prepayment getPrepayment() {
        return prepaidAmount == null ? null
                : new Prepayment(prepaidAmount, prepaidCurrency, prepaidMethod, prepaidReference);
    }

    /** Records where an online booking came from: its channel, request fingerprint and prepayment. */
    public void setOrigin(OnlineOrigin origin) {
        this.channel = origin.channel();
        this.requestFingerprint = origin.fingerprint();
        Prepayment prepayment = origin.prepayment();
        if (prepayment != null) {
            this.prepaidAmount = prepayment.amount();
            this.prepaidCurrency = prepayment.currency();
            this.prepaidMethod = prepayment.method();
            this.prepaidReference = prepayment.reference();
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }

    public List<BookedService> getServices() {
        return Collections.unmodifiableList(services);
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }

    /** Moves the booking in time (and, for a re-assignment, to another master); services stay as booked. */
    public void reschedule(long masterId, LocalDate date, LocalTime startTime, Instant at, Long by) {
        this.masterId = masterId;
        this.date = date;
        this.startTime = startTime;
        // Its new time was checked free: from now on the database guards it like any other booking.
        this.overlapKept = false;
        touch(at, by);
    }

    /** Changes the status; the caller has checked that the pipeline allows it. */
    public void changeStatus(BookingStatus status, String cancelReason, Instant at, Long by) {
        this.status = status;
        if (status == BookingStatus.CANCELLED) {
            this.cancelReason = cancelReason;
        }
        touch(at, by);
    }

    /** Takes back a cancellation (the desk's undo): the booking returns to {@code status}. */
    public void reinstate(BookingStatus status, Instant at, Long by) {
        if (this.status == BookingStatus.CANCELLED || this.status == BookingStatus.NO_SHOW) {
            // Its time was given up: taken back, it holds that time under the database's guard like any other.
            this.overlapKept = false;
        }
        this.status = status;
        this.cancelReason = null;
        touch(at, by);
    }

    public void touch(Instant at, Long by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
