package org.salondesk.ui.calendar;

import java.time.LocalTime;

import com.calendarfx.model.Resource;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.ResourcesView;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.Converters;

/**
 * The calendar screen: a toolbar (branch, today, previous, next, date, day or week) over a CalendarFX
 * {@link ResourcesView} with a column per master. It only lays out and binds; {@link CalendarViewModel} decides.
 */
public final class CalendarView extends BorderPane {

    private final CalendarViewModel viewModel;
    private final ResourcesView<Resource<EmployeeInfo>> resources = new ResourcesView<>();
    private final CalendarEntries entries = new CalendarEntries();

    public CalendarView(CalendarViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("calendar-screen");
        getStylesheets().add(CalendarView.class.getResource("/org/salondesk/ui/calendar/calendar.css").toExternalForm());
        createView();
        initListeners();
    }

    private void createView() {
        setTop(new VBox(createToolbar(), createErrorLabel()));
        resources.setId("calendar-resources");
        resources.setShowAllDayView(true);
        // The ViewModel decides which dates are shown (a week starts on Monday, as in Russia).
        resources.setAdjustToFirstDayOfWeek(false);
        resources.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        resources.setStartTime(LocalTime.of(8, 0));
        resources.setEndTime(LocalTime.of(22, 0));
        resources.setAvailabilityFill(Color.rgb(60, 60, 80, 0.13));
        resources.setResourceHeaderFactory(this::masterHeader);
        resources.setShowDetailsUponEntryCreation(false);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("calendar-loading");
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        StackPane.setAlignment(progress, Pos.TOP_RIGHT);
        StackPane.setMargin(progress, new Insets(8));
        setCenter(new StackPane(resources, progress));
    }

    private ToolBar createToolbar() {
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
        ToggleButton day = new ToggleButton(Messages.get("calendar.day"));
        day.setId("calendar-mode-day");
        day.setUserData(CalendarMode.DAY);
        ToggleButton week = new ToggleButton(Messages.get("calendar.week"));
        week.setId("calendar-mode-week");
        week.setUserData(CalendarMode.WEEK);
        layout.getToggles().addAll(day, week);
        layout.selectToggle(viewModel.modeProperty().get() == CalendarMode.WEEK ? week : day);
        layout.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                layout.selectToggle(old);
            } else {
                viewModel.modeProperty().set((CalendarMode) selected.getUserData());
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> layout.selectToggle(mode == CalendarMode.WEEK ? week : day));

        ComboBox<EmployeeInfo> master = new ComboBox<>(viewModel.masters());
        master.setId("calendar-week-master");
        master.setConverter(Converters.of(EmployeeInfo::name));
        master.valueProperty().bindBidirectional(viewModel.weekMasterProperty());
        master.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.WEEK));
        master.managedProperty().bind(master.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(branch, today, previous, next, date, day, week, master, spacer);
    }

    private Node createErrorLabel() {
        Label error = new Label();
        error.setId("calendar-error");
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        return error;
    }

    private Node masterHeader(Resource<EmployeeInfo> resource) {
        EmployeeInfo master = resource.getUserObject();
        Label name = new Label(master.name());
        name.getStyleClass().add("master-name");
        Label title = new Label(master.jobTitle() == null ? "" : master.jobTitle());
        title.getStyleClass().add("master-title");
        VBox header = new VBox(name, title);
        header.setId("master-" + master.id());
        header.getStyleClass().add("master-header");
        header.setAlignment(Pos.CENTER);
        header.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.showWeekOf(master);
            }
        });
        return header;
    }

    private void initListeners() {
        viewModel.snapshotProperty().addListener((obs, old, snapshot) -> {
            if (snapshot != null) {
                entries.show(resources, snapshot);
            }
        });
    }

    /** The CalendarFX view, for tests and for the screen's keyboard handling. */
    public ResourcesView<Resource<EmployeeInfo>> resourcesView() {
        return resources;
    }
}
