package org.salondesk.apikey;

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
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The booking server's settings: off, port 8080, 10-minute leases until the admin says otherwise, within bounds. */
class OnlineBookingSettingsTest {

    private String url;
    private SalonDesk desk;

    @BeforeEach
    void open() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), TestToday.at(9, 0), true);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void offOnPort8080WithTenMinuteLeasesUntilSaved() {
        assertThat(desk.onlineBooking().read()).isEqualTo(new OnlineBookingForm(false, 8080, 10));

        desk.onlineBooking().save(new OnlineBookingForm(true, 9090, 30));

        try (SalonDesk server = SalonDesk.open(url, TestToday.at(9, 0))) {
            assertThat(server.onlineBooking().read()).isEqualTo(new OnlineBookingForm(true, 9090, 30));
        }
    }

    @Test
    void portsAndLeasesBeyondTheBoundsAreRefusedAndNothingChanges() {
        for (OnlineBookingForm wrong : new OnlineBookingForm[]{new OnlineBookingForm(true, 80, 10),
                new OnlineBookingForm(true, 65536, 10), new OnlineBookingForm(true, 8080, 0),
                new OnlineBookingForm(true, 8080, 31)}) {
            SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                    () -> desk.onlineBooking().save(wrong));
            assertThat(refused.code()).as(wrong.toString()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
        assertThat(desk.onlineBooking().read()).isEqualTo(OnlineBookingSettings.DEFAULTS);
    }

    @Test
    void aReceptionistMayNotSetThem() {
        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, "a-long-password".toCharArray());
        desk.signIn("rita", "a-long-password".toCharArray());

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> desk.onlineBooking().save(new OnlineBookingForm(true, 8080, 10)));

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(desk.onlineBooking().read().enabled()).isFalse();
    }
}
