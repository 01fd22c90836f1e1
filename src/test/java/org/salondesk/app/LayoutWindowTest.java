package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.Notice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing the receptionist aims at moves when a notice or an error comes and goes. */
class LayoutWindowTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(8, 0);
    private DeskWindow window;
    private FxRobot robot;
    private SmallSalon salon;

    @BeforeEach
    void launch() throws Exception {
        window = DeskWindow.start(folder, clock, false, desk -> {
            salon = new SmallSalon(desk);
            desk.clients().createClient("Ирина", "Котова", "+7 926 000-11-22");
        });
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private double rowY(LocalTime time) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.pointAt(salon.olga, TestToday.date(), time).getY()).get();
    }

    private double sceneY(String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node node = robot.lookup(query).query();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            return bounds.getMinY();
        }).get();
    }

    @Test
    void aNoticeDoesNotMoveTheCalendarsTimeRows() throws Exception {
        double before = rowY(LocalTime.of(12, 0));
        double lateBefore = rowY(LocalTime.of(17, 0));

        robot.interact(() -> window.app().wiring().calendar().notices()
                .post(Notice.error("Ольга does not work on this day, and this notice is long enough to need "
                        + "more than one line if it were allowed to wrap, which it must not do, since then the "
                        + "calendar above would move up and every click would land a little later than aimed")));
        window.waitUntil(() -> robot.lookup("#notice-text").queryAs(Label.class).isVisible());
        assertThat(rowY(LocalTime.of(12, 0))).isEqualTo(before);
        assertThat(rowY(LocalTime.of(17, 0))).isEqualTo(lateBefore);

        robot.clickOn("#notice-close");
        window.waitUntil(() -> !robot.lookup("#notice-text").queryAs(Label.class).isVisible());
        assertThat(rowY(LocalTime.of(12, 0))).isEqualTo(before);
    }

    @Test
    void anErrorDoesNotMoveTheClientsList() throws Exception {
        robot.clickOn("#nav-clients");
        window.waitUntil(() -> robot.lookup("#clients-table").tryQuery().isPresent()
                && !robot.lookup("#clients-table").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#clients-table").queryAs(TableView.class).getSelectionModel().select(0));
        window.waitUntil(() -> window.app().wiring().clients().cardProperty().get() != null);
        double before = sceneY("#clients-table");

        robot.interact(() -> {
            window.app().wiring().clients().mergePhoneProperty().set("+7 999 000-00-00");
            window.app().wiring().clients().merge();
        });
        window.waitUntil(() -> robot.lookup("#clients-error").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#clients-error").queryAs(Label.class).getText()).contains("+7 999 000-00-00");
        assertThat(sceneY("#clients-table")).isEqualTo(before);
    }
}
