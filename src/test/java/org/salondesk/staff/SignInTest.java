package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** Signing in and out through the application API, the lock after five failures, on the desk's injected clock. */
class SignInTest {

    private static final String PASSWORD = "Olga-2027!";

    private final MutableClock clock = TestToday.at(9, 0);
    private String url;
    private SalonDesk desk;
    private SmallSalon salon;
    private long olga;

    @BeforeEach
    void open() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(desk);
        olga = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        desk.staff().setPassword(olga, PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void signingInMakesTheDeskActAsHerAndSigningOutEndsIt() {
        char[] typed = PASSWORD.toCharArray();

        StaffRow row = desk.signIn(" Olga ", typed);

        assertThat(row.id()).isEqualTo(olga);
        assertThat(row.role()).isEqualTo(StaffRole.MASTER);
        assertThat(row.masterId()).isEqualTo(salon.olga);
        assertThat(desk.currentStaff().id()).isEqualTo(olga);
        assertThat(desk.currentStaff().role()).contains(StaffRole.MASTER);
        assertThat(typed).as("the typed password is wiped").containsOnly('\0');

        desk.signOut();
        assertThat(desk.currentStaff().id()).isNull();
        assertThat(desk.currentStaff().role()).isEmpty();
    }

    @Test
    void thePasswordIsKeptOnlyAsAnArgon2idString() throws SQLException {
        char[] password = "another secret".toCharArray();
        desk.staff().setPassword(olga, password);

        assertThat(password).as("wiped after use").containsOnly('\0');
        assertThat(storedHash()).startsWith("$argon2id$v=19$m=65536,t=2,p=1$").doesNotContain("another secret");
        assertThat(desk.signIn("olga", "another secret".toCharArray()).id()).isEqualTo(olga);
    }

    /** A hash of weaker parameters (an older desk's) still signs in, and is made again with today's. */
    @Test
    void aWeakerHashIsMadeAgainAtSignIn() throws SQLException {
        String weak = Passwords.hash(PASSWORD.toCharArray(), new byte[16], 1024, 1, 1);
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update staff_user set password_hash = ? where id = ?")) {
            statement.setString(1, weak);
            statement.setLong(2, olga);
            statement.executeUpdate();
        }

        assertThat(desk.signIn("olga", PASSWORD.toCharArray()).id()).isEqualTo(olga);

        assertThat(storedHash()).startsWith("$argon2id$v=19$m=65536,t=2,p=1$");
        assertThat(Passwords.matches(PASSWORD.toCharArray(), storedHash())).isTrue();
    }

    @Test
    void aShortPasswordIsRefusedAndTheOldOneStays() throws SQLException {
        String before = storedHash();
        char[] tooShort = "1234567".toCharArray();

        SalonDeskException refused = refusal(() -> desk.staff().setPassword(olga, tooShort));

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.message(Locale.ENGLISH)).isEqualTo("A password needs at least 8 characters.");
        assertThat(tooShort).as("wiped even when refused").containsOnly('\0');
        assertThat(storedHash()).isEqualTo(before);
    }

    /** Wrong password, unknown login, an inactive user, a user with no password: one answer, saying nothing more. */
    @Test
    void everyFailureGivesTheSameAnswer() {
        long anna = desk.staff().create(new StaffForm("anna", "Анна", StaffRole.RECEPTIONIST, null));
        long boris = desk.staff().create(new StaffForm("boris", "Борис", StaffRole.ADMIN, null));
        desk.staff().setPassword(boris, "borisboris".toCharArray());
        desk.staff().setActive(boris, false);

        for (Runnable failure : new Runnable[]{
                () -> desk.signIn("olga", "Olga-2027?".toCharArray()),
                () -> desk.signIn("nobody", PASSWORD.toCharArray()),
                () -> desk.signIn("anna", "".toCharArray()),
                () -> desk.signIn("anna", "whatever123".toCharArray()),
                () -> desk.signIn("boris", "borisboris".toCharArray()),
                () -> desk.signIn("olga" + "x".repeat(200), PASSWORD.toCharArray()),
                () -> desk.signIn(null, null)}) {
            SalonDeskException refused = refusal(failure);
            assertThat(refused.code()).isEqualTo(ErrorCode.SIGN_IN_FAILED);
            assertThat(refused.message(Locale.ENGLISH)).isEqualTo("Wrong login or password.");
            assertThat(refused.message(Locale.forLanguageTag("ru"))).isEqualTo("Неверный логин или пароль.");
            assertThat(refused.toString() + refused.getMessage()).doesNotContain("Olga-2027", "borisboris");
        }
        assertThat(desk.currentStaff().id()).as("nobody signed in").isNull();
        assertThat(anna).isPositive();
    }

    @Test
    void fiveFailuresInARowLockTheLoginForAMinuteEvenForTheRightPassword() {
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(() -> desk.signIn("olga", "wrong password".toCharArray())).code())
                    .isEqualTo(ErrorCode.SIGN_IN_FAILED);
        }
        SalonDeskException fifth = refusal(() -> desk.signIn("olga", "wrong password".toCharArray()));
        assertThat(fifth.code()).isEqualTo(ErrorCode.LOCKED_OUT);
        assertThat(fifth.message(Locale.ENGLISH)).isEqualTo(
                "Too many wrong passwords in a row: the login olga is locked until 9:01:00 AM. Try again then.");
        assertThat(fifth.message(Locale.forLanguageTag("ru"))).contains("olga", "до 9:01:00");

        clock.advance(Duration.ofSeconds(59));
        assertThat(refusal(() -> desk.signIn("olga", PASSWORD.toCharArray())).code()).isEqualTo(ErrorCode.LOCKED_OUT);

        clock.advance(Duration.ofSeconds(1));
        assertThat(desk.signIn("olga", PASSWORD.toCharArray()).id()).isEqualTo(olga);
    }

    @Test
    void aSuccessStartsTheCountAnew() {
        for (int i = 1; i <= 4; i++) {
            refusal(() -> desk.signIn("olga", "wrong password".toCharArray()));
        }
        desk.signIn("olga", PASSWORD.toCharArray());
        desk.signOut();
        for (int i = 1; i <= 4; i++) {
            assertThat(refusal(() -> desk.signIn("olga", "wrong password".toCharArray())).code())
                    .isEqualTo(ErrorCode.SIGN_IN_FAILED);
        }
        assertThat(desk.signIn("olga", PASSWORD.toCharArray()).id()).isEqualTo(olga);
    }

    /** The count lives in the database: failures on two desks add up, and the lock holds on both. */
    @Test
    void twoDesksShareTheCount() {
        try (SalonDesk second = SalonDesk.open(url, clock)) {
            for (int i = 1; i <= 4; i++) {
                SalonDesk either = i % 2 == 0 ? desk : second;
                refusal(() -> either.signIn("olga", "wrong password".toCharArray()));
            }
            assertThat(refusal(() -> second.signIn("olga", "wrong password".toCharArray())).code())
                    .isEqualTo(ErrorCode.LOCKED_OUT);
            assertThat(refusal(() -> desk.signIn("olga", PASSWORD.toCharArray())).code())
                    .isEqualTo(ErrorCode.LOCKED_OUT);
        }
    }

    /**
     * Two desks failing a login for the first time at the same moment both insert its count: one insert loses, and
     * that desk still answers SIGN_IN_FAILED, with both failures counted.
     */
    @Test
    void twoDesksFailingAtOnceAreBothCounted() throws Exception {
        try (SalonDesk second = SalonDesk.open(url, clock)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 4; round++) {
                    String login = "nobody" + round;
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<ErrorCode>> answers = new ArrayList<>();
                    for (SalonDesk each : List.of(desk, second)) {
                        answers.add(pool.submit(() -> {
                            together.await();
                            return refusal(() -> each.signIn(login, "wrong password".toCharArray())).code();
                        }));
                    }
                    for (Future<ErrorCode> answer : answers) {
                        assertThat(answer.get()).isEqualTo(ErrorCode.SIGN_IN_FAILED);
                    }
                    assertThat(failures(login)).as(login).isEqualTo(2);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private int failures(String login) throws SQLException {
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select failures from sign_in_attempt where login = ?")) {
            statement.setString(1, login);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }

    private static SalonDeskException refusal(Runnable call) {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private String storedHash() throws SQLException {
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select password_hash from staff_user where id = ?")) {
            statement.setLong(1, olga);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
