package org.salondesk.ui.tasks;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.salondesk.i18n.Messages;
import org.salondesk.task.TaskList;
import org.salondesk.task.TaskRow;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TextColumns;
import org.salondesk.ui.common.TimeFields;

/**
 * The tasks screen: the lists with their counts (overdue ones stand out), mine or everyone's, and on the right the
 * form of the chosen or a new task with done, reopen, delete and the way to its client or booking.
 */
public final class TasksView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final TasksViewModel viewModel;
    private final TaskEditorViewModel editor;
    private final TableView<TaskRow> table = new TableView<>();

    public TasksView(TasksViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        getStyleClass().add("tasks-screen");
        setTop(createFilters());
        setCenter(createTable());
        setRight(createForm());
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("tasks-error", viewModel.errorProperty())));
        viewModel.pastDueQuestionProperty().addListener((obs, old, question) -> {
            if (!question.isEmpty() && getScene() != null) {
                askAboutPastDue(question);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && viewModel.selectedProperty().get() != null) {
                        viewModel.markDone();
                    }
                });
            }
        });
    }

    private VBox createFilters() {
        ToggleGroup lists = new ToggleGroup();
        HBox buttons = new HBox(6);
        for (TaskList list : TaskList.values()) {
            ToggleButton button = new ToggleButton();
            String name = list.name().toLowerCase(Locale.ROOT);
            button.setId("tasks-list-" + name);
            button.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("tasks.list." + name,
                    viewModel.countProperty(list).get()), viewModel.countProperty(list)));
            button.setToggleGroup(lists);
            button.setSelected(viewModel.listProperty().get() == list);
            button.setOnAction(event -> {
                button.setSelected(true);
                viewModel.listProperty().set(list);
            });
            if (list == TaskList.OVERDUE) {
                button.getStyleClass().add("tasks-overdue-filter");
            }
            buttons.getChildren().add(button);
        }
        CheckBox mine = new CheckBox(Messages.get("tasks.mine"));
        mine.setId("tasks-mine");
        mine.selectedProperty().bindBidirectional(viewModel.mineProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button newTask = new Button(Messages.get("tasks.new"));
        newTask.setId("tasks-new");
        newTask.setOnAction(event -> viewModel.newTask());
        buttons.getChildren().addAll(mine, gap, newTask);
        buttons.setPadding(new Insets(8));
        return new VBox(buttons);
    }

    private TableView<TaskRow> createTable() {
        table.setId("tasks-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("tasks.empty")));
        TableColumn<TaskRow, String> due = TextColumns.of("tasks.column.due", 150, task -> DATE.format(task.dueDate())
                + (task.dueTime() == null ? "" : " " + Messages.time(task.dueTime())));
        due.setMinWidth(150);
        table.getColumns().add(due);
        table.getColumns().add(TextColumns.wrapping("tasks.column.title", 380, TaskRow::title));
        table.getColumns().add(TextColumns.of("tasks.column.assignee", 150, task -> task.assigneeName() == null
                ? Messages.get("tasks.anyone") : task.assigneeName()));
        table.getColumns().add(TextColumns.wrapping("tasks.column.about", 240, TaskTexts::about));
        ColumnSizing.atLeastContent(table);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow task, boolean empty) {
                super.updateItem(task, empty);
                getStyleClass().removeAll("task-overdue", "task-done");
                if (!empty && task != null && task.done()) {
                    getStyleClass().add("task-done");
                } else if (!empty && task != null && viewModel.isOverdue(task)) {
                    getStyleClass().add("task-overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, task) -> {
            if (task != null) {
                viewModel.selectedProperty().set(task);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, task) -> {
            if (task == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != task) {
                table.getSelectionModel().select(task);
            }
        });
        return table;
    }


    private VBox createForm() {
        Label heading = new Label();
        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(editor.isNew()
                ? "tasks.form.new" : "tasks.form.edit"), editor.taskIdProperty()));
        ComboBox<Choice<Long>> assignee = new ComboBox<>(editor.assignees());
        assignee.setId("task-assignee");
        assignee.valueProperty().bindBidirectional(editor.assigneeProperty());
        assignee.setMaxWidth(Double.MAX_VALUE);
        TextField title = new TextField();
        title.setId("task-title");
        title.textProperty().bindBidirectional(editor.titleProperty());
        TextArea description = new TextArea();
        description.setId("task-description");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(editor.descriptionProperty());
        DatePicker due = new DatePicker();
        due.setId("task-due");
        due.valueProperty().bindBidirectional(editor.dueDateProperty());
        TextField time = TimeFields.of("task-time", editor.dueTimeProperty());
        Label about = new Label();
        about.setId("task-about");
        about.setWrapText(true);
        about.textProperty().bind(editor.aboutProperty());
        Button openClient = new Button(Messages.get("tasks.openClient"));
        openClient.setId("task-open-client");
        openClient.disableProperty().bind(editor.clientIdProperty().isNull().or(
                viewModel.selectedProperty().isNull()));
        openClient.setOnAction(event -> viewModel.openClient());
        Button openBooking = new Button(Messages.get("tasks.openBooking"));
        openBooking.setId("task-open-booking");
        openBooking.disableProperty().bind(editor.bookingIdProperty().isNull().or(
                viewModel.selectedProperty().isNull()));
        openBooking.setOnAction(event -> viewModel.openBooking());

        FormGrid grid = new FormGrid();
        grid.row(Messages.get("tasks.field.assignee"), assignee);
        grid.row(Messages.get("tasks.field.title"), title);
        grid.row(Messages.get("tasks.field.due"), new HBox(6, due, time));
        grid.row(Messages.get("tasks.field.description"), description);
        grid.row(Messages.get("tasks.field.about"), about);
        GridPane.setHgrow(title, Priority.ALWAYS);

        Button save = new Button(Messages.get("tasks.save"));
        save.setId("task-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(editor.validProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button done = new Button(Messages.get("tasks.markDone"));
        done.setId("task-done");
        done.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || viewModel.selectedProperty().get().done(), viewModel.selectedProperty()));
        done.setOnAction(event -> viewModel.markDone());
        Button reopen = new Button(Messages.get("tasks.reopen"));
        reopen.setId("task-reopen");
        reopen.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().done(), viewModel.selectedProperty()));
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(event -> viewModel.reopen());
        Button delete = new Button(Messages.get("tasks.delete"));
        delete.setId("task-delete");
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> confirmDelete());

        ProblemMarks.bind(title, editor.titleProblem());
        ProblemMarks.bind(description, editor.descriptionProblem());
        ProblemMarks.bind(due, editor.dueProblem());

        VBox form = new VBox(10, heading, grid, new HBox(6, openClient, openBooking),
                new HBox(6, save, done, reopen, delete));
        form.setId("task-form");
        form.setPadding(new Insets(10));
        form.setPrefWidth(420);
        return form;
    }

    private void askAboutPastDue(String question) {
        ButtonType save = new ButtonType(Messages.get("tasks.pastDue.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(Messages.get("tasks.pastDue.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question, save, back);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText(null);
        ask.getDialogPane().setId("task-past-due");
        ask.getDialogPane().lookupButton(save).setId("task-past-due-save");
        ask.getDialogPane().lookupButton(back).setId("task-past-due-back");
        ask.setOnHidden(event -> viewModel.answerPastDue(ask.getResult() == save));
        ask.show();
    }

    private void confirmDelete() {
        TaskRow task = viewModel.selectedProperty().get();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("tasks.deleteQuestion", task.title()),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText(null);
        ask.getDialogPane().setId("task-delete-confirm");
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.delete());
    }
}
