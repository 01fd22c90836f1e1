package org.salondesk.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The failed sign-ins in a row of one login, and until when it is locked; shared by every desk on the database. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @Column(length = 100)
    private String login;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInAttempt() {
    }

    SignInAttempt(String login) {
        this.login = login;
    }

    int failures() {
        return failures;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** One more failure; the {@code limit}-th in a row locks the login until {@code until} and starts counting anew. */
    void failed(int limit, Instant until) {
        failures++;
        if (failures >= limit) {
            failures = 0;
            lockedUntil = until;
        }
    }
}
