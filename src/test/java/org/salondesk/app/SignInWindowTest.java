package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.demo.DemoSalon;
import org.salondesk.staff.StaffRow;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window asks who signs in (the demo salon starts signed in as its admin); each role sees only its screens;
 * Switch user and the idle minutes cover the screens with the sign-in form.
 */
class SignInWindowTest {

    private static final List<String> SCREENS = List.of("calendar", "requests", "clients", "schedules", "tasks",
            "mytime", "dayclose", "reports", "staff", "catalog", "settings", "audit");
    /** What the admin sees: everything but a master's own time. */
    private static final List<String> ADMINS = SCREENS.stream().filter(id -> !id.equals("mytime")).toList();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    private List<String> screensShown() {
        return SCREENS.stream().filter(id -> robot.lookup("#nav-" + id).tryQuery().map(Node::isVisible)
                .orElse(false)).toList();
    }

    private String signedInAs() {
        return robot.lookup("#signed-in-user").queryAs(Labeled.class).getText();
    }

    private StaffRow user(String login) {
        return window.desk().staff().list(false).stream().filter(row -> row.login().equals(login)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoStartsAsItsAdminAndEachRoleThatSignsInSeesOnlyItsScreens() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> !signedInAs().isEmpty());
        assertThat(window.isLocked()).isFalse();
        assertThat(signedInAs()).contains("Елена Васильевна");
        assertThat(screensShown()).isEqualTo(ADMINS);
        assertThat(window.desk().currentStaff().id()).isEqualTo(user(DemoSalon.ADMIN_LOGIN).id());

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        window.waitUntil(window::isLocked);
        assertThat(robot.lookup("#navigation").query().isDisabled()).as("nothing behind the lock is reachable")
                .isTrue();
        window.shot(robot.lookup("#desk-lock").query(), "sign-in");

        window.signIn("natalia", "not the password");
        window.waitUntil(() -> !robot.lookup("#sign-in-error").queryAs(Labeled.class).getText().isEmpty());
        assertThat(window.isLocked()).isTrue();

        window.signIn("natalia", DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
        assertThat(signedInAs()).contains("Наталья");
        assertThat(window.desk().currentStaff().id()).isEqualTo(user("natalia").id());
        assertThat(screensShown()).containsExactly("calendar", "requests", "clients", "schedules", "tasks",
                "dayclose", "catalog");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#switch-user").queryAs(Button.class).fire()).get();
        window.waitUntil(window::isLocked);
        window.signIn("anna", DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
        assertThat(window.desk().currentStaff().id()).isEqualTo(user("anna").id());
        assertThat(screensShown()).containsExactly("calendar", "requests", "clients", "tasks", "mytime");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#switch-user").queryAs(Button.class).fire()).get();
        window.waitUntil(window::isLocked);
        window.signIn(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD);
        long admin = user(DemoSalon.ADMIN_LOGIN).id();
        window.waitUntil(() -> !window.isLocked() && Long.valueOf(admin).equals(window.desk().currentStaff().id()));
        assertThat(screensShown()).as("the admin through the form, after a master").isEqualTo(ADMINS);
    }

    @Test
    void aSalonNobodyCanSignInToAsksForItsFirstAdminAndStartsAsHer() throws Exception {
        window = DeskWindow.start(folder, clock, true, desk -> new SmallSalon(desk), true);
        robot = window.robot();
        window.waitUntil(() -> robot.lookup("#first-admin").tryQuery().map(Node::isVisible).orElse(false)
                && window.isLocked());
        window.shot(robot.lookup("#desk-lock").query(), "first-admin");

        type("#first-admin-name", "Елена");
        type("#first-admin-password", "our admin pw");
        type("#first-admin-repeat", "our admin pw");
        robot.type(KeyCode.ENTER);

        window.waitUntil(() -> !window.isLocked());
        StaffRow admin = user("admin");
        assertThat(admin.displayName()).isEqualTo("Елена");
        assertThat(window.desk().currentStaff().id()).isEqualTo(admin.id());
        assertThat(screensShown()).isEqualTo(ADMINS);

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#switch-user").queryAs(Button.class).fire()).get();
        window.waitUntil(window::isLocked);
        assertThat(robot.lookup("#sign-in-login").queryAs(TextField.class).getText()).isEqualTo("admin");
    }

    private void type(String field, String text) throws Exception {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(input::requestFocus).get();
        robot.write(text);
    }

    @Test
    void aSalonOfItsOwnStartsLockedAndTheDeskLocksItselfWhenLeftIdle() throws Exception {
        window = DeskWindow.start(folder, clock, true, desk -> {
            desk.seedDemoIfEmpty();
            StaffRow admin = desk.staff().list(false).stream()
                    .filter(row -> row.login().equals(DemoSalon.ADMIN_LOGIN)).findFirst().orElseThrow();
            desk.staff().setPassword(admin.id(), "our own password".toCharArray());
        }, true);
        robot = window.robot();
        window.waitUntil(window::isLocked);
        assertThat(window.desk().currentStaff().id()).isNull();

        window.signIn(DemoSalon.ADMIN_LOGIN, "our own password");
        window.waitUntil(() -> !window.isLocked());

        clock.advance(DeskSignIn.IDLE_LIMIT.minus(Duration.ofSeconds(1)));
        WaitForAsyncUtils.asyncFx(() -> window.app().deskSignIn().session().lock().tick()).get();
        assertThat(window.isLocked()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        WaitForAsyncUtils.asyncFx(() -> window.app().deskSignIn().session().lock().tick()).get();
        window.waitUntil(window::isLocked);
        assertThat(robot.lookup("#sign-in-login").queryAs(TextField.class).getText())
                .as("the last login on this PC is filled in").isEqualTo(DemoSalon.ADMIN_LOGIN);
    }
}
