package org.salondesk.ui.dayclose;

import java.io.File;
import java.time.LocalDate;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.salondesk.booking.CompanyInfo;
import org.salondesk.checkout.CashDay;
import org.salondesk.checkout.PaymentRow;
import org.salondesk.i18n.Messages;
import org.salondesk.i18n.MoneyText;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.FormGrid;
import org.salondesk.ui.common.NoticeBar;
import org.salondesk.ui.common.TextColumns;

/**
 * The day's close screen: the drawer's figures and the cash moved on the left, the opening cash, cash to put in or
 * take out, and the count with its difference on the right. It lays out and binds; {@link DayCloseViewModel} decides.
 */
public final class DayCloseView extends BorderPane {

    private final DayCloseViewModel viewModel;

    public DayCloseView(DayCloseViewModel viewModel) {
        this.viewModel = viewModel;
        setId("dayclose");
        setTop(toolbar());
        HBox panels = new HBox(16, figures(), forms());
        panels.setPadding(new Insets(12));
        panels.getChildren().forEach(panel -> HBox.setHgrow(panel, Priority.ALWAYS));
        setCenter(panels);
        setBottom(new NoticeBar(viewModel.notices(), new ErrorBanner("dayclose-error", viewModel.errorProperty())));
    }

    private Node toolbar() {
        ComboBox<CompanyInfo> branch = new ComboBox<>(viewModel.branches());
        branch.setId("dayclose-branch");
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());
        branch.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompanyInfo info) {
                return info == null ? "" : info.name();
            }

            @Override
            public CompanyInfo fromString(String text) {
                return null;
            }
        });
        DatePicker date = new DatePicker();
        date.setId("dayclose-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        Button print = button("dayclose-print", "dayClose.print", viewModel::print);
        Button save = button("dayclose-pdf", "dayClose.savePdf", this::savePdf);
        Label status = new Label();
        status.setId("dayclose-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox bar = new HBox(8, new Label(Messages.get("dayClose.branch")), branch, date, print, save, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        return bar;
    }

    private Node figures() {
        TableView<DayCloseViewModel.FigureLine> figures = new TableView<>(viewModel.figures());
        figures.setId("dayclose-figures");
        figures.getColumns().add(TextColumns.of("dayClose.sheet.figure", 220, DayCloseViewModel.FigureLine::label));
        figures.getColumns().add(figure(TextColumns.of("dayClose.sheet.amount", 130,
                DayCloseViewModel.FigureLine::amount)));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        figures.setFixedCellSize(24);
        // As tall as its lines: every figure in sight, no scroll bar.
        javafx.beans.binding.NumberBinding tall = javafx.beans.binding.Bindings.size(viewModel.figures())
                .multiply(24).add(32);
        figures.prefHeightProperty().bind(tall);
        figures.minHeightProperty().bind(tall);
        TableView<CashDay.CashMovement> moves = new TableView<>(viewModel.movements());
        moves.setId("dayclose-movements");
        moves.setPlaceholder(new Label(Messages.get("dayClose.noMovements")));
        moves.getColumns().add(figure(TextColumns.of("dayClose.sheet.amount", 110,
                move -> MoneyText.of(move.amount()))));
        moves.getColumns().add(TextColumns.wrapping("dayClose.move.reason", 220, CashDay.CashMovement::reason));
        moves.getColumns().add(TextColumns.of("dayClose.sheet.by", 120, move -> move.by() == null ? "" : move.by()));
        moves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(8, title("dayClose.figures"), figures, title("dayClose.movements"), moves);
        VBox.setVgrow(moves, Priority.ALWAYS);
        box.setMinWidth(380);
        return box;
    }

    private Node forms() {
        TextField opening = field("dayclose-opening", viewModel.openingProperty());
        Button saveOpening = button("dayclose-opening-save", "dayClose.saveOpening", viewModel::saveOpening);
        ToggleGroup direction = new ToggleGroup();
        RadioButton out = new RadioButton(Messages.get("dayClose.move.out"));
        out.setId("dayclose-move-out");
        RadioButton in = new RadioButton(Messages.get("dayClose.move.in"));
        in.setId("dayclose-move-in");
        out.setToggleGroup(direction);
        in.setToggleGroup(direction);
        out.setSelected(viewModel.takeOutProperty().get());
        in.setSelected(!viewModel.takeOutProperty().get());
        out.selectedProperty().addListener((obs, old, now) -> viewModel.takeOutProperty().set(now));
        TextField moveAmount = field("dayclose-move-amount", viewModel.moveAmountProperty());
        TextField moveReason = field("dayclose-move-reason", viewModel.moveReasonProperty());
        Button move = button("dayclose-move", "dayClose.move", viewModel::moveCash);
        moveReason.setOnAction(event -> viewModel.moveCash());
        TextField counted = field("dayclose-counted", viewModel.countedProperty());
        TextField note = field("dayclose-note", viewModel.noteProperty());
        Label difference = new Label();
        difference.setId("dayclose-difference");
        difference.textProperty().bind(viewModel.differenceProperty());
        Button close = button("dayclose-close", "dayClose.close", viewModel::closeDay);
        close.setDefaultButton(false);
        note.setOnAction(event -> viewModel.closeDay());
        counted.setOnAction(event -> viewModel.closeDay());
        // Opened to count: the keyboard starts in the counted cash, Tab goes to the note, Enter closes.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(counted::requestFocus);
            }
        });
        for (Node editable : new Node[]{opening, saveOpening, out, in, moveAmount, moveReason, move, counted, note,
                close}) {
            editable.disableProperty().bind(viewModel.closed());
        }
        FormGrid openingForm = new FormGrid().row(Messages.get("dayClose.opening"), new HBox(8, opening, saveOpening));
        FormGrid moveForm = new FormGrid().row("", new HBox(12, out, in))
                .row(Messages.get("dayClose.move.amount"), moveAmount)
                .row(Messages.get("dayClose.move.reason"), moveReason).row("", move);
        FormGrid countForm = new FormGrid().row(Messages.get("dayClose.counted"), counted).row("", difference)
                .row(Messages.get("dayClose.note"), note).row("", close);
        VBox box = new VBox(10, title("dayClose.openingTitle"), openingForm, title("dayClose.moveTitle"), moveForm,
                title("dayClose.countTitle"), countForm, title("dayClose.refundTitle"), refunds());
        box.setMinWidth(340);
        return box;
    }

    /** The day's payments; one chosen is refunded (by an admin) with an amount and a reason. */
    private Node refunds() {
        DayPaymentsViewModel payments = viewModel.payments();
        TableView<PaymentRow> table = new TableView<>(payments.rows());
        table.setId("dayclose-payments");
        table.setPrefHeight(140);
        table.setPlaceholder(new Label(Messages.get("dayClose.noPayments")));
        table.getColumns().add(TextColumns.of("dayClose.sheet.time", 70, payments::time));
        table.getColumns().add(TextColumns.of("dayClose.refund.method", 90,
                row -> Messages.get("dayClose.taken." + row.method().name())));
        table.getColumns().add(figure(TextColumns.of("dayClose.sheet.amount", 100, row -> MoneyText.of(row.amount()))));
        table.getColumns().add(TextColumns.wrapping("dayClose.move.reason", 160,
                row -> row.reason() == null ? "" : row.reason()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        payments.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        TextField amount = field("dayclose-refund-amount", payments.amountProperty());
        TextField reason = field("dayclose-refund-reason", payments.reasonProperty());
        Button refund = button("dayclose-refund", "dayClose.refund", payments::refund);
        FormGrid form = new FormGrid().row(Messages.get("dayClose.refund.amount"), amount)
                .row(Messages.get("dayClose.move.reason"), reason).row("", refund);
        return new VBox(6, table, form);
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dayClose.savePdf"));
        LocalDate day = viewModel.dateProperty().get();
        chooser.setInitialFileName("day-close-" + day + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.savePdf(file.toPath());
        }
    }

    /** Amounts line up on the right, as on paper. */
    private static <R> TableColumn<R, String> figure(TableColumn<R, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static Label title(String key) {
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
