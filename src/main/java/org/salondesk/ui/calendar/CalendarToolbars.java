package org.salondesk.ui.calendar;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Converters;

/**
 * The calendar's two bars over the columns: the navigation (walk-in, branch, today, previous, next, date, day / week /
 * month, the week's master) and the view bar (the legend, cancelled bookings, masters who are off, the zoom, the day
 * sheet).
 */
final class CalendarToolbars {

    private final CalendarViewModel viewModel;
    private final Runnable openWalkIn;
    private final Runnable openVisit;
    private final Runnable openSeries;
    private final DaySheetViewModel daySheet;

    CalendarToolbars(CalendarViewModel viewModel, Runnable openWalkIn, Runnable openVisit, Runnable openSeries,
                     DaySheetViewModel daySheet) {
        this.viewModel = viewModel;
        this.openWalkIn = openWalkIn;
        this.openVisit = openVisit;
        this.openSeries = openSeries;
        this.daySheet = daySheet;
    }

    ToolBar toolbar() {
        ComboBox<CompanyInfo> branch = new ComboBox<>(viewModel.branches());
        branch.setId("calendar-branch");
        branch.setConverter(Converters.of(CompanyInfo::name));
        branch.valueProperty().bindBidirectional(viewModel.branchProperty());

        Button today = new Button(Messages.get("calendar.today"));
        today.setId("calendar-today");
        today.setOnAction(event -> viewModel.today());
        Button previous = new Button("‹");
        previous.setId("calendar-previous");
        previous.setOnAction(event -> viewModel.previous());
        Button next = new Button("›");
        next.setId("calendar-next");
        next.setOnAction(event -> viewModel.next());

        DatePicker date = new DatePicker();
        date.setId("calendar-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());

        ToggleGroup layout = new ToggleGroup();
        ToggleButton day = modeButton(layout, "calendar.day", CalendarMode.DAY);
        ToggleButton week = modeButton(layout, "calendar.week", CalendarMode.WEEK);
        ToggleButton monthButton = modeButton(layout, "calendar.month", CalendarMode.MONTH);
        selectMode(layout, viewModel.modeProperty().get());
        layout.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                layout.selectToggle(old);
            } else {
                viewModel.modeProperty().set((CalendarMode) selected.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> selectMode(layout, mode));

        ComboBox<EmployeeInfo> master = new ComboBox<>(viewModel.masters());
        master.setId("calendar-week-master");
        master.setConverter(Converters.of(EmployeeInfo::name));
        master.valueProperty().bindBidirectional(viewModel.weekMasterProperty());
        master.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.WEEK));
        master.managedProperty().bind(master.visibleProperty());

        Button walkIn = new Button(Messages.get("calendar.walkIn"));
        walkIn.setId("calendar-walk-in");
        walkIn.getStyleClass().add("accent");
        walkIn.setOnAction(event -> openWalkIn.run());
        // A visit with several masters and a repeating visit: the front desk's longer bookings (decision 0036).
        MenuItem visit = new MenuItem(Messages.get("visit.open"));
        visit.setId("calendar-visit");
        visit.setAccelerator(CalendarView.VISIT);
        visit.setOnAction(event -> openVisit.run());
        MenuItem series = new MenuItem(Messages.get("series.open"));
        series.setId("calendar-series");
        series.setAccelerator(CalendarView.SERIES);
        series.setOnAction(event -> openSeries.run());
        MenuButton more = new MenuButton(Messages.get("calendar.moreBookings"), null, visit, series);
        more.setId("calendar-more-bookings");
        more.setTooltip(new Tooltip(Messages.get("visit.title") + " · " + Messages.get("series.title")));
        // Narrow enough for a 1280-pixel window in Russian with the week's master picker too.
        branch.setMaxWidth(200);
        master.setMaxWidth(200);
        date.setPrefWidth(125);
        ToolBar toolbar = new ToolBar(walkIn, more, branch, today, previous, next, date, day, week, monthButton, master);
        toolbar.setId("calendar-toolbar");
        return toolbar;
    }

    /**
     * The second row: what the colours mean, and how the columns show (cancelled bookings, masters who are off, the
     * zoom). Where the window is too narrow for both, the choices go to a line of their own below the legend.
     */
    Node viewBar() {
        CheckBox cancelled = new CheckBox(Messages.get("calendar.showCancelled"));
        cancelled.setId("calendar-show-cancelled");
        cancelled.selectedProperty().bindBidirectional(viewModel.showCancelledProperty());
        cancelled.disableProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.MONTH));
        CheckBox hideOff = new CheckBox(Messages.get("calendar.hideMastersOff"));
        hideOff.setId("calendar-hide-off");
        hideOff.selectedProperty().bindBidirectional(viewModel.hideMastersOffProperty());
        hideOff.disableProperty().bind(viewModel.modeProperty().isNotEqualTo(CalendarMode.DAY));
        Label scale = new Label(Messages.get("calendar.zoom"));
        Button zoomOut = new Button("−");
        zoomOut.setId("calendar-zoom-out");
        zoomOut.setTooltip(new Tooltip(Messages.get("calendar.zoomOut")));
        zoomOut.setOnAction(event -> viewModel.zoom().zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setId("calendar-zoom-in");
        zoomIn.setTooltip(new Tooltip(Messages.get("calendar.zoomIn")));
        zoomIn.setOnAction(event -> viewModel.zoom().zoomIn());
        BooleanBinding month = viewModel.modeProperty().isEqualTo(CalendarMode.MONTH);
        zoomOut.disableProperty().bind(month.or(Bindings.createBooleanBinding(() -> !viewModel.zoom().canZoomOut(),
                viewModel.zoom().zoomProperty())));
        zoomIn.disableProperty().bind(month.or(Bindings.createBooleanBinding(() -> !viewModel.zoom().canZoomIn(),
                viewModel.zoom().zoomProperty())));
        HBox zoom = new HBox(4, scale, zoomOut, zoomIn);
        zoom.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(16, columnsChoice(), cancelled, hideOff, zoom, new DaySheetMenu(daySheet));
        choices.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(24, 4, new CalendarLegend(), choices);
        bar.setId("calendar-view-bar");
        bar.getStyleClass().add("calendar-view-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * Masters or rooms and equipment as the day's columns (decision 0037); disabled, with the reason in its tooltip,
     * where the branch has no resource (a disabled control shows no tooltip, so the box around it carries it).
     */
    private Node columnsChoice() {
        ResourceColumnsViewModel columns = viewModel.resourceColumns();
        ToggleGroup group = new ToggleGroup();
        ToggleButton masters = new ToggleButton(Messages.get("calendar.columns.masters"));
        masters.setId("calendar-columns-masters");
        masters.setToggleGroup(group);
        ToggleButton resources = new ToggleButton(Messages.get("calendar.columns.resources"));
        resources.setId("calendar-columns-resources");
        resources.setToggleGroup(group);
        group.selectToggle(columns.resourceColumnsProperty().get() ? resources : masters);
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old);
            } else {
                columns.resourceColumnsProperty().set(selected == resources);
            }
        });
        columns.resourceColumnsProperty().addListener((obs, old, now) -> group.selectToggle(now ? resources
                : masters));
        HBox buttons = new HBox(masters, resources);
        buttons.disableProperty().bind(columns.availableProperty().not()
                .or(viewModel.modeProperty().isNotEqualTo(CalendarMode.DAY)));
        HBox choice = new HBox(4, new Label(Messages.get("calendar.columns")), buttons);
        choice.setId("calendar-columns");
        choice.setAlignment(Pos.CENTER_LEFT);
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(Bindings.createStringBinding(columns::hint, columns.availableProperty()));
        Tooltip.install(choice, hint);
        return choice;
    }

    private static ToggleButton modeButton(ToggleGroup group, String textKey, CalendarMode mode) {
        ToggleButton button = new ToggleButton(Messages.get(textKey));
        button.setId("calendar-mode-" + mode.name().toLowerCase());
        button.setUserData(mode);
        button.setToggleGroup(group);
        return button;
    }

    private static void selectMode(ToggleGroup group, CalendarMode mode) {
        group.getToggles().stream().filter(toggle -> toggle.getUserData() == mode).findFirst()
                .ifPresent(group::selectToggle);
    }
}
