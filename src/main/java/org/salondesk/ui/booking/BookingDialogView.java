package org.salondesk.ui.booking;

import java.text.NumberFormat;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
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
import javafx.stage.Window;

import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.ProblemMarks;

/**
 * The booking dialog, keyboard first: type a service and press Enter, type the phone and press Enter. Save stays
 * disabled until the booking is complete; mistakes are marked where they are.
 */
public final class BookingDialogView extends Dialog<BookingInfo> {

    private final BookingDialogViewModel viewModel;
    private final ValidationDecoration decoration = new GraphicValidationDecoration();
    private final TextField search = new TextField();
    private final TextField phone = new TextField();
    private final TextField name = new TextField();
    private final FlowPane slots = new FlowPane(6, 6);
    private final ToggleGroup slotGroup = new ToggleGroup();
    private final FlowPane chosen = new FlowPane(6, 6);
    private Runnable onSaveClicked = () -> { };

    public BookingDialogView(BookingDialogViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(Messages.get(viewModel.isWalkIn() ? "dialog.walkInTitle" : "dialog.title"));
        setResizable(true);
        createView();
        initListeners();
    }

    private void createView() {
        getDialogPane().setId("booking-dialog");
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

        search.setId("dialog-service-search");
        search.setPromptText(Messages.get("dialog.searchServices"));
        search.textProperty().bindBidirectional(viewModel.serviceSearchProperty());
        ListView<ServiceInfo> matches = new ListView<>(viewModel.matchingServices());
        matches.setId("dialog-service-list");
        matches.setPrefHeight(130);
        matches.setCellFactory(list -> new ServiceCell());
        matches.setOnMouseClicked(event -> viewModel.choose(matches.getSelectionModel().getSelectedItem()));
        search.setOnAction(event -> {
            if (viewModel.chooseFirstMatch()) {
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
                viewModel.choose(matches.getSelectionModel().getSelectedItem());
                search.requestFocus();
            }
        });
        chosen.setId("dialog-chosen");

        Label total = new Label();
        total.setId("dialog-total");
        total.getStyleClass().add("dialog-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("dialog.total",
                        viewModel.totalMinutesProperty().get(),
                        NumberFormat.getNumberInstance().format(viewModel.totalPriceProperty().get())),
                viewModel.totalMinutesProperty(), viewModel.totalPriceProperty()));

        slots.setId("dialog-slots");
        Label slotsText = new Label();
        slotsText.setId("dialog-slots-text");
        slotsText.textProperty().bind(viewModel.slotsTextProperty());
        ScrollPane slotScroll = new ScrollPane(slots);
        slotScroll.setFitToWidth(true);
        slotScroll.setPrefViewportHeight(96);

        phone.setId("dialog-phone");
        phone.setPromptText(Messages.get("dialog.phonePrompt"));
        phone.textProperty().bindBidirectional(viewModel.phoneProperty());
        phone.setOnAction(event -> save());
        Label client = new Label();
        client.setId("dialog-client");
        client.setWrapText(true);
        client.textProperty().bind(viewModel.clientTextProperty());
        name.setId("dialog-name");
        name.setPromptText(Messages.get("dialog.name"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setOnAction(event -> save());
        TextField surname = new TextField();
        surname.setId("dialog-surname");
        surname.setPromptText(Messages.get("dialog.surname"));
        surname.textProperty().bindBidirectional(viewModel.surnameProperty());
        HBox newClient = new HBox(8, name, surname);
        newClient.visibleProperty().bind(viewModel.clientStateProperty().isEqualTo(ClientState.NEW));
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
        grid.add(client, 1, row++);
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
        viewModel.chosen().addListener((ListChangeListener<ServiceInfo>) change -> showChosen());
        viewModel.slots().addListener((ListChangeListener<SlotChoice>) change -> showSlots());
        viewModel.slotProperty().addListener((obs, old, slot) -> selectSlot(slot));
        slotGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.slotProperty().set((SlotChoice) toggle.getUserData());
            }
        });
        viewModel.clientStateProperty().addListener((obs, old, state) -> decorate());
        viewModel.nameProperty().addListener((obs, old, now) -> decorate());
        viewModel.savedProperty().addListener((obs, old, info) -> {
            if (info != null) {
                setResult(info);
                close();
            }
        });
        setOnHidden(event -> viewModel.close());
        setOnShown(event -> Platform.runLater(search::requestFocus));
    }

    private void save() {
        if (viewModel.canSaveBinding().get()) {
            onSaveClicked.run();
            viewModel.save();
        }
    }

    /** Runs when Save is pressed with a complete booking (the desk times Save → calendar with it). */
    public void setOnSaveClicked(Runnable action) {
        this.onSaveClicked = action;
    }

    private void showChosen() {
        chosen.getChildren().clear();
        for (ServiceInfo service : viewModel.chosen()) {
            Button chip = new Button(service.title() + "  ✕");
            chip.getStyleClass().add("service-chip");
            chip.setAccessibleText(Messages.get("dialog.remove", service.title()));
            chip.setOnAction(event -> viewModel.remove(service));
            chosen.getChildren().add(chip);
        }
    }

    private void showSlots() {
        slots.getChildren().clear();
        slotGroup.getToggles().clear();
        boolean anyMaster = viewModel.masterProperty().get() == null || viewModel.masterProperty().get().isAny();
        for (SlotChoice slot : viewModel.slots()) {
            ToggleButton button = new ToggleButton(anyMaster ? slot.time() + " · " + slot.masterName()
                    : slot.time().toString());
            button.setId("slot-" + slot.time().toString().replace(":", "") + "-" + slot.employeeId());
            button.setUserData(slot);
            button.setToggleGroup(slotGroup);
            slots.getChildren().add(button);
        }
        selectSlot(viewModel.slotProperty().get());
    }

    private void selectSlot(SlotChoice slot) {
        slotGroup.getToggles().stream().filter(toggle -> toggle.getUserData().equals(slot)).findFirst()
                .ifPresentOrElse(slotGroup::selectToggle, () -> slotGroup.selectToggle(null));
    }

    private void decorate() {
        mark(phone, switch (viewModel.clientStateProperty().get()) {
            case BLOCKED -> viewModel.clientTextProperty().get();
            case INCOMPLETE -> Messages.get("error.phone.invalid", viewModel.phoneProperty().get());
            default -> null;
        });
        boolean needsName = viewModel.clientStateProperty().get() == ClientState.NEW
                && viewModel.nameProperty().get().isBlank();
        mark(name, needsName ? Messages.get("error.required", Messages.get("field.name")) : null);
    }

    private void mark(Control control, String problem) {
        decoration.removeDecorations(control);
        if (problem != null) {
            decoration.applyValidationDecoration(ValidationMessage.error(control, problem));
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
}
