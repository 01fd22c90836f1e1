package org.salondesk.ui.waitlist;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDialogView;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.common.BoundFields;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.TextColumns;
import org.salondesk.ui.common.TimeFields;

/** The Waiting list screen: "Add to waiting list" on top, the entries with the time found for them, Book and Cancel. */
public final class WaitingListView extends BorderPane {

    private final WaitingListViewModel viewModel;

    public WaitingListView(WaitingListViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("waitlist-screen");
        setTop(createForm(viewModel.form()));
        setCenter(createTable());
        setBottom(new ErrorBanner("waitlist-error", viewModel.errorProperty()));
    }

    private TitledPane createForm(WaitlistAddForm form) {
        ComboBox<ServiceInfo> service = BoundFields.combo("waitlist-service", form.services(), form.serviceProperty());
        service.setConverter(named(ServiceInfo::title));
        Button keep = new Button(Messages.get("waitlist.keepService"));
        keep.setId("waitlist-keep-service");
        keep.disableProperty().bind(form.serviceProperty().isNull());
        keep.setOnAction(event -> form.keepService());
        Label kept = new Label();
        kept.setId("waitlist-kept");
        kept.textProperty().bind(form.keptText());
        Button clearKept = new Button("×");
        clearKept.setId("waitlist-clear-kept");
        clearKept.visibleProperty().bind(Bindings.isNotEmpty(form.kept()));
        clearKept.managedProperty().bind(clearKept.visibleProperty());
        clearKept.setOnAction(event -> form.clearKept());
        ComboBox<EmployeeInfo> master = BoundFields.combo("waitlist-master", form.masters(), form.masterProperty());
        master.setConverter(named(EmployeeInfo::name));
        master.setPromptText(Messages.get("waitlist.anyMaster"));
        Button any = new Button(Messages.get("waitlist.anyMaster"));
        any.setId("waitlist-any-master");
        any.setOnAction(event -> form.masterProperty().set(null));
        DatePicker from = new DatePicker();
        from.setId("waitlist-date-from");
        from.valueProperty().bindBidirectional(form.dateFromProperty());
        DatePicker to = new DatePicker();
        to.setId("waitlist-date-to");
        to.valueProperty().bindBidirectional(form.dateToProperty());
        Button add = new Button(Messages.get("waitlist.add"));
        add.setId("waitlist-add");
        add.disableProperty().bind(form.busyProperty());
        add.setOnAction(event -> form.add());
        FlowPane fields = new FlowPane(8, 6,
                BoundFields.labelled("waitlist.phone", BoundFields.text("waitlist-phone", form.phoneProperty())),
                BoundFields.labelled("waitlist.service", new HBox(4, kept, clearKept, service, keep)),
                BoundFields.labelled("waitlist.master", new HBox(4, master, any)),
                BoundFields.labelled("waitlist.from", from), BoundFields.labelled("waitlist.to", to),
                BoundFields.labelled("waitlist.timeFrom", TimeFields.of("waitlist-time-from", form.timeFromProperty())),
                BoundFields.labelled("waitlist.timeTo", TimeFields.of("waitlist-time-to", form.timeToProperty())),
                BoundFields.labelled("waitlist.note", BoundFields.text("waitlist-note", form.noteProperty())), add);
        VBox box = new VBox(6, fields, new ErrorBanner("waitlist-form-error", form.errorProperty()));
        box.setPadding(new Insets(8));
        TitledPane pane = new TitledPane(Messages.get("waitlist.add"), box);
        pane.setId("waitlist-form");
        return pane;
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private VBox createTable() {
        TableView<WaitlistRow> table = new TableView<>(viewModel.rows());
        table.setId("waitlist-table");
        table.setPlaceholder(new Label(Messages.get("waitlist.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of("waitlist.column.client", 170, row -> row.entry().clientName()));
        table.getColumns().add(TextColumns.of("waitlist.column.services", 150, row -> row.entry().services()));
        table.getColumns().add(TextColumns.of("waitlist.column.master", 110, WaitlistRow::master));
        table.getColumns().add(TextColumns.of("waitlist.column.wanted", 220, WaitlistRow::wanted));
        table.getColumns().add(TextColumns.of("waitlist.column.status", 100, row -> row.entry().status().text()));
        table.getColumns().add(TextColumns.of("waitlist.column.offered", 260, WaitlistRow::offered));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        Button book = new Button(Messages.get("waitlist.book"));
        book.setId("waitlist-book");
        book.disableProperty().bind(viewModel.selectedProperty().map(WaitlistRow::matched).orElse(false).map(m -> !m));
        book.setOnAction(event -> book());
        Button cancel = new Button(Messages.get("waitlist.cancel"));
        cancel.setId("waitlist-cancel");
        cancel.disableProperty().bind(viewModel.selectedProperty().isNull());
        cancel.setOnAction(event -> viewModel.cancel(viewModel.selectedProperty().get()));
        HBox buttons = new HBox(8, book, cancel);
        VBox box = new VBox(6, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    // The booking dialog, filled in for the entry's first free start; the booking made closes the entry.
    private void book() {
        WaitlistRow row = viewModel.selectedProperty().get();
        BookingDialogViewModel dialog = viewModel.book(row);
        if (dialog == null || getScene() == null) {
            return;
        }
        BookingDialogView view = new BookingDialogView(dialog, getScene().getWindow());
        view.resultProperty().addListener((obs, old, info) -> {
            if (info != null) {
                viewModel.booked(row, info);
            }
        });
        dialog.open();
        view.show();
    }
}
