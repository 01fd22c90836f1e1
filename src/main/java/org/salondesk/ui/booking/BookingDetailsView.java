package org.salondesk.ui.booking;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.salondesk.booking.BookingChange;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingQueries;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.task.TaskRow;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.ProblemMarks;

/**
 * A booking's card: client and phone (copy, call), when and with whom, services and cost, the pipeline's next steps,
 * cancel with a reason, note, custom fields, history, and "open in the calendar". Beside the calendar and as the
 * request card.
 */
public final class BookingDetailsView extends ScrollPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter STAMP = Messages.dateTimeFormatter().withZone(ZoneId.systemDefault());

    private final BookingDetailsViewModel viewModel;
    private final DesktopActions desktop;
    private final VBox content = new VBox(8);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label client = new Label();
    private final Label phone = new Label();
    private final Label when = new Label();
    private final Label master = new Label();
    private final Label services = new Label();
    private final Label total = new Label();
    private final Label marks = new Label();
    private final FlowPane actions = new FlowPane(6, 6);
    private final VBox fields = new VBox(4);
    private final VBox history = new VBox(2);
    private final Label error = new Label();
    private final Label placeholder = new Label(Messages.get("details.placeholder"));

    public BookingDetailsView(BookingDetailsViewModel viewModel, DesktopActions desktop) {
        this.viewModel = viewModel;
        this.desktop = desktop;
        createView();
        initListeners();
    }

    private void createView() {
        setId("booking-details-panel");
        getStyleClass().add("booking-details");
        setFitToWidth(true);
        setPrefWidth(320);
        number.getStyleClass().add("details-number");
        status.setId("details-status");
        status.getStyleClass().add("status-badge");
        client.setId("details-client");
        client.getStyleClass().add("details-client");
        client.setWrapText(true);
        phone.setId("details-phone");
        Button copy = new Button(Messages.get("details.copyPhone"));
        copy.setId("details-copy-phone");
        copy.setOnAction(event -> withPhone(desktop::copy));
        Button call = new Button(Messages.get("details.call"));
        call.setId("details-call");
        call.setOnAction(event -> withPhone(number -> desktop.open("tel:" + number)));
        Button calendar = new Button(Messages.get("details.openInCalendar"));
        calendar.setId("details-open-in-calendar");
        calendar.setOnAction(event -> viewModel.openInCalendar());
        services.setWrapText(true);
        marks.setWrapText(true);
        marks.getStyleClass().add("details-history");
        actions.setId("details-actions");

        TextField reason = new TextField();
        reason.setId("details-cancel-reason");
        reason.setPromptText(Messages.get("details.cancelReason"));
        reason.textProperty().bindBidirectional(viewModel.cancelReasonProperty());
        Button cancel = new Button(Messages.get("details.cancel"));
        cancel.setId("details-cancel");
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(viewModel.canCancelBinding().not());
        ProblemMarks.bind(reason, viewModel.cancelReasonProblem());
        cancel.setOnAction(event -> viewModel.cancel());
        reason.setOnAction(event -> viewModel.cancel());

        TextArea note = new TextArea();
        note.setId("details-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(Messages.get("details.notePrompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Button saveNote = new Button(Messages.get("details.saveNote"));
        saveNote.setId("details-save-note");
        saveNote.setOnAction(event -> viewModel.saveNote());
        saveNote.disableProperty().bind(viewModel.noteProblem().isNotEmpty().or(viewModel.editableBinding().not()));
        note.editableProperty().bind(viewModel.editableBinding());
        ProblemMarks.bind(note, viewModel.noteProblem());

        TextField key = new TextField();
        key.setId("details-field-key");
        key.setPromptText(Messages.get("details.fieldKey"));
        TextField value = new TextField();
        value.setId("details-field-value");
        value.setPromptText(Messages.get("details.fieldValue"));
        HBox.setHgrow(value, Priority.ALWAYS);
        Button addField = new Button("+");
        addField.setId("details-add-field");
        key.disableProperty().bind(viewModel.editableBinding().not());
        value.disableProperty().bind(viewModel.editableBinding().not());
        addField.disableProperty().bind(viewModel.editableBinding().not());
        addField.setOnAction(event -> {
            viewModel.setCustomField(key.getText(), value.getText());
            key.clear();
            value.clear();
        });
        fields.setId("details-fields");

        error.setId("details-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        ListView<TaskRow> taskList = new ListView<>(viewModel.tasks());
        taskList.setId("details-tasks");
        taskList.setPrefHeight(90);
        taskList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TaskRow task, boolean empty) {
                super.updateItem(task, empty);
                setText(empty || task == null ? null
                        : (task.done() ? "✓ " : "") + task.dueDate() + " · " + task.title());
            }
        });
        taskList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.openTask(taskList.getSelectionModel().getSelectedItem());
            }
        });
        taskList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openTask(taskList.getSelectionModel().getSelectedItem());
            }
        });
        Button newTask = new Button(Messages.get("details.newTask"));
        newTask.setId("details-new-task");
        newTask.setOnAction(event -> viewModel.newTask());

        history.setId("details-history");
        TitledPane historyPane = new TitledPane(Messages.get("details.history"), history);
        historyPane.setExpanded(false);

        // The phone and its buttons keep their words whole; on a narrow card the buttons go onto the next line.
        for (Region whole : List.of(phone, copy, call)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane phoneLine = new FlowPane(6, 4, phone, copy, call);
        phoneLine.setAlignment(Pos.CENTER_LEFT);
        when.setWrapText(true);
        content.getChildren().addAll(new HBox(8, number, status), client, phoneLine, when,
                master, calendar, new Separator(), services, total, new Separator(), actions, reason, cancel,
                new LinkedBookingsView(viewModel.linked()), error,
                new Separator(), new Label(Messages.get("details.noteTitle")), note, saveNote,
                new Label(Messages.get("details.fieldsTitle")), fields, new HBox(4, key, value, addField),
                new Separator(), new Label(Messages.get("details.tasksTitle")), taskList, newTask,
                new Separator(), marks, historyPane);
        content.getStyleClass().add("details-content");
        content.setId("booking-details");
        // The panel keeps its room with nothing chosen, so that choosing a booking does not narrow the calendar.
        placeholder.setId("booking-details-placeholder");
        placeholder.getStyleClass().add("details-placeholder");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(content.visibleProperty().not());
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        setContent(new StackPane(placeholder));
    }

    private void initListeners() {
        viewModel.detailsProperty().addListener((obs, old, shown) -> show(shown));
        viewModel.actions().addListener((ListChangeListener<BookingStatus>) change -> showActions());
        viewModel.customFields().addListener((ListChangeListener<Map.Entry<String, String>>) change -> showFields());
        viewModel.history().addListener((ListChangeListener<BookingQueries.HistoryLine>) change -> showHistory());
        show(viewModel.detailsProperty().get());
    }

    private void show(BookingDetails shown) {
        content.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        // The card joins the panel when a booking is first chosen: hidden, its controls would still be styled and
        // laid out, at start-up among them.
        if (content.getParent() == null) {
            ((StackPane) getContent()).getChildren().add(content);
        }
        NumberFormat money = NumberFormat.getNumberInstance();
        number.setText(Messages.get("details.number", shown.number()));
        status.setText(Messages.get("status." + shown.status().name()));
        status.getStyleClass().removeIf(style -> style.startsWith("status-is-"));
        status.getStyleClass().add("status-is-" + shown.status().name().toLowerCase());
        client.setText(shown.clientName());
        phone.setText(PhoneNumbers.display(shown.clientPhone()));
        when.setText(DATE.format(shown.date()) + ", " + Messages.time(shown.start()) + "–"
                + Messages.time(shown.end()));
        master.setText(Messages.get("details.master", shown.masterName()));
        services.setText(shown.services().stream()
                .map(line -> Messages.get("details.serviceLine", line.title(), money.format(line.price()),
                        line.durationMinutes()))
                .collect(Collectors.joining("\n")));
        total.setText(Messages.get("details.total", money.format(shown.totalCost()), shown.durationMinutes()));
        StringBuilder text = new StringBuilder(Messages.get("details.source." + shown.source().name()));
        text.append('\n').append(Messages.get("details.created", STAMP.format(shown.createdAt()),
                by(shown.createdBy())));
        if (!shown.updatedAt().equals(shown.createdAt())) {
            text.append('\n').append(Messages.get("details.updated", STAMP.format(shown.updatedAt()),
                    by(shown.updatedBy())));
        }
        if (shown.cancelReason() != null) {
            text.append('\n').append(Messages.get("details.cancelReasonShown", shown.cancelReason()));
        }
        marks.setText(text.toString());
    }

    private static String by(String staff) {
        return staff == null ? Messages.get("details.bySalonDesk") : staff;
    }

    private void showActions() {
        actions.getChildren().clear();
        for (BookingStatus next : viewModel.actions()) {
            Button button = new Button(Messages.get("details.to." + next.name()));
            button.setId("details-to-" + next.name().toLowerCase());
            if (next == viewModel.detailsProperty().get().status().forward()) {
                button.getStyleClass().add("accent");
            }
            button.setOnAction(event -> viewModel.changeStatus(next));
            actions.getChildren().add(button);
        }
        if (viewModel.canCheckOutBinding().get()) {
            Button checkout = new Button(Messages.get("details.checkout"));
            checkout.setId("details-checkout");
            checkout.getStyleClass().add("accent");
            checkout.setOnAction(event -> viewModel.checkOut());
            actions.getChildren().add(checkout);
        }
    }

    private void showFields() {
        fields.getChildren().clear();
        for (Map.Entry<String, String> field : viewModel.customFields()) {
            Label line = new Label(field.getKey() + ": " + field.getValue());
            line.setWrapText(true);
            HBox.setHgrow(line, Priority.ALWAYS);
            line.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button("✕");
            remove.disableProperty().bind(viewModel.editableBinding().not());
            remove.setOnAction(event -> viewModel.setCustomField(field.getKey(), null));
            fields.getChildren().add(new HBox(4, line, remove));
        }
    }

    private void showHistory() {
        history.getChildren().clear();
        for (BookingQueries.HistoryLine line : viewModel.history()) {
            Label entry = new Label(Messages.get("history." + line.kind().name(), STAMP.format(line.at()),
                    by(line.staff()), value(line.kind(), line.before()), value(line.kind(), line.after())));
            entry.setWrapText(true);
            entry.getStyleClass().add("details-history");
            history.getChildren().add(entry);
        }
    }

    private static String value(BookingChange kind, String raw) {
        if (raw == null) {
            return "—";
        }
        return kind.namesStatuses() ? Messages.get("status." + raw) : raw;
    }

    private void withPhone(Consumer<String> action) {
        BookingDetails shown = viewModel.detailsProperty().get();
        if (shown != null && shown.clientPhone() != null) {
            action.accept(shown.clientPhone());
        }
    }
}
