package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditRow;
import org.salondesk.client.ClientForm;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo's admin opens the Audit screen and finds the change she has just made, with who made it; then the Reports
 * screen shows the demo's past revenue.
 */
class AuditWindowTest {

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

    @SuppressWarnings("unchecked")
    private TableView<AuditRow> table() {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }

    @Test
    void theAdminSeesTheChangeSheJustMade() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> !robot.lookup("#signed-in-user").queryAs(Labeled.class).getText().isEmpty());
        long admin = window.desk().currentStaff().id();
        long client = window.desk().clients().create(new ClientForm("Аудит", "Проверкина", "+79035550199", null,
                null, null));

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#nav-audit").queryAs(javafx.scene.control.ButtonBase.class)
                .fire()).get();
        window.waitUntil(() -> robot.lookup("#audit-table").tryQuery().isPresent() && table().getItems().stream()
                .anyMatch(row -> row.recordId() != null && row.recordId() == client));

        AuditRow row = table().getItems().stream().filter(each -> "client".equals(each.recordType())
                && each.recordId() == client).findFirst().orElseThrow();
        assertThat(row.kind()).isEqualTo(AuditKind.CLIENT);
        assertThat(row.action()).isEqualTo(AuditAction.CREATED);
        assertThat(row.staffUserId()).isEqualTo(admin);
        assertThat(row.who()).contains(DemoSalon.ADMIN_LOGIN);
        assertThat(table().getItems().get(0)).isEqualTo(row);

        robot.interact(() -> table().getSelectionModel().select(row));
        window.waitUntil(() -> robot.lookup("#audit-detail").queryAs(TextArea.class).getText()
                .contains("name: Аудит"));
        assertThat(robot.lookup("#audit-open").query().isDisabled()).isFalse();
        window.shot(robot.lookup("#navigation").queryParent().getScene().getRoot(), "audit");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#audit-open").queryAs(javafx.scene.control.ButtonBase.class)
                .fire()).get();
        window.waitUntil(() -> robot.lookup("#nav-clients").tryQuery().isPresent()
                && window.app().wiring().clients().selectedProperty().get() != null
                && window.app().wiring().clients().selectedProperty().get().id() == client);
        Node clients = robot.lookup("#nav-clients").query();
        assertThat(clients.isVisible()).isTrue();

        // The admin's Reports: the demo's two weeks of revenue, paid for by its checkouts.
        WaitForAsyncUtils.asyncFx(() -> {
            window.app().wiring().reports().fromProperty().set(TestToday.date().minusDays(13));
            robot.lookup("#nav-reports").queryAs(javafx.scene.control.ButtonBase.class).fire();
        }).get();
        window.waitUntil(() -> robot.lookup("#report-table").tryQuery().isPresent()
                && robot.lookup("#report-table").queryAs(TableView.class).getItems().size() > 8);
        window.shot(robot.lookup("#navigation").queryParent().getScene().getRoot(), "reports");
    }
}
