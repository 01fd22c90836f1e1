package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.RequestRow;
import org.salondesk.testing.CutTexts;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** How the request list looks on the real window: what stands out, and columns that show what they hold. */
class RequestsLookWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;

    private void launch() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(9, 0), true, null);
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<RequestRow> table() {
        return robot.lookup("#requests-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private List<TableRow<RequestRow>> shownRows() {
        return robot.lookup(node -> node instanceof TableRow<?> row && row.getItem() != null && row.isVisible())
                .queryAll().stream().map(node -> (TableRow<RequestRow>) node).toList();
    }

    /** Whether the row's cells are drawn in a bold face. */
    private static boolean bold(TableRow<RequestRow> row) {
        return row.getChildrenUnmodifiable().stream().filter(cell -> cell instanceof TableCell<?, ?>)
                .map(cell -> ((TableCell<?, ?>) cell).getFont().getStyle().toLowerCase(Locale.ROOT))
                .anyMatch(style -> style.contains("bold"));
    }

    private List<String> columnIds() {
        return table().getColumns().stream().map(TableColumn::getId).toList();
    }

    private TableColumn<RequestRow, ?> column(String id) {
        return table().getColumns().stream().filter(column -> column.getId().equals(id)).findFirst().orElseThrow();
    }

    private void openList(String quick, boolean mixed) throws Exception {
        robot.clickOn("#nav-requests");
        robot.clickOn("#requests-quick-" + quick);
        window.waitUntil(() -> table().getItems().size() > 5 && !shownRows().isEmpty()
                && shownRows().stream().allMatch(row -> table().getItems().contains(row.getItem()))
                && mixed == shownRows().stream().anyMatch(row -> row.getItem().status() != BookingStatus.NEW));
    }

    @Test
    void onlyNewRequestsAmongOthersAreBoldAndNoCellIsCut() throws Exception {
        launch();
        openList("new", false);
        assertThat(shownRows()).allSatisfy(row -> assertThat(bold(row)).as("a list of only new ones").isFalse());
        assertThat(WaitForAsyncUtils.asyncFx(() -> CutTexts.under(table())).get()).isEmpty();

        openList("all", true);
        for (TableRow<RequestRow> row : shownRows()) {
            assertThat(bold(row)).as(row.getItem().toString()).isEqualTo(row.getItem().status() == BookingStatus.NEW);
        }
        assertThat(WaitForAsyncUtils.asyncFx(() -> CutTexts.under(table())).get()).isEmpty();
        window.shot(robot.lookup("#requests-table").query(), "requests-all");
    }

    @Test
    void theUsersColumnOrderAndWidthsComeBackOnTheNextStart() throws Exception {
        Files.writeString(folder.resolve("view-preferences.properties"),
                "requests.columns.order=column-client,column-phone,column-master\n"
                        + "requests.columns.widths=column-services=333\n");
        launch();
        openList("all", true);
        assertThat(columnIds()).startsWith("column-client", "column-phone", "column-master").hasSize(10);
        assertThat(column("column-services").getWidth()).isEqualTo(333);

        // The user drags the phone column's right edge 40 px to the right.
        Node header = robot.lookup("#requests-table .column-header").match(node ->
                "column-phone".equals(node.getId())).query();
        Bounds edge = header.localToScreen(header.getLayoutBounds());
        double before = column("column-phone").getWidth();
        robot.moveTo(new Point2D(edge.getMaxX() - 1, edge.getCenterY())).press(MouseButton.PRIMARY)
                .moveBy(40, 0).release(MouseButton.PRIMARY);
        window.waitUntil(() -> column("column-phone").getWidth() > before + 20);
        double dragged = column("column-phone").getWidth();
        window.stop();
        window = null;

        launch();
        openList("all", true);
        assertThat(columnIds()).startsWith("column-client", "column-phone", "column-master");
        assertThat(column("column-phone").getWidth()).isCloseTo(dragged, Offset.offset(1.0));
        assertThat(column("column-services").getWidth()).isEqualTo(333);
    }
}
