package org.salondesk.ui.booking;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BehindTheLock;
import org.salondesk.ui.common.ProblemMarks;

/**
 * The booking dialog, keyboard first: type a service and press Enter, type the phone and press Enter (from a click in
 * the calendar the master's usual service is proposed and the phone has the focus). Book stays disabled until the
 * booking is complete, with the reason beside it; mistakes are said in words where they are.
 */
public final class BookingDialogView extends Dialog<BookingInfo> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final BookingDialogViewModel viewModel;
    private final TextField search = new TextField();
    private final TextField phone = new TextField();
    private final TextField name = new TextField();
    private final FlowPane slots = new FlowPane(6, 6);
    private final ToggleGroup slotGroup = new ToggleGroup();
    private final FlowPane chosen = new FlowPane(6, 6);
    private final FlowPane nextFree = new FlowPane(6, 6);
    private Runnable onSaveClicked = () -> { };
    // True while the View itself selects the chosen start's button, so that it is not taken for a click.
    private boolean selecting;

    public BookingDialogView(BookingDialogViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(Messages.get(viewModel.isWalkIn() ? "dialog.walkInTitle" : "dialog.title"));
        setResizable(true);
        createView();
        initListeners();
    }

    private void createView() {
        setDialogPane(new ReasonedDialogPane(viewModel));
        getDialogPane().setId("booking-dialog");
        BehindTheLock.keep(this);
        getDialogPane().getStylesheets().add(
                BookingDialogView.class.getResource("/org/salondesk/ui/common/app.css").toExternalForm());
        ButtonType save = new ButtonType(Messages.get("dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, close);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("dialog-save");
        saveButton.disableProperty().bind(viewModel.canSaveBinding().not());
        // Save books in the background; the dialog closes when the booking is made, not when the button is pressed.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        setResultConverter(button -> null);

        ComboBox<MasterChoice> master = new ComboBox<>(viewModel.masters());
        master.setId("dialog-master");
        master.valueProperty().bindBidirectional(viewModel.masterProperty());
        DatePicker date = new DatePicker();
        date.setId("dialog-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        // Days that cannot be booked (before today, past the branch's limit) cannot be picked.
        date.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                LocalDate first = viewModel.firstDateProperty().get();
                LocalDate last = viewModel.lastDateProperty().get();
                setDisable(empty || day == null || first != null && day.isBefore(first)
                        || last != null && day.isAfter(last));
            }
        });

        search.setId("dialog-service-search");
        search.setPromptText(Messages.get("dialog.searchServices"));
        search.textProperty().bindBidirectional(viewModel.services().searchProperty());
        ListView<ServiceInfo> matches = new ListView<>(viewModel.services().matching());
        matches.setId("dialog-service-list");
        matches.setPrefHeight(130);
        matches.setCellFactory(list -> new ServiceCell());
        matches.setOnMouseClicked(event -> viewModel.services().choose(matches.getSelectionModel().getSelectedItem()));
        search.setOnAction(event -> {
            if (viewModel.services().chooseFirstMatch()) {
                phone.requestFocus();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
            }
        });
        matches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.services().choose(matches.getSelectionModel().getSelectedItem());
                search.requestFocus();
            }
        });
        chosen.setId("dialog-chosen");

        Label total = new Label();
        total.setId("dialog-total");
        total.getStyleClass().add("dialog-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("dialog.total",
                        viewModel.totals().minutesProperty().get(),
                        NumberFormat.getNumberInstance().format(viewModel.totals().priceProperty().get())),
                viewModel.totals().minutesProperty(), viewModel.totals().priceProperty()));

        slots.setId("dialog-slots");
        Label slotsText = new Label();
        slotsText.setId("dialog-slots-text");
        slotsText.setWrapText(true);
        slotsText.textProperty().bind(viewModel.starts().slotsTextProperty());
        nextFree.setId("dialog-next-free");
        ScrollPane slotScroll = new ScrollPane(new VBox(6, slots, nextFree));
        slotScroll.setFitToWidth(true);
        slotScroll.setPrefViewportHeight(96);

        phone.setId("dialog-phone");
        phone.setPromptText(Messages.get("dialog.phonePrompt"));
        phone.textProperty().bindBidirectional(viewModel.client().phoneProperty());
        phone.setOnAction(event -> save());
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.client().phoneLeft();
            }
        });
        Label client = new Label();
        client.setId("dialog-client");
        client.setWrapText(true);
        client.textProperty().bind(viewModel.client().textProperty());
        // What is wrong with the phone, in words under it (in the client line's place: a wrong phone finds nobody).
        Label phoneProblem = new Label();
        phoneProblem.setId("dialog-phone-problem");
        phoneProblem.getStyleClass().add("field-error");
        phoneProblem.setWrapText(true);
        phoneProblem.textProperty().bind(viewModel.client().phoneProblemProperty());
        phoneProblem.visibleProperty().bind(phoneProblem.textProperty().isNotEmpty());
        client.visibleProperty().bind(phoneProblem.visibleProperty().not());
        phone.getStyleClass().add("phone-field");
        viewModel.client().phoneProblemProperty().addListener((obs, old, now) -> {
            phone.getStyleClass().remove("field-wrong");
            if (!now.isEmpty()) {
                phone.getStyleClass().add("field-wrong");
            }
        });
        name.setId("dialog-name");
        name.setPromptText(Messages.get("dialog.name"));
        name.textProperty().bindBidirectional(viewModel.client().nameProperty());
        name.setOnAction(event -> save());
        TextField surname = new TextField();
        surname.setId("dialog-surname");
        surname.setPromptText(Messages.get("dialog.surname"));
        surname.textProperty().bindBidirectional(viewModel.client().surnameProperty());
        HBox newClient = new HBox(8, name, surname);
        newClient.visibleProperty().bind(viewModel.client().stateProperty().isEqualTo(ClientState.NEW));
        newClient.managedProperty().bind(newClient.visibleProperty());
        TextArea note = new TextArea();
        note.setId("dialog-note");
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        ProblemMarks.bind(note, viewModel.noteProblem());
        Label error = new Label();
        error.setId("dialog-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        // The labels keep their width; long lines in the fields' column wrap instead of squeezing them.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("dialog.master"), new HBox(8, master, new Label(Messages.get("dialog.date")), date));
        grid.addRow(row++, label("dialog.services"), search);
        grid.add(matches, 1, row++);
        grid.add(chosen, 1, row++);
        grid.add(total, 1, row++);
        grid.addRow(row++, label("dialog.time"), slotsText);
        grid.add(slotScroll, 1, row++);
        grid.addRow(row++, label("dialog.phone"), phone);
        StackPane clientLine = new StackPane(client, phoneProblem);
        clientLine.setPrefWidth(0);
        slotsText.setPrefWidth(0);
        slotsText.setMaxWidth(Double.MAX_VALUE);
        clientLine.setAlignment(Pos.CENTER_LEFT);
        grid.add(clientLine, 1, row++);
        grid.add(newClient, 1, row++);
        grid.addRow(row++, label("dialog.note"), note);
        grid.add(error, 1, row);
        grid.setPrefWidth(680);
        getDialogPane().setContent(grid);
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private void initListeners() {
        viewModel.services().chosen().addListener((ListChangeListener<ServiceInfo>) change -> showChosen());
        viewModel.starts().slots().addListener((ListChangeListener<SlotChoice>) change -> showSlots());
        viewModel.starts().slotProperty().addListener((obs, old, slot) -> selectSlot(slot));
        slotGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (selecting) {
                return;
            }
            if (toggle != null) {
                viewModel.chooseSlot((SlotChoice) toggle.getUserData());
            } else if (old != null && old.getToggleGroup() == slotGroup) {
                // A second click on the chosen start keeps it chosen rather than leave none highlighted.
                selectSlot(viewModel.starts().slotProperty().get());
            }
        });
        viewModel.starts().nearest().addListener((ListChangeListener<SlotChoice>) change -> showSlots());
        viewModel.starts().nextFree().addListener((ListChangeListener<NextFree>) change -> showNextFree());
        viewModel.savedProperty().addListener((obs, old, info) -> {
            if (info != null) {
                setResult(info);
                close();
            }
        });
        setOnHidden(event -> viewModel.close());
        // A walk-in starts with what she wants; a click on a master's time already proposes her usual service.
        setOnShown(event -> Platform.runLater(viewModel.isWalkIn() ? search::requestFocus : phone::requestFocus));
    }

    private void save() {
        onSaveClicked.run();
        viewModel.save();
    }

    /** Runs when Book is pressed (the desk times Book → calendar with it). */
    public void setOnSaveClicked(Runnable action) {
        this.onSaveClicked = action;
    }

    private void showChosen() {
        chosen.getChildren().clear();
        for (ServiceInfo service : viewModel.services().chosen()) {
            Button chip = new Button(service.title() + "  ✕");
            chip.getStyleClass().add("service-chip");
            chip.setAccessibleText(Messages.get("dialog.remove", service.title()));
            chip.setOnAction(event -> viewModel.services().remove(service));
            chosen.getChildren().add(chip);
        }
    }

    private void showSlots() {
        slots.getChildren().clear();
        slotGroup.getToggles().clear();
        boolean anyMaster = viewModel.masterProperty().get() == null || viewModel.masterProperty().get().isAny();
        for (SlotChoice slot : viewModel.starts().slots()) {
            ToggleButton button = new ToggleButton(anyMaster ? slot.time() + " · " + slot.masterName()
                    : slot.time().toString());
            button.setId("slot-" + slot.time().toString().replace(":", "") + "-" + slot.masterId());
            button.getStyleClass().add("slot");
            if (viewModel.starts().nearest().contains(slot)) {
                // The nearest free starts to a wanted time that is not free stand out until one is chosen.
                button.getStyleClass().add("slot-near");
            }
            button.setUserData(slot);
            button.setToggleGroup(slotGroup);
            slots.getChildren().add(button);
        }
        selectSlot(viewModel.starts().slotProperty().get());
    }

    private void selectSlot(SlotChoice slot) {
        selecting = true;
        try {
            slotGroup.getToggles().stream().filter(toggle -> toggle.getUserData().equals(slot)).findFirst()
                    .ifPresentOrElse(slotGroup::selectToggle, () -> slotGroup.selectToggle(null));
        } finally {
            selecting = false;
        }
    }

    private void showNextFree() {
        nextFree.getChildren().clear();
        for (NextFree next : viewModel.starts().nextFree()) {
            Button button = new Button(Messages.get("dialog.nextFreeAt", DAY.withLocale(Locale.getDefault())
                    .format(next.date()), next.time(), next.masterName()));
            button.setId("next-free-" + next.date() + "-" + next.time().toString().replace(":", "") + "-"
                    + next.masterId());
            button.getStyleClass().add(next.sameMaster() ? "next-free-same" : "next-free-any");
            button.setOnAction(event -> viewModel.useNextFree(next));
            nextFree.getChildren().add(button);
        }
    }

    /** Shows a service with its price and length. */
    private static final class ServiceCell extends ListCell<ServiceInfo> {
        @Override
        protected void updateItem(ServiceInfo service, boolean empty) {
            super.updateItem(service, empty);
            setText(empty || service == null ? null : Messages.get("details.serviceLine", service.title(),
                    NumberFormat.getNumberInstance().format(service.price()), service.duration()));
        }
    }

    /** The dialog's pane, with the reason Book is disabled on the line of the buttons, just left of them. */
    private static final class ReasonedDialogPane extends DialogPane {

        // Set while DialogPane's constructor builds the button bar, so it has no initialiser of its own.
        private Label reason;

        ReasonedDialogPane(BookingDialogViewModel viewModel) {
            reason.textProperty().bind(viewModel.whyNotBinding());
        }

        @Override
        protected Node createButtonBar() {
            reason = new Label();
            reason.setId("dialog-why-not");
            reason.getStyleClass().add("why-not");
            reason.setWrapText(true);
            reason.setMaxWidth(Double.MAX_VALUE);
            Node buttons = super.createButtonBar();
            HBox.setHgrow(reason, Priority.ALWAYS);
            HBox bar = new HBox(12, reason, buttons);
            bar.setAlignment(Pos.CENTER_RIGHT);
            bar.setPadding(new Insets(0, 0, 0, 12));
            return bar;
        }
    }
}
