package org.salondesk.ui.staff;


import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.salondesk.access.StaffRole;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TextColumns;

/** The staff screen: who works here, in which role, who is on shift today; the form of one staff user. */
public final class StaffView extends BorderPane {

    private final StaffViewModel viewModel;

    public StaffView(StaffViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("staff-screen");
        setTop(createTop());
        setCenter(createTable());
        setRight(createForm());
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("staff-error", viewModel.errorProperty())));
    }

    private VBox createTop() {
        CheckBox inactive = new CheckBox(Messages.get("staff.withInactive"));
        inactive.setId("staff-with-inactive");
        inactive.selectedProperty().bindBidirectional(viewModel.withInactiveProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button(Messages.get("staff.new"));
        add.setId("staff-new");
        add.setOnAction(event -> viewModel.newUser());
        HBox bar = new HBox(8, inactive, gap, add);
        bar.setPadding(new Insets(8));
        return new VBox(bar);
    }

    private TableView<StaffRow> createTable() {
        TableView<StaffRow> table = new TableView<>(viewModel.rows());
        table.setId("staff-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("staff.column.name", 220, StaffRow::displayName));
        table.getColumns().add(TextColumns.of("staff.column.login", 120, StaffRow::login));
        table.getColumns().add(TextColumns.of("staff.column.role", 140, row -> role(row.role())));
        table.getColumns().add(TextColumns.of("staff.column.master", 180, row -> row.masterName() == null ? ""
                : row.masterName()));
        table.getColumns().add(TextColumns.of("staff.column.shift", 120, row -> row.onShiftToday() == null ? "—"
                : Messages.get(row.onShiftToday() ? "staff.onShift" : "staff.offShift")));
        table.getColumns().add(TextColumns.of("staff.column.active", 90, row -> Messages.get(row.active()
                ? "staff.active" : "staff.inactive")));
        ColumnSizing.atLeastContent(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }


    private VBox createForm() {
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                viewModel.selectedProperty().get() == null ? "staff.form.new" : "staff.form.edit"),
                viewModel.selectedProperty()));
        TextField login = new TextField();
        login.setId("staff-login");
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        TextField name = new TextField();
        name.setId("staff-name");
        name.textProperty().bindBidirectional(viewModel.displayNameProperty());
        ComboBox<StaffRole> role = new ComboBox<>();
        role.setId("staff-role");
        role.getItems().setAll(StaffRole.values());
        role.setConverter(Converters.of(StaffView::role));
        role.valueProperty().bindBidirectional(viewModel.roleProperty());
        ComboBox<Choice<Long>> master = new ComboBox<>(viewModel.masters());
        master.setId("staff-master");
        master.valueProperty().bindBidirectional(viewModel.masterProperty());
        ProblemMarks.bind(login, viewModel.loginProblem());
        ProblemMarks.bind(name, viewModel.nameProblem());
        ProblemMarks.bind(master, viewModel.masterProblem());

        FormGrid grid = new FormGrid();
        grid.row(Messages.get("staff.field.login"), login);
        grid.row(Messages.get("staff.field.name"), name);
        grid.row(Messages.get("staff.field.role"), role);
        grid.row(Messages.get("staff.field.master"), master);

        Button save = new Button(Messages.get("staff.save"));
        save.setId("staff-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.validProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button active = new Button();
        active.setId("staff-toggle-active");
        active.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(
                viewModel.selectedProperty().get() != null && !viewModel.selectedProperty().get().active()
                        ? "staff.activate" : "staff.deactivate"), viewModel.selectedProperty()));
        active.disableProperty().bind(viewModel.selectedProperty().isNull());
        active.setOnAction(event -> viewModel.toggleActive());
        VBox form = new VBox(10, heading, grid, new HBox(6, save, active), passwordPart(), pinPart());
        form.setPadding(new Insets(10));
        form.setPrefWidth(400);
        return form;
    }

    /** The chosen user's new password, typed twice, set with its own button (not with Save). */
    private Node passwordPart() {
        return secretPart(viewModel.passwordForm(), "staff-password", "firstAdmin.password", "staff.setPassword");
    }

    /** Her PIN for quick switching, typed twice, set with its own button. */
    private Node pinPart() {
        return secretPart(viewModel.pinForm(), "staff-pin", "staff.pin", "staff.setPin");
    }

    private Node secretPart(StaffSecretForm secrets, String id, String labelKey, String buttonKey) {
        PasswordField secret = new PasswordField();
        secret.setId(id);
        secret.textProperty().bindBidirectional(secrets.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId(id + "-repeat");
        repeat.textProperty().bindBidirectional(secrets.repeatProperty());
        FormGrid grid = new FormGrid();
        grid.row(Messages.get(labelKey), secret);
        grid.row(Messages.get("firstAdmin.repeat"), repeat);
        Button set = new Button(Messages.get(buttonKey));
        set.setId(id.replace("staff-", "staff-set-"));
        set.disableProperty().bind(secrets.readyProperty().not());
        set.setOnAction(event -> secrets.set());
        ErrorBanner error = new ErrorBanner(id + "-error", secrets.errorProperty());
        error.setWrapText(true);
        VBox part = new VBox(8, grid, set, error);
        part.setPadding(new Insets(10, 0, 0, 0));
        part.disableProperty().bind(viewModel.selectedProperty().isNull());
        return part;
    }

    private static String role(StaffRole role) {
        return Messages.get("staff.role." + role.name());
    }
}
