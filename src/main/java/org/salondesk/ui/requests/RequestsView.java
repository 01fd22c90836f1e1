package org.salondesk.ui.requests;

import java.io.File;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.RequestRow;
import org.salondesk.booking.RequestSort;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsView;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ColumnSizing;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.NoticeBar;

/**
 * The requests screen: quick filters (new with its count, today, week, month, by date, all), branch, master, status
 * and search; a sortable table read a page at a time; counts per status; bulk confirm and cancel; CSV export; and the
 * request card of the row opened.
 */
public final class RequestsView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final RequestsViewModel viewModel;
    private final TableView<RequestRow> table = new TableView<>(FXCollections.observableArrayList());
    private final FlowPane counts = new FlowPane(12, 4);
    private final ToggleButton newFilter = new ToggleButton();

    public RequestsView(RequestsViewModel viewModel, DesktopActions desktop) {
        this.viewModel = viewModel;
        getStyleClass().add("requests-screen");
        setTop(new VBox(createFilters(), createCounts()));
        setCenter(createTable());
        setRight(new BookingDetailsView(viewModel.card(), desktop));
        setBottom(new VBox(createPager(), new NoticeBar(viewModel.notices())));
        initListeners();
    }

    private Node createFilters() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (QuickFilter filter : QuickFilter.values()) {
            ToggleButton button = filter == QuickFilter.NEW ? newFilter : new ToggleButton();
            button.setText(Messages.get("requests.quick." + filter.name()));
            button.setId("requests-quick-" + filter.name().toLowerCase());
            button.setUserData(filter);
            button.setToggleGroup(group);
            buttons.add(button);
        }
        newFilter.textProperty().bind(Bindings.createStringBinding(() -> viewModel.newCountProperty().get() == 0
                        ? Messages.get("requests.quick.NEW")
                        : Messages.get("requests.quick.NEW.count", viewModel.newCountProperty().get()),
                viewModel.newCountProperty()));
        newFilter.getStyleClass().add("new-requests");
        selectQuick(group, viewModel.quickProperty().get());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old);
            } else {
                viewModel.quickProperty().set((QuickFilter) toggle.getUserData());
            }
        });
        viewModel.quickProperty().addListener((obs, old, quick) -> selectQuick(group, quick));

        DatePicker date = new DatePicker();
        date.setId("requests-date");
        date.valueProperty().bindBidirectional(viewModel.byDateProperty());
        date.setOnAction(event -> viewModel.quickProperty().set(QuickFilter.BY_DATE));

        ComboBox<Choice<CompanyInfo>> branch = choiceBox("requests-branch", viewModel.branches(),
                CompanyInfo::name, "requests.allBranches", viewModel.branchProperty());
        ComboBox<Choice<EmployeeInfo>> master = choiceBox("requests-master", viewModel.masters(),
                EmployeeInfo::name, "requests.allMasters", viewModel.masterProperty());
        ComboBox<Choice<BookingStatus>> status = choiceBox("requests-status",
                FXCollections.observableArrayList(BookingStatus.values()),
                s -> Messages.get("status." + s.name()), "requests.allStatuses", viewModel.statusProperty());
        status.disableProperty().bind(viewModel.quickProperty().isEqualTo(QuickFilter.NEW));

        TextField search = new TextField();
        search.setId("requests-search");
        search.setPromptText(Messages.get("requests.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button export = new Button(Messages.get("requests.export"));
        export.setId("requests-export");
        export.setOnAction(event -> export());
        ProgressBar exporting = new ProgressBar();
        exporting.setId("requests-export-progress");
        exporting.progressProperty().bind(viewModel.exportProgressProperty());
        exporting.visibleProperty().bind(viewModel.exportProgressProperty().greaterThanOrEqualTo(0));
        exporting.managedProperty().bind(exporting.visibleProperty());
        export.disableProperty().bind(exporting.visibleProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(20, 20);
        loading.visibleProperty().bind(viewModel.loadingProperty());

        HBox quick = new HBox(4);
        quick.getChildren().addAll(buttons.subList(0, QuickFilter.BY_DATE.ordinal()));
        quick.getChildren().addAll(buttons.get(QuickFilter.BY_DATE.ordinal()), date,
                buttons.get(QuickFilter.ALL.ordinal()));
        HBox filters = new HBox(6, branch, master, status, search, loading, exporting, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, quick, filters);
        box.setPadding(new Insets(8));
        box.getStyleClass().add("requests-filters");
        return box;
    }

    private static void selectQuick(ToggleGroup group, QuickFilter quick) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == quick).findFirst()
                .ifPresent(group::selectToggle);
    }

    /** A picker of one value or "all" (null), kept in step with a ViewModel property. */
    private static <T> ComboBox<Choice<T>> choiceBox(String id, ObservableList<T> values, Function<T, String> name,
                                                     String allKey, ObjectProperty<T> property) {
        ObservableList<Choice<T>> choices = FXCollections.observableArrayList();
        ComboBox<Choice<T>> box = new ComboBox<>(choices);
        box.setId(id);
        Runnable select = () -> box.getItems().stream()
                .filter(choice -> Objects.equals(choice.value(), property.get())).findFirst()
                .ifPresentOrElse(box::setValue, () -> box.getSelectionModel().selectFirst());
        Runnable fill = () -> {
            List<Choice<T>> all = new ArrayList<>();
            all.add(Choice.all(Messages.get(allKey)));
            values.forEach(value -> all.add(Choice.of(value, name.apply(value))));
            choices.setAll(all);
            select.run();
        };
        fill.run();
        values.addListener((ListChangeListener<T>) change -> fill.run());
        box.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                property.set(choice.value());
            }
        });
        property.addListener((obs, old, value) -> select.run());
        return box;
    }

    private Node createCounts() {
        counts.setId("requests-counts");
        counts.setPadding(new Insets(0, 8, 6, 8));
        return counts;
    }

    private Node createTable() {
        table.setId("requests-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("requests.empty")));
        NumberFormat money = NumberFormat.getNumberInstance();
        table.getColumns().add(column("requests.column.master", RequestRow::masterName, RequestSort.Column.MASTER));
        table.getColumns().add(column("requests.column.number", row -> Long.toString(row.number()),
                RequestSort.Column.NUMBER));
        table.getColumns().add(column("requests.column.date", row -> DATE.format(row.date()),
                RequestSort.Column.DATE_TIME));
        table.getColumns().add(column("requests.column.time", row -> Messages.time(row.time()), null));
        table.getColumns().add(column("requests.column.services", RequestRow::services, null));
        table.getColumns().add(column("requests.column.client", RequestRow::clientName, RequestSort.Column.CLIENT));
        table.getColumns().add(column("requests.column.phone", row -> PhoneNumbers.display(row.clientPhone()),
                null));
        table.getColumns().add(column("requests.column.status", row -> Messages.get("status." + row.status().name()),
                RequestSort.Column.STATUS));
        table.getColumns().add(column("requests.column.source",
                row -> Messages.get("requests.source." + row.source().name()), RequestSort.Column.SOURCE));
        table.getColumns().add(column("requests.column.total", row -> money.format(row.total()),
                RequestSort.Column.TOTAL));
        // The database sorts (it holds all pages); the table only says which column was clicked.
        table.setSortPolicy(sorted -> {
            if (!table.getSortOrder().isEmpty()) {
                TableColumn<RequestRow, ?> first = table.getSortOrder().get(0);
                if (first.getUserData() instanceof RequestSort.Column sortColumn) {
                    viewModel.sortProperty().set(new RequestSort(sortColumn,
                            first.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            return true;
        });
        ColumnSizing.install(table, viewModel.columns());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RequestRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("row-"));
                if (!empty && item != null) {
                    getStyleClass().add("row-" + item.status().name().toLowerCase());
                    if (viewModel.standsOut(item)) {
                        getStyleClass().add("row-stands-out");
                    }
                }
            }
        });
        // Whether a new request stands out depends on the list it is in.
        viewModel.quickProperty().addListener((obs, old, quick) -> table.refresh());
        viewModel.statusProperty().addListener((obs, old, status) -> table.refresh());

        Button confirm = new Button();
        confirm.setId("requests-confirm-selected");
        confirm.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("requests.confirmSelected",
                viewModel.selection().size()), viewModel.selection()));
        confirm.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        confirm.setOnAction(event -> viewModel.confirmSelected());
        Button cancel = new Button(Messages.get("requests.cancelSelected"));
        cancel.setId("requests-cancel-selected");
        cancel.disableProperty().bind(Bindings.isEmpty(viewModel.selection()));
        cancel.setOnAction(event -> askReason().ifPresent(viewModel::cancelSelected));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(viewModel.errorProperty());
        HBox bulk = new HBox(8, confirm, cancel, error);
        bulk.setPadding(new Insets(6, 8, 6, 8));
        bulk.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(table, bulk);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Optional<String> askReason() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(Messages.get("requests.cancelSelected"));
        dialog.setHeaderText(Messages.get("requests.cancelHeader", viewModel.selection().size()));
        dialog.setContentText(Messages.get("menu.cancelPrompt"));
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }

    private static TableColumn<RequestRow, String> column(String titleKey, Function<RequestRow, String> value,
                                                          RequestSort.Column sortBy) {
        TableColumn<RequestRow, String> column = new TableColumn<>(Messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setUserData(sortBy);
        column.setSortable(sortBy != null);
        column.setId("column-" + titleKey.substring(titleKey.lastIndexOf('.') + 1));
        return column;
    }

    private Node createPager() {
        Button previous = new Button("‹");
        previous.setId("requests-previous");
        previous.disableProperty().bind(viewModel.pageProperty().isEqualTo(0));
        previous.setOnAction(event -> viewModel.pageProperty().set(viewModel.pageProperty().get() - 1));
        Button next = new Button("›");
        next.setId("requests-next");
        next.disableProperty().bind(viewModel.pageProperty().greaterThanOrEqualTo(
                viewModel.pageCountProperty().subtract(1)));
        next.setOnAction(event -> viewModel.pageProperty().set(viewModel.pageProperty().get() + 1));
        Label where = new Label();
        where.setId("requests-page");
        where.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("requests.page",
                        viewModel.pageProperty().get() + 1, viewModel.pageCountProperty().get(),
                        viewModel.totalProperty().get()),
                viewModel.pageProperty(), viewModel.pageCountProperty(), viewModel.totalProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pager = new HBox(8, spacer, previous, where, next);
        pager.setAlignment(Pos.CENTER_RIGHT);
        pager.setPadding(new Insets(4, 8, 4, 8));
        return pager;
    }

    private void initListeners() {
        viewModel.rows().addListener((ListChangeListener<RequestRow>) change -> showRows());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RequestRow>) change ->
                viewModel.selection().setAll(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.open(row);
            }
        });
        viewModel.counts().addListener((MapChangeListener<BookingStatus, Long>) change -> showCounts());
        showRows();
        showCounts();
    }

    // The page read again (after a change here or on another desk) keeps the rows the user had picked, by id.
    private void showRows() {
        Set<Long> picked = viewModel.selection().stream().map(RequestRow::id).collect(Collectors.toSet());
        RequestRow open = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(viewModel.rows());
        int openAt = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            long id = table.getItems().get(i).id();
            if (open != null && id == open.id() && picked.contains(id)) {
                openAt = i;
            } else if (picked.contains(id)) {
                table.getSelectionModel().select(i);
            }
        }
        // The row whose card is open is picked last, so that its card stays the one shown.
        if (openAt >= 0) {
            table.getSelectionModel().select(openAt);
        }
    }

    private void showCounts() {
        counts.getChildren().clear();
        for (Map.Entry<BookingStatus, Long> count : viewModel.counts().entrySet()) {
            Label label = new Label(Messages.get("status." + count.getKey().name()) + ": " + count.getValue());
            label.setId("requests-count-" + count.getKey().name().toLowerCase());
            label.getStyleClass().addAll("status-badge", "status-is-" + count.getKey().name().toLowerCase());
            counts.getChildren().add(label);
        }
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("requests.export"));
        chooser.setInitialFileName(Messages.get("requests.exportFile", LocalDate.now()) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.export(file.toPath());
        }
    }
}
