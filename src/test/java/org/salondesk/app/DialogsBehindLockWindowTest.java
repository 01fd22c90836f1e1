package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.ui.common.BehindTheLock;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing stays open above the lock: a booking half made waits behind it for the one who began it, and closes for
 * anyone else who signs in.
 */
class DialogsBehindLockWindowTest {

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

    private boolean dialogShown() {
        return robot.lookup("#booking-dialog").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private void lock() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.app().deskSignIn().session().switchUser()).get();
        window.waitUntil(window::isLocked);
    }

    @Test
    void aHalfMadeBookingWaitsBehindTheLockForHerAndClosesForAnother() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> window.desk().currentStaff().id() != null);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#calendar-walk-in").queryAs(Button.class).fire()).get();
        window.waitUntil(this::dialogShown);
        Window dialog = robot.lookup("#booking-dialog").query().getScene().getWindow();
        TextField phone = robot.lookup("#dialog-phone").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> phone.setText("+7 916 555-44-33")).get();

        lock();

        assertThat(dialog.isShowing()).as("nothing above the sign-in form").isFalse();
        window.signIn(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked() && dialog.isShowing());
        assertThat(phone.getText()).as("her unsaved work is there").isEqualTo("+7 916 555-44-33");

        lock();
        window.signIn("natalia", DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).as("another user does not see her form").isFalse();
        lock();
        window.signIn(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("it was closed, not kept").isFalse();
    }

    @Test
    void aKeptDialogIsHiddenNotClosedAndAnotherDialogIsCancelled() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> window.desk().currentStaff().id() != null);
        List<String> closed = new ArrayList<>();
        Dialog<ButtonType> kept = WaitForAsyncUtils.asyncFx(() -> dialog("kept", closed, true)).get();
        Dialog<ButtonType> asked = WaitForAsyncUtils.asyncFx(() -> dialog("asked", closed, false)).get();

        lock();

        assertThat(closed).as("the kept one is only out of sight").containsExactly("asked");
        assertThat(asked.getResult()).isEqualTo(ButtonType.CANCEL);
        window.signIn(DemoSalon.ADMIN_LOGIN, DemoSalon.PASSWORD);
        window.waitUntil(() -> !window.isLocked() && kept.getDialogPane().getScene().getWindow().isShowing());
        assertThat(closed).containsExactly("asked");
        WaitForAsyncUtils.asyncFx(kept::close).get();
        assertThat(closed).containsExactly("asked", "kept");
    }

    private Dialog<ButtonType> dialog(String name, List<String> closed, boolean keep) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(robot.lookup("#desk-lock").query().getScene().getWindow());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (keep) {
            BehindTheLock.keep(dialog);
        }
        dialog.setOnHidden(event -> closed.add(name));
        dialog.show();
        return dialog;
    }
}
