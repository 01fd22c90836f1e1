package org.salondesk.ui.about;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.salondesk.i18n.Messages;

/**
 * The About box. Paths and the database show in read-only text fields, so that the receptionist can copy them into
 * a message to whoever looks after the PC.
 */
public final class AboutView extends Dialog<ButtonType> {

    public AboutView(AboutViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle(Messages.get("about.title"));
        headerTextProperty().bind(viewModel.titleProperty());
        var icon = AboutView.class.getResource("/org/salondesk/ui/common/icon-64.png");
        if (icon != null) {
            setGraphic(new ImageView(new Image(icon.toExternalForm())));
        }
        GridPane grid = new GridPane();
        grid.setId("about-box");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
        row(grid, 0, "about.version", "about-version", viewModel.versionProperty().get());
        row(grid, 1, "about.licence", "about-licence", viewModel.licenceProperty().get());
        row(grid, 2, "about.dataFolder", "about-data-folder", viewModel.dataFolderProperty().get());
        row(grid, 3, "about.database", "about-database", viewModel.databaseProperty().get());
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(640);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static void row(GridPane grid, int row, String labelKey, String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        grid.addRow(row, new Label(Messages.get(labelKey)), field);
    }
}
