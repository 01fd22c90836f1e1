package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * A PIN of 4–6 digits signs a staff user in only while the salon allows PINs; it is kept as an Argon2id string, its
 * failures count towards the same lock as the password's, and the password keeps working.
 */
class PinSignInTest {

    private static final String PASSWORD = "Olga-2027!";

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private long olga;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), clock, true);
        olga = desk.staff().create(new StaffForm("olga", "Ольга", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(olga, PASSWORD.toCharArray());
        desk.staff().setPin(olga, "4821".toCharArray());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ErrorCode refusal(String secret) {
        return catchThrowableOfType(SalonDeskException.class, () -> desk.signIn("olga", secret.toCharArray())).code();
    }

    @Test
    void aPinSignsInOnlyWhileTheSalonAllowsPins() {
        assertThat(refusal("4821")).isEqualTo(ErrorCode.SIGN_IN_FAILED);

        desk.deskRules().save(new DeskRulesForm(15, true));

        assertThat(desk.signIn("olga", "4821".toCharArray()).id()).isEqualTo(olga);
        desk.signOut();
        assertThat(desk.signIn("olga", PASSWORD.toCharArray()).id()).as("the password still works").isEqualTo(olga);
    }

    @Test
    void aPinIsFourToSixDigitsKeptAsAnArgon2idString() throws SQLException {
        for (String wrong : new String[] {"123", "1234567", "12a4", "", "4821 "}) {
            SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                    () -> desk.staff().setPin(olga, wrong.toCharArray()));
            assertThat(refused.code()).as(wrong).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
        char[] pin = "905517".toCharArray();

        desk.staff().setPin(olga, pin);

        assertThat(pin).as("the typed PIN is wiped").containsOnly('\0');
        try (Connection connection = DeskInternals.database(desk).dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select pin_hash from staff_user where id = ?")) {
            select.setLong(1, olga);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).startsWith("$argon2id$v=19$m=65536,t=2,p=1$").doesNotContain("905517");
            }
        }
    }

    @Test
    void wrongPinsCountTowardsTheLock() {
        desk.deskRules().save(new DeskRulesForm(15, true));
        for (int i = 0; i < SignIns.FAILURES_TO_LOCK - 1; i++) {
            assertThat(refusal("0000")).isEqualTo(ErrorCode.SIGN_IN_FAILED);
        }

        assertThat(refusal("0000")).isEqualTo(ErrorCode.LOCKED_OUT);
        assertThat(refusal("4821")).as("locked for the right PIN too").isEqualTo(ErrorCode.LOCKED_OUT);
    }
}
