package org.salondesk.ui.clients;

import java.io.File;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientVisit;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.task.TaskRow;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.ProblemMarks;
import org.salondesk.ui.common.TextColumns;

/**
 * The clients screen: the search and the paged list on the left, the chosen client's card on the right (contacts,
 * figures, block, reminders, family, bookings, tasks, merge) with the form to edit her or create a new one.
 */
public final class ClientsView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ClientsViewModel viewModel;
    private final AppointmentCardViewModel appointmentCard;
    private final VBox cardBox = new VBox(8);
    private final Label title = new Label();
    private final Label contacts = new Label();
    private final Label figures = new Label();
    private final Label warning = new Label();
    private final Button unblock = new Button();
    private final ComboBox<Choice<Long>> operator = new ComboBox<>();
    private final CheckBox unsubscribed = new CheckBox(Messages.get("clients.unsubscribedBox"));
    private final ListView<String> linked = new ListView<>();
    private final ListView<ClientVisit> history = new ListView<>();
    private final ListView<TaskRow> tasks = new ListView<>();

    public ClientsView(ClientsViewModel viewModel, AppointmentCardViewModel appointmentCard) {
        this.viewModel = viewModel;
        this.appointmentCard = appointmentCard;
        getStyleClass().add("clients-screen");
        setTop(createTop());
        setCenter(createList());
        setRight(createCard());
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("clients-error", viewModel.errorProperty())));
        viewModel.cardProperty().addListener((obs, old, card) -> show(card));
        show(null);
    }

    private VBox createTop() {
        TextField search = new TextField();
        search.setId("clients-search");
        search.setPromptText(Messages.get("clients.searchPrompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.get("clients.new"));
        add.setId("clients-new");
        add.setOnAction(event -> viewModel.newClient());
        Button importFile = new Button(Messages.get("clients.import"));
        importFile.setId("clients-import");
        importFile.setOnAction(event -> new ClientImportView(viewModel.files(), getScene().getWindow()).show());
        Button export = new Button(Messages.get("clients.export"));
        export.setId("clients-export");
        export.setOnAction(event -> export());
        Label files = new Label();
        files.setId("clients-files-summary");
        files.textProperty().bind(viewModel.files().summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("clients-files-progress");
        progress.progressProperty().bind(viewModel.files().progressProperty());
        progress.visibleProperty().bind(viewModel.files().progressProperty().greaterThanOrEqualTo(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Button distribute = new Button(Messages.get("clients.distribute"));
        distribute.setId("clients-distribute");
        distribute.setOnAction(event -> viewModel.distribute());
        HBox bar = new HBox(8, search, add, importFile, export, distribute, progress, files);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return new VBox(bar);
    }

    private BorderPane createList() {
        TableView<ClientRow> table = new TableView<>(viewModel.rows());
        table.setId("clients-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("clients.none")));
        table.getColumns().add(TextColumns.of("clients.column.name", 220, row -> row.fullName()
                + (row.blocked() ? " · " + Messages.get("clients.blockedMark") : "")));
        table.getColumns().add(TextColumns.of("clients.column.phone", 160, row -> PhoneNumbers.display(row.phone())));
        table.getColumns().add(TextColumns.of("clients.column.email", 180, row -> row.email() == null ? ""
                : row.email()));
        table.getColumns().add(TextColumns.of("clients.column.tags", 140, row -> row.tags() == null ? "" : row.tags()));
        table.getColumns().add(TextColumns.of("clients.column.operator", 120, row -> row.operator() == null ? ""
                : row.operator()));
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
        // A page read again (after a change here or on another desk) keeps the client shown picked.
        viewModel.rows().addListener((ListChangeListener<ClientRow>) change -> {
            ClientRow shown = viewModel.selectedProperty().get();
            if (shown != null && table.getSelectionModel().getSelectedItem() == null) {
                viewModel.rows().stream().filter(row -> row.id() == shown.id()).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        });
        Button previous = new Button("‹");
        previous.setId("clients-previous");
        previous.setOnAction(event -> viewModel.previousPage());
        Button next = new Button("›");
        next.setId("clients-next");
        next.setOnAction(event -> viewModel.nextPage());
        Label page = new Label();
        page.setId("clients-page");
        page.textProperty().bind(viewModel.pageText());
        HBox pager = new HBox(8, previous, page, next);
        pager.setPadding(new Insets(4, 8, 4, 8));
        BorderPane list = new BorderPane(table);
        list.setBottom(pager);
        return list;
    }

    private ScrollPane createCard() {
        title.getStyleClass().add("pane-title");
        title.setId("client-title");
        contacts.setWrapText(true);
        figures.setId("client-figures");
        figures.setWrapText(true);
        warning.setId("client-warning");
        warning.getStyleClass().add("field-error");
        warning.setWrapText(true);
        unsubscribed.setId("client-unsubscribed");
        unsubscribed.setOnAction(event -> viewModel.setUnsubscribed(unsubscribed.isSelected()));

        TextField reason = new TextField();
        reason.setId("client-block-reason");
        reason.setPromptText(Messages.get("clients.blockReason"));
        reason.textProperty().bindBidirectional(viewModel.blockReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button block = new Button(Messages.get("clients.block"));
        block.setId("client-block");
        block.disableProperty().bind(viewModel.blockReasonProperty().isEmpty()
                .or(viewModel.blockReasonProblem().isNotEmpty()));
        ProblemMarks.bind(reason, viewModel.blockReasonProblem());
        block.setOnAction(event -> viewModel.block());
        block.setMinWidth(Region.USE_PREF_SIZE);
        unblock.setText(Messages.get("clients.unblock"));
        unblock.setId("client-unblock");
        unblock.setMinWidth(Region.USE_PREF_SIZE);
        unblock.setOnAction(event -> viewModel.unblock());

        operator.setId("client-operator");
        operator.setItems(viewModel.operators());
        operator.setOnAction(event -> {
            if (operator.getValue() != null && viewModel.cardProperty().get() != null) {
                viewModel.assignOperator(operator.getValue().value());
            }
        });

        linked.setId("client-linked");
        linked.setPrefHeight(60);
        history.setId("client-history");
        history.setPrefHeight(180);
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClientVisit visit, boolean empty) {
                super.updateItem(visit, empty);
                setText(empty || visit == null ? null : Messages.get("clients.visit", DATE.format(visit.date()),
                        visit.time(), visit.master(), visit.services(), Messages.get("status." + visit.status().name()),
                        NumberFormat.getNumberInstance().format(visit.total())));
            }
        });
        tasks.setId("client-tasks");
        tasks.setPrefHeight(70);
        tasks.setItems(viewModel.clientTasks());
        tasks.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TaskRow task, boolean empty) {
                super.updateItem(task, empty);
                setText(empty || task == null ? null
                        : (task.done() ? "✓ " : "") + DATE.format(task.dueDate()) + " · " + task.title());
            }
        });
        Button printCard = new Button(Messages.get("appointmentCard.print"));
        printCard.setId("client-print-card");
        printCard.disableProperty().bind(appointmentCard.hasNextVisits().not());
        printCard.setOnAction(event -> appointmentCard.print());
        Button saveCard = new Button(Messages.get("appointmentCard.save"));
        saveCard.setId("client-save-card");
        saveCard.disableProperty().bind(appointmentCard.hasNextVisits().not());
        saveCard.setOnAction(event -> saveCard());
        Button newTask = new Button(Messages.get("clients.newTask"));
        newTask.setId("client-new-task");
        newTask.setOnAction(event -> viewModel.links().newTask());
        Button waitingList = new Button(Messages.get("waitlist.add"));
        waitingList.setId("client-add-waitlist");
        waitingList.setOnAction(event -> viewModel.links().addToWaitingList());

        TextField mergePhone = new TextField();
        mergePhone.setId("client-merge-phone");
        mergePhone.setPromptText(Messages.get("clients.mergePrompt"));
        mergePhone.textProperty().bindBidirectional(viewModel.mergePhoneProperty());
        HBox.setHgrow(mergePhone, Priority.ALWAYS);
        Button merge = new Button(Messages.get("clients.merge"));
        merge.setId("client-merge");
        merge.disableProperty().bind(viewModel.mergePhoneProperty().isEmpty());
        merge.setOnAction(event -> viewModel.merge());

        cardBox.getChildren().addAll(title, contacts, figures, warning, new HBox(6, reason, block, unblock),
                unsubscribed, new HBox(6, new Label(Messages.get("clients.operator")), operator), new Separator(), new Label(Messages.get("clients.history")), history,
                new HBox(6, printCard, saveCard),
                new Label(Messages.get("clients.tasks")), tasks, new HBox(6, newTask, waitingList), new Label(Messages.get("clients.linked")),
                linked, new Label(Messages.get("clients.mergeTitle")), new HBox(6, mergePhone, merge));
        VBox box = new VBox(10, cardBox, createForm());
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(460);
        scroll.setMinWidth(Region.USE_PREF_SIZE);
        return scroll;
    }

    private TitledPane createForm() {
        ClientFormViewModel form = viewModel.form();
        TextField name = BoundFields.text("client-name", form.name());
        TextField surname = BoundFields.text("client-surname", form.surname());
        TextField phone = BoundFields.text("client-phone", form.phone());
        TextField email = BoundFields.text("client-email", form.email());
        TextField tags = BoundFields.text("client-tags", form.tags());
        TextArea note = BoundFields.area("client-note", form.note(), 3);
        FormGrid grid = new FormGrid()
                .row(Messages.get("clients.field.name"), name)
                .row(Messages.get("clients.field.surname"), surname)
                .row(Messages.get("clients.field.phone"), phone)
                .row(Messages.get("clients.field.email"), email)
                .row(Messages.get("clients.field.tags"), tags)
                .row(Messages.get("clients.field.note"), note);
        Button save = new Button(Messages.get("clients.save"));
        save.setId("client-save");
        save.disableProperty().bind(form.markedProperty());
        save.setOnAction(event -> viewModel.save());
        Button openOwner = new Button(Messages.get("clients.openPhoneOwner"));
        openOwner.setId("client-open-phone-owner");
        openOwner.visibleProperty().bind(viewModel.phoneOwnerProperty().isNotNull());
        openOwner.managedProperty().bind(openOwner.visibleProperty());
        openOwner.setOnAction(event -> viewModel.openPhoneOwner());
        TitledPane pane = new TitledPane("", new VBox(8, grid, new HBox(8, save, openOwner)));
        pane.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(form.isNew() ? "clients.form.new"
                : "clients.form.edit"), form.clientIdProperty()));
        pane.setId("client-form");
        pane.expandedProperty().bind(form.clientIdProperty().isEqualTo(ClientFormViewModel.NEW)
                .or(pane.hoverProperty()).or(pane.focusWithinProperty()));
        return pane;
    }


    private void saveCard() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("appointmentCard.save"));
        chooser.setInitialFileName("appointment-card.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            appointmentCard.save(file.toPath());
        }
    }

    private void show(ClientCard card) {
        cardBox.setVisible(card != null);
        cardBox.setManaged(card != null);
        if (card == null) {
            return;
        }
        ClientRow client = card.client();
        title.setText(client.fullName() + (client.blocked() ? " · " + Messages.get("clients.blockedMark") : ""));
        contacts.setText(String.join("\n", PhoneNumbers.display(client.phone()),
                client.email() == null ? "" : client.email(),
                client.tags() == null ? "" : Messages.get("clients.tagsLine", client.tags()),
                client.operator() == null ? "" : Messages.get("clients.operatorLine", client.operator())).strip());
        figures.setText(Messages.get("clients.figures", card.visits(), card.noShows(),
                NumberFormat.getNumberInstance().format(card.totalSpent()),
                card.daysSinceLastVisit() == null ? "—" : card.daysSinceLastVisit().toString(),
                card.favouriteMaster() == null ? "—" : card.favouriteMaster()));
        String warningText = client.blocked() ? Messages.get("clients.blockedLine", client.blockedReason())
                : card.suggestBlock() ? Messages.get("clients.suggestBlock", card.noShows()) : "";
        warning.setText(warningText);
        warning.setVisible(!warningText.isEmpty());
        warning.setManaged(!warningText.isEmpty());
        unblock.setDisable(!client.blocked());
        operator.setValue(viewModel.operators().stream().filter(choice -> Objects.equals(choice.value(),
                client.operatorId())).findFirst().orElse(null));
        unsubscribed.setSelected(card.unsubscribed());
        linked.getItems().setAll(card.linked().stream().map(row -> row.fullName() + "  "
                + PhoneNumbers.display(row.phone())).toList());
        history.getItems().setAll(card.history());
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("salondesk-clients.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.files().export(file.toPath());
        }
    }
}
