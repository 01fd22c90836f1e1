package org.salondesk.ui.audit;

import java.io.File;
import java.time.LocalDate;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.salondesk.audit.AuditLog;
import org.salondesk.audit.AuditRow;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.TextColumns;

/** The Audit screen: the filters, the rows newest first, the chosen row's changes, Open and Export CSV. */
public final class AuditView extends BorderPane {

    private final AuditViewModel viewModel;

    public AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("audit-screen");
        setTop(createFilters());
        SplitPane split = new SplitPane(createTable(), createDetail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setCenter(split);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("audit-error", viewModel.errorProperty())));
    }

    private FlowPane createFilters() {
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<?> user = BoundFields.combo("audit-user", viewModel.users(), viewModel.userProperty());
        ComboBox<?> kind = BoundFields.combo("audit-kind", viewModel.kinds(), viewModel.kindProperty());
        TextField record = new TextField();
        record.setId("audit-record");
        record.setPromptText(Messages.get("audit.record.prompt"));
        record.textProperty().bindBidirectional(viewModel.recordProperty());
        record.setOnAction(event -> viewModel.search());
        Button show = new Button(Messages.get("audit.search"));
        show.setId("audit-search");
        show.setDefaultButton(true);
        show.setOnAction(event -> viewModel.search());
        Button export = new Button(Messages.get("audit.export"));
        export.setId("audit-export");
        export.setOnAction(event -> export());
        Label count = new Label();
        count.setId("audit-count");
        count.textProperty().bind(viewModel.countText());
        FlowPane bar = new FlowPane(8, 6, BoundFields.labelled("audit.from", from), BoundFields.labelled("audit.to", to),
                BoundFields.labelled("audit.user", user), BoundFields.labelled("audit.kind", kind), BoundFields.labelled("audit.record", record), show,
                export, count);
        bar.setPadding(new Insets(8));
        return bar;
    }



    private VBox createTable() {
        TableView<AuditRow> table = new TableView<>(viewModel.rows());
        table.setId("audit-table");
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("audit.column.when", 150, viewModel::when));
        table.getColumns().add(TextColumns.of("audit.column.who", 170, AuditLog::who));
        table.getColumns().add(TextColumns.of("audit.column.kind", 120, AuditViewModel::kindText));
        table.getColumns().add(TextColumns.of("audit.column.action", 100, AuditViewModel::actionText));
        table.getColumns().add(TextColumns.of("audit.column.record", 130, AuditLog::record));
        table.getColumns().add(TextColumns.of("audit.column.changes", 360, row -> row.changes() == null ? ""
                : row.changes().replace('\n', ';')));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.open();
            }
        });
        Button more = new Button(Messages.get("audit.more"));
        more.setId("audit-more");
        more.visibleProperty().bind(viewModel.hasMore());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(event -> viewModel.more());
        VBox box = new VBox(4, table, more);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox createDetail() {
        TextArea detail = new TextArea();
        detail.setId("audit-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.textProperty().bind(viewModel.detail());
        Button open = new Button(Messages.get("audit.open"));
        open.setId("audit-open");
        open.disableProperty().bind(viewModel.canOpen().not());
        open.setOnAction(event -> viewModel.open());
        VBox box = new VBox(6, detail, open);
        VBox.setVgrow(detail, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("audit.export"));
        chooser.setInitialFileName("audit-" + LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.export(file.toPath());
        }
    }
}
