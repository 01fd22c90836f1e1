package org.salondesk.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.salondesk.TextLimit;
import org.salondesk.access.StaffRole;

/** A person who works the desk (оператор, администратор); bookings and tasks record who did them. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    public static final TextLimit LOGIN = new TextLimit("fieldName.login", 100);
    public static final TextLimit DISPLAY_NAME = new TextLimit("fieldName.name", 200);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String login;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(name = "employee_id")
    private Long masterId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    /** The PIN for quick switching, as its Argon2id hash; used only while the salon allows PINs. */
    @Column(name = "pin_hash", length = 200)
    private String pinHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffUser() {
    }

    public StaffUser(String login, String displayName, StaffRole role, Long masterId, Instant createdAt) {
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.masterId = masterId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public Long getMasterId() {
        return masterId;
    }

    public void setMasterId(Long masterId) {
        this.masterId = masterId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPinHash() {
        return pinHash;
    }

    public void setPinHash(String pinHash) {
        this.pinHash = pinHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
