package org.salondesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/** A salon nobody can sign in to gets its first admin once, and only while no admin has a password. */
class FirstAdminTest {

    private SalonDesk desk;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSalonWithoutAnAdminsPasswordGetsItsFirstAdminOnceAndSheSignsIn() {
        assertThat(desk.needsFirstAdmin()).isTrue();

        StaffRow admin = desk.makeFirstAdmin("elena", "Елена", "first-admin-pw".toCharArray());

        assertThat(admin.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(desk.currentStaff().id()).isEqualTo(admin.id());
        assertThat(desk.needsFirstAdmin()).isFalse();
        desk.signOut();
        assertThat(desk.signIn("elena", "first-admin-pw".toCharArray()).id()).isEqualTo(admin.id());

        desk.signOut();
        assertThatThrownBy(() -> desk.makeFirstAdmin("mallory", "Mallory", "another-pw-1".toCharArray()))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.ILLEGAL_STATE));
        assertThat(desk.staff().list(true)).extracting(StaffRow::login).containsExactly("elena");
        assertThat(desk.currentStaff().id()).isNull();
    }

    @Test
    void anAdminFromBeforeSignInGetsThePasswordAndAnotherRolesLoginIsNotTaken() {
        long old = desk.staff().create(new StaffForm("admin", "Старый админ", StaffRole.ADMIN, null));
        desk.staff().create(new StaffForm("natalia", "Наталья", StaffRole.RECEPTIONIST, null));
        assertThat(desk.needsFirstAdmin()).isTrue();

        assertThatThrownBy(() -> desk.makeFirstAdmin("natalia", "Наталья", "long-enough-1".toCharArray()))
                .isInstanceOfSatisfying(SalonDeskException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.DUPLICATE));
        assertThatThrownBy(() -> desk.makeFirstAdmin("admin", "Старый админ", "short".toCharArray()))
                .isInstanceOf(SalonDeskException.class);
        assertThat(desk.needsFirstAdmin()).isTrue();

        assertThat(desk.makeFirstAdmin("admin", "Старый админ", "long-enough-1".toCharArray()).id()).isEqualTo(old);
        assertThat(desk.staff().list(true)).hasSize(2);
    }
}
