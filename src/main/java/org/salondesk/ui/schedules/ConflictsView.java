package org.salondesk.ui.schedules;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.ui.common.BehindTheLock;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.ProblemMarks;

/**
 * "These bookings would be outside working time": each with client, phone and time, and the choice to keep it, move
 * it or cancel it; then apply the change with those choices, or give up the change. Nothing is written before Apply.
 */
public final class ConflictsView extends Dialog<Boolean> {

    private final ConflictsViewModel viewModel;

    public ConflictsView(ConflictsViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(Messages.get("conflicts.title"));
        setHeaderText(Messages.get("conflicts.header", viewModel.rows().size()));
        setResizable(true);
        createView();
    }

    private void createView() {
        getDialogPane().setId("conflicts-dialog");
        BehindTheLock.keep(this);
        getDialogPane().getStylesheets().add(
                ConflictsView.class.getResource("/org/salondesk/ui/common/app.css").toExternalForm());
        ButtonType apply = new ButtonType(Messages.get("conflicts.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType giveUp = new ButtonType(Messages.get("conflicts.giveUp"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(apply, giveUp);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("conflicts-apply");
        applyButton.disableProperty().bind(viewModel.canApplyBinding().not());
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.apply();
        });
        ((Button) getDialogPane().lookupButton(giveUp)).setId("conflicts-give-up");
        setResultConverter(button -> false);
        viewModel.appliedProperty().addListener((obs, old, done) -> {
            if (done) {
                setResult(true);
                close();
            }
        });

        Button keepAll = new Button(Messages.get("conflicts.keepAll"));
        keepAll.setId("conflicts-keep-all");
        keepAll.setOnAction(event -> viewModel.chooseForAll(ConflictRow.Choice.KEEP, null));
        TextField allReason = new TextField();
        allReason.setId("conflicts-all-reason");
        allReason.setPromptText(Messages.get("details.cancelReason"));
        Button cancelAll = new Button(Messages.get("conflicts.cancelAll"));
        cancelAll.setId("conflicts-cancel-all");
        cancelAll.disableProperty().bind(allReason.textProperty().isEmpty());
        cancelAll.setOnAction(event -> viewModel.chooseForAll(ConflictRow.Choice.CANCEL, allReason.getText()));

        VBox rows = new VBox(10);
        rows.setId("conflicts-rows");
        viewModel.rows().forEach(row -> rows.getChildren().add(rowView(row)));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 90 * viewModel.rows().size()));

        Label error = new Label();
        error.setId("conflicts-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        VBox content = new VBox(10, new HBox(8, keepAll, allReason, cancelAll), scroll, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
    }

    private VBox rowView(ConflictRow row) {
        BookingConflict conflict = row.conflict();
        Label what = new Label(Messages.get("conflicts.booking", conflict.number(), conflict.date(), conflict.start(),
                conflict.end(), conflict.clientName(), PhoneNumbers.display(conflict.clientPhone()),
                conflict.services()));
        what.setWrapText(true);
        ComboBox<ConflictRow.Choice> choice = new ComboBox<>();
        choice.getItems().setAll(ConflictRow.Choice.values());
        choice.setConverter(Converters.of(value -> Messages.get("conflicts.choice." + value.name())));
        choice.valueProperty().bindBidirectional(row.choiceProperty());
        choice.setId("conflict-choice-" + conflict.bookingId());
        ComboBox<MoveTarget> target = new ComboBox<>(row.moveTargets());
        target.setId("conflict-target-" + conflict.bookingId());
        target.setPromptText(Messages.get("conflicts.noTarget"));
        target.valueProperty().bindBidirectional(row.moveToProperty());
        target.visibleProperty().bind(row.choiceProperty().isEqualTo(ConflictRow.Choice.MOVE));
        target.managedProperty().bind(target.visibleProperty());
        TextField reason = new TextField();
        reason.setId("conflict-reason-" + conflict.bookingId());
        reason.setPromptText(Messages.get("details.cancelReason"));
        reason.textProperty().bindBidirectional(row.cancelReasonProperty());
        reason.visibleProperty().bind(row.choiceProperty().isEqualTo(ConflictRow.Choice.CANCEL));
        reason.managedProperty().bind(reason.visibleProperty());
        ProblemMarks.bind(reason, row.cancelReasonProblem());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox.setHgrow(target, Priority.ALWAYS);
        VBox box = new VBox(4, what, new HBox(8, choice, target, reason));
        box.getStyleClass().add("conflict-row");
        return box;
    }
}
