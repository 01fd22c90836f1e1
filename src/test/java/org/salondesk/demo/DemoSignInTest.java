package org.salondesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.access.StaffRole;
import org.salondesk.staff.Passwords;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** The demo salon's users sign in with the demo password; its window starts signed in as the demo admin. */
class DemoSignInTest {

    @Test
    void theStoredDemoHashIsTheDemoPasswordAndEveryDemoUserSignsInWithIt() {
        assertThat(Passwords.matches(DemoSalon.PASSWORD.toCharArray(), DemoSalon.PASSWORD_HASH)).isTrue();
        try (SalonDesk desk = TestDatabases.freshDesk(TestToday.at(9, 0))) {
            desk.seedDemoIfEmpty();
            List<StaffRow> users = desk.staff().list(false);
            assertThat(users).extracting(StaffRow::role).contains(StaffRole.ADMIN, StaffRole.RECEPTIONIST,
                    StaffRole.MASTER);
            for (StaffRow user : users) {
                assertThat(desk.signIn(user.login(), DemoSalon.PASSWORD.toCharArray()).id()).isEqualTo(user.id());
            }
        }
    }

    @Test
    void onlyTheDemoSalonWhoseAdminKeepsTheDemoPasswordStartsSignedIn() {
        try (SalonDesk desk = TestDatabases.freshDesk(TestToday.at(9, 0))) {
            desk.seedDemoIfEmpty();
            StaffRow admin = desk.signInAsDemoAdmin().orElseThrow();
            assertThat(admin.login()).isEqualTo(DemoSalon.ADMIN_LOGIN);
            assertThat(desk.currentStaff().id()).isEqualTo(admin.id());

            desk.staff().setPassword(admin.id(), "a real salon's own".toCharArray());
            desk.signOut();
            assertThat(desk.signInAsDemoAdmin()).isEmpty();
            assertThat(desk.currentStaff().id()).isNull();
        }
        try (SalonDesk desk = TestDatabases.freshDesk(TestToday.at(9, 0))) {
            new SmallSalon(desk);
            assertThat(desk.signInAsDemoAdmin()).isEmpty();
        }
    }
}
