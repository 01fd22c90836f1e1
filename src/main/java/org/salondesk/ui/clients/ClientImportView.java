package org.salondesk.ui.clients;

import java.io.File;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.salondesk.client.ImportRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BehindTheLock;
import org.salondesk.ui.common.TextColumns;

/** The import dialog: choose a CSV file, see each row and what is wrong with it, import the good ones. */
final class ClientImportView extends Dialog<Void> {

    ClientImportView(ClientImportViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle(Messages.get("clients.import.title"));
        setResizable(true);
        getDialogPane().setId("clients-import-dialog");
        BehindTheLock.keep(this);
        getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("clients.import.close"),
                ButtonType.CLOSE.getButtonData()));

        Button choose = new Button(Messages.get("clients.import.choose"));
        choose.setId("clients-import-choose");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                viewModel.preview(file.toPath());
            }
        });
        Label help = new Label(Messages.get("clients.import.help"));
        help.setWrapText(true);
        TableView<ImportRow> rows = new TableView<>(viewModel.rows());
        rows.setId("clients-import-rows");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().add(TextColumns.of("clients.import.line", 60, row -> Long.toString(row.line())));
        rows.getColumns().add(TextColumns.of("clients.column.name", 180, row -> join(row.name(), row.surname())));
        rows.getColumns().add(TextColumns.of("clients.column.phone", 140, row -> row.phone() == null ? ""
                : row.phone()));
        rows.getColumns().add(TextColumns.of("clients.import.problem", 260, row -> row.good()
                ? Messages.get("clients.import.ok") : row.problem()));
        Label summary = new Label();
        summary.setId("clients-import-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("clients-import-progress");
        progress.setPrefWidth(240);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.progressProperty().greaterThanOrEqualTo(0));
        Button run = new Button(Messages.get("clients.import.run"));
        run.setId("clients-import-run");
        run.disableProperty().bind(viewModel.canImportProperty().not());
        run.setOnAction(event -> viewModel.run());
        VBox content = new VBox(10, new HBox(8, choose, help), rows, new HBox(8, run, progress, summary));
        content.setPadding(new Insets(10));
        content.setPrefSize(760, 480);
        getDialogPane().setContent(content);
    }

    private static String join(String name, String surname) {
        return (name == null ? "" : name) + (surname == null ? "" : " " + surname);
    }
}
