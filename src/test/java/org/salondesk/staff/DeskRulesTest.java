package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The salon's idle minutes: 15 until the admin sets them, within 0–480, and only the admin may. */
class DeskRulesTest {

    private SalonDesk desk;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), TestToday.at(9, 0), true);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void fifteenMinutesUntilTheAdminSetsOthers() {
        assertThat(desk.deskRules().idleLockMinutes()).isEqualTo(DeskRules.DEFAULT_IDLE_LOCK_MINUTES).isEqualTo(15);

        desk.deskRules().setIdleLockMinutes(0);

        assertThat(desk.deskRules().idleLockMinutes()).isZero();
    }

    @Test
    void minutesBeyondTheBoundsAreRefusedAndNothingChanges() {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.deskRules().setIdleLockMinutes(481));

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.getMessage()).contains("480");
        assertThat(desk.deskRules().idleLockMinutes()).isEqualTo(15);
    }

    @Test
    void aReceptionistMayNotSetThem() {
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, "a-long-password".toCharArray());
        desk.signIn("rita", "a-long-password".toCharArray());

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.deskRules().setIdleLockMinutes(5));

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(desk.deskRules().idleLockMinutes()).isEqualTo(15);
    }
}
