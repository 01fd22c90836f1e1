package org.salondesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.access.StaffRole;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.BackgroundExecutor;

/** The first admin's form: two different passwords are said and sent nowhere; the same ones make her. */
class FirstAdminViewModelTest {

    @Test
    void differentPasswordsAreSaidAndTheSameOnesMakeTheAdmin() {
        List<String> made = new ArrayList<>();
        List<char[]> given = new ArrayList<>();
        FirstAdminViewModel form = new FirstAdminViewModel((login, name, password) -> {
            given.add(password);
            made.add(login + "/" + name + "/" + new String(password));
            return new StaffRow(1, login, name, StaffRole.ADMIN, null, null, true, null);
        }, BackgroundExecutor.sameThread());
        List<StaffRow> signedIn = new ArrayList<>();
        form.setOnMade(signedIn::add);
        form.nameProperty().set("Елена");
        form.passwordProperty().set("first-admin-pw");
        form.repeatProperty().set("first-admin-pq");

        form.make();

        assertThat(made).isEmpty();
        assertThat(form.errorProperty().get()).isNotBlank();
        assertThat(form.passwordProperty().get()).isEmpty();
        assertThat(form.repeatProperty().get()).isEmpty();

        form.passwordProperty().set("first-admin-pw");
        form.repeatProperty().set("first-admin-pw");
        form.make();

        assertThat(made).containsExactly("admin/Елена/first-admin-pw");
        assertThat(given.get(0)).containsOnly('\0');
        assertThat(signedIn).extracting(StaffRow::login).containsExactly("admin");
        assertThat(form.errorProperty().get()).isEmpty();
    }
}
