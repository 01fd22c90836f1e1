package org.salondesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salondesk.access.StaffRole;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ViewPreferences;
import org.salondesk.ui.shell.DeskLock;

/** Signing in opens the lock; Switch user closes it and the next user's role reaches the screens. */
class DeskSessionTest {

    private static final StaffRow ADMIN = new StaffRow(1, "admin", "Елена", StaffRole.ADMIN, null, null, true, null);
    private static final StaffRow MASTER = new StaffRow(5, "olga", "Ольга", StaffRole.MASTER, 3L, "Ольга", true,
            null);

    @Test
    void switchUserLocksForgetsThePasswordAndTheNextUserReachesTheScreens() {
        SignInViewModel form = new SignInViewModel((login, password) -> login.equals("olga") ? MASTER : ADMIN,
                BackgroundExecutor.sameThread(), ViewPreferences.inMemory());
        DeskSession session = new DeskSession(new DeskLock(TestToday.at(9, 0), Duration.ofMinutes(15)), form);
        List<StaffRow> changes = new ArrayList<>();
        session.setOnUserChanged(changes::add);
        assertThat(session.lock().lockedProperty().get()).isTrue();

        session.signedIn(ADMIN);
        assertThat(session.lock().lockedProperty().get()).isFalse();

        form.passwordProperty().set("typed but not sent");
        session.switchUser();
        assertThat(session.lock().lockedProperty().get()).isTrue();
        assertThat(form.passwordProperty().get()).isEmpty();

        form.loginProperty().set("olga");
        form.passwordProperty().set("olga-password");
        form.signIn();
        assertThat(session.lock().lockedProperty().get()).isFalse();
        assertThat(session.userProperty().get()).isEqualTo(MASTER);

        session.switchUser();
        form.loginProperty().set("olga");
        form.passwordProperty().set("olga-password");
        form.signIn();
        assertThat(changes).as("the same user again changes nothing on the screens").containsExactly(ADMIN, MASTER);
    }
}
