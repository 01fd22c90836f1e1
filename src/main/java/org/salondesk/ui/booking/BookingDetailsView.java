package org.salondesk.ui.booking;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingStatus;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;

/** The details of one booking beside the calendar: client and phone, services, cost, status steps, cancel. */
public final class BookingDetailsView extends ScrollPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final BookingDetailsViewModel viewModel;
    private final VBox content = new VBox(8);
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label client = new Label();
    private final Label phone = new Label();
    private final Label when = new Label();
    private final Label master = new Label();
    private final Label services = new Label();
    private final Label total = new Label();
    private final Label note = new Label();
    private final Label history = new Label();
    private final FlowPane actions = new FlowPane(6, 6);
    private final Label error = new Label();

    public BookingDetailsView(BookingDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("booking-details");
        getStyleClass().add("booking-details");
        setFitToWidth(true);
        setPrefWidth(300);
        number.getStyleClass().add("details-number");
        status.setId("details-status");
        status.getStyleClass().add("status-badge");
        client.setId("details-client");
        client.getStyleClass().add("details-client");
        phone.setId("details-phone");
        Button copy = new Button(Messages.get("details.copyPhone"));
        copy.setId("details-copy-phone");
        copy.setOnAction(event -> copyPhone());
        services.setWrapText(true);
        note.setWrapText(true);
        history.setWrapText(true);
        history.getStyleClass().add("details-history");
        actions.setId("details-actions");

        TextField reason = new TextField();
        reason.setId("details-cancel-reason");
        reason.setPromptText(Messages.get("details.cancelReason"));
        reason.textProperty().bindBidirectional(viewModel.cancelReasonProperty());
        Button cancel = new Button(Messages.get("details.cancel"));
        cancel.setId("details-cancel");
        cancel.getStyleClass().add("danger");
        cancel.disableProperty().bind(viewModel.canCancelBinding().not());
        cancel.setOnAction(event -> viewModel.cancel());
        reason.setOnAction(event -> viewModel.cancel());

        error.setId("details-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        content.getChildren().addAll(new HBox(8, number, status), client, new HBox(8, phone, copy), when, master,
                new Separator(), services, total, note, new Separator(), actions, reason, cancel, error,
                new Separator(), history);
        content.getStyleClass().add("details-content");
        setContent(content);
    }

    private void initListeners() {
        viewModel.detailsProperty().addListener((obs, old, shown) -> show(shown));
        viewModel.actions().addListener((ListChangeListener<BookingStatus>) change -> showActions());
        show(viewModel.detailsProperty().get());
    }

    private void show(BookingDetails shown) {
        setVisible(shown != null);
        setManaged(shown != null);
        if (shown == null) {
            return;
        }
        NumberFormat money = NumberFormat.getNumberInstance();
        number.setText(Messages.get("details.number", shown.number()));
        status.setText(Messages.get("status." + shown.status().name()));
        status.getStyleClass().removeIf(style -> style.startsWith("status-is-"));
        status.getStyleClass().add("status-is-" + shown.status().name().toLowerCase());
        client.setText(shown.clientName());
        phone.setText(PhoneNumbers.display(shown.clientPhone()));
        when.setText(DATE.format(shown.date()) + ", " + shown.start() + "–" + shown.end());
        master.setText(Messages.get("details.master", shown.employeeName()));
        services.setText(shown.services().stream()
                .map(line -> Messages.get("details.serviceLine", line.title(), money.format(line.price()),
                        line.durationMinutes()))
                .collect(Collectors.joining("\n")));
        total.setText(Messages.get("details.total", money.format(shown.totalCost()), shown.durationMinutes()));
        note.setText(shown.note() == null ? "" : Messages.get("details.note", shown.note()));
        note.setVisible(shown.note() != null);
        note.setManaged(shown.note() != null);
        StringBuilder marks = new StringBuilder(Messages.get("details.source." + shown.source().name()));
        marks.append('\n').append(Messages.get("details.created", STAMP.format(shown.createdAt()),
                shown.createdBy() == null ? Messages.get("details.bySalonDesk") : shown.createdBy()));
        if (!shown.updatedAt().equals(shown.createdAt())) {
            marks.append('\n').append(Messages.get("details.updated", STAMP.format(shown.updatedAt()),
                    shown.updatedBy() == null ? Messages.get("details.bySalonDesk") : shown.updatedBy()));
        }
        if (shown.cancelReason() != null) {
            marks.append('\n').append(Messages.get("details.cancelReasonShown", shown.cancelReason()));
        }
        history.setText(marks.toString());
    }

    private void showActions() {
        actions.getChildren().clear();
        for (BookingStatus next : viewModel.actions()) {
            Button button = new Button(Messages.get("details.to." + next.name()));
            button.setId("details-to-" + next.name().toLowerCase());
            button.setOnAction(event -> viewModel.changeStatus(next));
            actions.getChildren().add(button);
        }
    }

    private void copyPhone() {
        BookingDetails shown = viewModel.detailsProperty().get();
        if (shown != null && shown.clientPhone() != null) {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(shown.clientPhone());
            Clipboard.getSystemClipboard().setContent(clip);
        }
    }
}
