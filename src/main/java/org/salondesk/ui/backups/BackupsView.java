package org.salondesk.ui.backups;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.TextColumns;

/**
 * Settings → Backups: on the desk's own H2 file, "Back up now" with its progress, the copies, the second folder and
 * Restore; on PostgreSQL the server's backup commands; otherwise a line saying why there is nothing to do here.
 */
public final class BackupsView extends BorderPane {

    private final BackupsViewModel viewModel;
    private FolderPicker folderPicker = FolderPicker.directoryChooser();

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("backups");
        getStyleClass().add("backups-section");
        Node content = switch (viewModel.support()) {
            case FILE -> copiesSection();
            case SERVER -> serverSection();
            case NONE -> help("backups.none");
        };
        VBox box = new VBox(12, content);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        setCenter(scroll);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("backups-error", viewModel.errorProperty())));
        viewModel.restoreQuestionProperty().addListener((obs, old, question) -> {
            if (question != null) {
                askToRestore(question);
            }
        });
    }

    /** Replaces the OS's folder chooser (a headless test cannot drive it, so it hands in its choice). */
    public void setFolderPicker(FolderPicker folderPicker) {
        this.folderPicker = folderPicker;
    }

    private Node copiesSection() {
        Button now = new Button(Messages.get("backups.now"));
        now.setId("backups-now");
        now.disableProperty().bind(viewModel.canBackUpProperty().not());
        now.setOnAction(event -> viewModel.backUpNow());
        ProgressBar progress = new ProgressBar();
        progress.setId("backups-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label step = new Label();
        step.setId("backups-step");
        step.textProperty().bind(viewModel.stepProperty());
        HBox working = new HBox(10, now, progress, step);
        working.setAlignment(Pos.CENTER_LEFT);

        Button restore = new Button(Messages.get("backups.restore"));
        restore.setId("backups-restore");
        restore.disableProperty().bind(viewModel.canRestoreProperty().not());
        restore.setOnAction(event -> viewModel.restore());
        Label restoreHelp = new Label(Messages.get("backups.restoreHelp"));
        restoreHelp.setWrapText(true);
        HBox.setHgrow(restoreHelp, Priority.ALWAYS);
        HBox restoring = new HBox(10, restore, restoreHelp);
        restoring.setAlignment(Pos.CENTER_LEFT);

        Label folder = new Label();
        folder.setId("backups-folder");
        folder.setWrapText(true);
        folder.textProperty().bind(viewModel.folderProperty());
        VBox section = new VBox(10, new VBox(4, help("backups.help"), folder), working, table(), restoring,
                secondFolder());
        VBox.setVgrow(section.getChildren().get(2), Priority.ALWAYS);
        return section;
    }

    private TableView<BackupRow> table() {
        TableView<BackupRow> table = new TableView<>(viewModel.copies());
        table.setId("backups-table");
        table.setPlaceholder(new Label(Messages.get("backups.empty")));
        table.setPrefHeight(320);
        // The check (long when a copy fails) is last and takes the width the others leave.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("backups.column.made", 130, BackupRow::made));
        table.getColumns().add(TextColumns.of("backups.column.kind", 170, BackupRow::kind));
        table.getColumns().add(TextColumns.of("backups.column.where", 130, BackupRow::where));
        table.getColumns().add(TextColumns.of("backups.column.size", 80, BackupRow::size));
        table.getColumns().add(TextColumns.wrapping("backups.column.check", 420, BackupRow::check));
        ColumnSizing.atLeastContent(table);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(BackupRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("backup-failed");
                if (!empty && row != null && row.failed()) {
                    getStyleClass().add("backup-failed");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private Node secondFolder() {
        Label title = new Label(Messages.get("backups.second"));
        title.getStyleClass().add("section-title");
        Label folder = new Label();
        folder.setId("backups-second-folder");
        folder.textProperty().bind(Bindings.when(viewModel.secondFolderProperty().isEmpty())
                .then(Messages.get("backups.second.none")).otherwise(viewModel.secondFolderProperty()));
        Button choose = new Button(Messages.get("backups.second.choose"));
        choose.setId("backups-second-choose");
        choose.disableProperty().bind(viewModel.busyProperty());
        choose.setOnAction(event -> {
            String shown = viewModel.secondFolderProperty().get();
            folderPicker.pick(getScene().getWindow(), shown.isEmpty() ? null : Path.of(shown))
                    .ifPresent(viewModel::chooseSecondFolder);
        });
        Button forget = new Button(Messages.get("backups.second.forget"));
        forget.setId("backups-second-forget");
        forget.disableProperty().bind(viewModel.secondFolderProperty().isEmpty().or(viewModel.busyProperty()));
        forget.setOnAction(event -> viewModel.forgetSecondFolder());
        HBox row = new HBox(10, folder, choose, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, help("backups.second.help"), row);
    }

    private Node serverSection() {
        TextField dump = command("backups-dump", viewModel.dumpCommandProperty().get());
        Button copy = new Button(Messages.get("backups.server.copy"));
        copy.setId("backups-dump-copy");
        copy.setOnAction(event -> viewModel.copyDumpCommand());
        HBox dumpRow = new HBox(8, dump, copy);
        HBox.setHgrow(dump, Priority.ALWAYS);
        TextField restore = command("backups-pg-restore", viewModel.restoreCommandProperty().get());
        return new VBox(10, help("backups.server.help"), help("backups.server.dump"), dumpRow,
                help("backups.server.restore"), restore);
    }

    private static TextField command(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("command-text");
        return field;
    }

    private static Label help(String key) {
        Label help = new Label(Messages.get(key));
        help.setWrapText(true);
        help.setMaxWidth(Double.MAX_VALUE);
        return help;
    }

    private void askToRestore(String question) {
        ButtonType restore = new ButtonType(Messages.get("backups.question.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("backups.question.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, restore, keep);
        if (getScene() != null) {
            // The check ran in the background; the desk may have gone to another screen meanwhile.
            ask.initOwner(getScene().getWindow());
        }
        ask.setTitle(Messages.get("backups.question.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("backups-restore-question");
        ask.getDialogPane().setPrefWidth(560);
        ask.getDialogPane().lookupButton(restore).setId("backups-restore-yes");
        ask.getDialogPane().lookupButton(keep).setId("backups-restore-no");
        ask.setOnHidden(event -> viewModel.answerRestore(ask.getResult() == restore));
        ask.show();
    }
}
