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

/** The rules of the desks: 15 idle minutes and no PINs until the admin says otherwise, within bounds, only she. */
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
    void fifteenMinutesAndNoPinsUntilTheAdminSetsOthers() {
        assertThat(desk.deskRules().read()).isEqualTo(new DeskRulesForm(DeskRules.DEFAULT_IDLE_LOCK_MINUTES, false));
        assertThat(DeskRules.DEFAULT_IDLE_LOCK_MINUTES).isEqualTo(15);

        desk.deskRules().save(new DeskRulesForm(0, true));

        assertThat(desk.deskRules().read()).isEqualTo(new DeskRulesForm(0, true));
    }

    @Test
    void minutesBeyondTheBoundsAreRefusedAndNothingChanges() {
        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.deskRules().save(new DeskRulesForm(481, true)));

        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refused.getMessage()).contains("480");
        assertThat(desk.deskRules().read()).isEqualTo(new DeskRulesForm(15, false));
    }

    @Test
    void aReceptionistMayNotSetThem() {
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, "a-long-password".toCharArray());
        desk.signIn("rita", "a-long-password".toCharArray());

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.deskRules().save(new DeskRulesForm(5, false)));

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(desk.deskRules().read().idleLockMinutes()).isEqualTo(15);
    }
}
