package org.salondesk.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.salondesk.Bounds;
import org.salondesk.TextLimit;
import org.salondesk.catalog.BranchPolicies;

/** A client of the salon. The phone is stored in E.164 (+79161234567) and is unique. */
@Entity
@Table(name = "client")
public class Client {

    public static final TextLimit NAME = new TextLimit("fieldName.name", 100);
    public static final TextLimit SURNAME = new TextLimit("fieldName.surname", 100);
    public static final TextLimit EMAIL = new TextLimit("fieldName.email", 200);
    public static final TextLimit NOTE = new TextLimit("fieldName.note", 2000);
    public static final TextLimit TAGS = new TextLimit("fieldName.tags", 500);
    public static final TextLimit BLOCKED_REASON = new TextLimit("fieldName.blockReason", 500);
    /** The branch may suggest blocking a client after 1 to 20 no-shows (the setting lives on the branch). */
    public static final Bounds SUGGEST_BLOCK_AFTER = BranchPolicies.SUGGEST_BLOCK_AFTER;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 100)
    private String surname;

    @Column(length = 20)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 2000)
    private String note;

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "blocked_reason", length = 500)
    private String blockedReason;

    @Column(nullable = false)
    private boolean unsubscribed;

    @Column(name = "responsible_staff_id")
    private Long responsibleStaffId;

    @Column(length = 500)
    private String tags;

    @Column(name = "linked_to_id")
    private Long linkedToId;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Client() {
    }

    public Client(String name, String surname, String phone, Instant createdAt) {
        this.name = name;
        this.surname = surname;
        this.phone = phone;
        this.createdAt = createdAt;
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

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    /** Name and surname as people say them. */
    public String getFullName() {
        return surname == null || surname.isBlank() ? name : name + " " + surname;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public void block(String reason) {
        this.blocked = true;
        this.blockedReason = reason;
    }

    public void unblock() {
        this.blocked = false;
        this.blockedReason = null;
    }

    public boolean isUnsubscribed() {
        return unsubscribed;
    }

    public void setUnsubscribed(boolean unsubscribed) {
        this.unsubscribed = unsubscribed;
    }

    public Long getResponsibleStaffId() {
        return responsibleStaffId;
    }

    public void setResponsibleStaffId(Long responsibleStaffId) {
        this.responsibleStaffId = responsibleStaffId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    /** The client this one is linked to (a child's parent, whose phone she is booked under), or null. */
    public Long getLinkedToId() {
        return linkedToId;
    }

    public void setLinkedToId(Long linkedToId) {
        this.linkedToId = linkedToId;
    }

    /** Set when this record was merged into another: it keeps its history pointer and gives up its phone. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public void mergeInto(long keptId) {
        this.mergedIntoId = keptId;
        this.phone = null;
        this.responsibleStaffId = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
