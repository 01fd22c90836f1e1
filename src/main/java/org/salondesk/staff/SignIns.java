package org.salondesk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.LockModeType;
import org.hibernate.exception.ConstraintViolationException;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.persistence.Database;

/**
 * Checks a login and password: one answer for a wrong login, a wrong password, an inactive user and a user without a
 * password, so that the answer says nothing about who exists. Five failures in a row lock the login for a minute by
 * the desk's clock; the count is kept in the database, so every desk on it counts the same failures.
 */
final class SignIns {

    static final int FAILURES_TO_LOCK = 5;
    static final Duration LOCK = Duration.ofSeconds(60);

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;

    SignIns(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * The staff user whose login and password these are. The password is checked outside any transaction (it takes a
     * fifth of a second by design), so no row stays locked meanwhile.
     */
    long check(String typedLogin, char[] password) {
        String typed = typedLogin == null ? "" : typedLogin.strip().toLowerCase(Locale.ROOT);
        // No login is longer than its column; the failures of a longer one are counted under its first part.
        String login = typed.substring(0, Math.min(typed.length(), StaffUser.LOGIN.maxLength()));
        record Found(StaffUser user, boolean pinsAllowed) {
        }
        Found found = database.fromTransaction(session -> {
            SignInAttempt attempt = session.find(SignInAttempt.class, login);
            refusedWhileLocked(login, attempt);
            List<StaffUser> users = session.createQuery("from StaffUser u where u.login = :login", StaffUser.class)
                    .setParameter("login", typed).getResultList();
            return new Found(users.isEmpty() ? null : users.get(0),
                    Database.withConnection(session, DeskRules::pinsAllowed));
        });
        StaffUser user = found.user();
        // 4–6 digits can only be a PIN (a password is longer): checked against her PIN while PINs are allowed.
        boolean pin = found.pinsAllowed() && Passwords.isPin(password);
        String hash = user == null ? null : pin ? user.getPinHash() : user.getPasswordHash();
        boolean matches = Passwords.matches(password, hash);
        if (!matches || !user.isActive()) {
            failed(login);
        }
        // A hash made with weaker parameters than today's is made again while the password is at hand.
        String stronger = !pin && Passwords.weakerThanToday(hash) ? Passwords.hash(password) : null;
        database.inTransaction(session -> {
            SignInAttempt attempt = session.find(SignInAttempt.class, login, LockModeType.PESSIMISTIC_WRITE);
            // Another desk may have locked the login while this password was being checked.
            refuseWhileLocked(login, attempt);
            if (attempt != null) {
                session.remove(attempt);
            }
            if (stronger != null) {
                session.find(StaffUser.class, user.getId()).setPasswordHash(stronger);
            }
            audit.recordAs(session, user.getId(), new AuditNote(AuditKind.SIGN_IN, AuditAction.SIGNED_IN,
                    "staff_user", user.getId(), "login: " + user.getLogin()));
        });
        return user.getId();
    }

    private void failed(String login) {
        Instant until;
        try {
            until = countFailure(login);
        } catch (ConstraintViolationException e) {
            // Another desk counted this login's first failure at the same moment: its row is there now; count on it.
            until = countFailure(login);
        }
        if (until != null) {
            throw lockedOut(login, until);
        }
        throw new SalonDeskException(ErrorCode.SIGN_IN_FAILED, "error.signInFailed");
    }

    /** Counts one failure; answers until when the login is locked when this one locked it, else null. */
    private Instant countFailure(String login) {
        return database.fromTransaction(session -> {
            SignInAttempt attempt = session.find(SignInAttempt.class, login, LockModeType.PESSIMISTIC_WRITE);
            if (attempt == null) {
                attempt = new SignInAttempt(login);
                session.persist(attempt);
            }
            refuseWhileLocked(login, attempt);
            attempt.failed(FAILURES_TO_LOCK, clock.instant().plus(LOCK));
            // Only the login as typed: whether a staff user has it is not the trail's to say.
            audit.recordAs(session, null, new AuditNote(AuditKind.SIGN_IN_FAILED, AuditAction.REFUSED, null, null,
                    "login: " + login));
            return attempt.failures() == 0 ? attempt.lockedUntil() : null;
        });
    }

    /** As {@link #refuseWhileLocked}, for a new try: the try is a failure the audit trail keeps too. */
    private void refusedWhileLocked(String login, SignInAttempt attempt) {
        try {
            refuseWhileLocked(login, attempt);
        } catch (SalonDeskException locked) {
            database.inTransaction(session -> audit.recordAs(session, null, new AuditNote(AuditKind.SIGN_IN_FAILED,
                    AuditAction.REFUSED, null, null, "login: " + login + " (locked out)")));
            throw locked;
        }
    }

    private void refuseWhileLocked(String login, SignInAttempt attempt) {
        if (attempt != null && attempt.lockedUntil() != null && clock.instant().isBefore(attempt.lockedUntil())) {
            throw lockedOut(login, attempt.lockedUntil());
        }
    }

    private SalonDeskException lockedOut(String login, Instant until) {
        // Rounded up to the second: the message may say a moment late, never too early.
        LocalTime time = LocalTime.ofInstant(until.plusNanos(999_999_999).truncatedTo(ChronoUnit.SECONDS),
                clock.getZone());
        return new SalonDeskException(ErrorCode.LOCKED_OUT, "error.lockedOut", login, new ClockTime(time));
    }

    /** A time with its seconds, as people of the message's locale write it. */
    record ClockTime(LocalTime time) {
        @Override
        public String toString() {
            return DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(time);
        }
    }
}
