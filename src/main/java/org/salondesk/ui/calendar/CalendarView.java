package org.salondesk.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.ResourcesView;
import com.calendarfx.view.TimeScaleView;
import com.calendarfx.view.WeekView;

import impl.com.calendarfx.view.DayViewScrollPane;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.booking.BookingDetailsView;
import org.salondesk.ui.booking.BookingDialogView;
import org.salondesk.ui.booking.BookingDialogViewModel;
import org.salondesk.ui.common.Converters;
import org.salondesk.ui.common.DesktopActions;
import org.salondesk.ui.common.ErrorBanner;
import org.salondesk.ui.common.NoticeBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar screen: a toolbar (branch, today, previous, next, date, day / week / month) over a CalendarFX
 * {@link ResourcesView} with a column per master, the selected booking's details beside it and notices below.
 * It lays out, binds and forwards gestures; {@link CalendarViewModel} decides.
 */
public final class CalendarView extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarView.class);

    /** How often today's column and the line of the current time follow the desk's clock. */
    static final Duration REFRESH_EVERY = Duration.seconds(5);

    private static final KeyCombination WALK_IN = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final CalendarViewModel viewModel;
    private final ResourcesView<Resource<EmployeeInfo>> resources = new ResourcesView<>();
    private final MonthGrid month;
    private final CalendarEntries entries = new CalendarEntries();
    private final Label dragGhost = new Label();
    private final EventHandler<KeyEvent> zoomKeys = this::zoomKeys;
    private DayHours currentHours;

    public CalendarView(CalendarViewModel viewModel, DesktopActions desktop) {
        this.viewModel = viewModel;
        this.month = new MonthGrid(viewModel::showDay);
        getStyleClass().add("calendar-screen");
        getStylesheets().add(CalendarView.class.getResource("/org/salondesk/ui/calendar/calendar.css").toExternalForm());
        createView(desktop);
        initListeners();
    }

    private void createView(DesktopActions desktop) {
        setTop(new VBox(createToolbar(), createViewBar()));
        configureResources();
        dragGhost.getStyleClass().add("drag-ghost");
        dragGhost.setVisible(false);
        dragGhost.setMouseTransparent(true);
        dragGhost.setManaged(false);
        Pane overlay = new Pane(dragGhost);
        overlay.setMouseTransparent(true);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("calendar-loading");
        progress.setMaxSize(40, 40);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.setMouseTransparent(true);
        StackPane.setAlignment(progress, Pos.TOP_RIGHT);
        StackPane.setMargin(progress, new Insets(8, 24, 8, 8));
        month.visibleProperty().bind(viewModel.modeProperty().isEqualTo(CalendarMode.MONTH));
        resources.visibleProperty().bind(month.visibleProperty().not());
        // A hidden layout must not size the screen: the day columns of a month would push the window's edges out.
        month.managedProperty().bind(month.visibleProperty());
        resources.managedProperty().bind(resources.visibleProperty());
        StackPane center = new StackPane(resources, month, overlay, progress);
        // Many masters in a narrow window: their columns get narrow, the toolbar and the panels stay on screen.
        center.setMinSize(0, 0);
        resources.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(center.widthProperty());
        clip.heightProperty().bind(center.heightProperty());
        center.setClip(clip);
        setCenter(center);
        setRight(new BookingDetailsView(viewModel.details(), desktop));
        setBottom(new NoticeBar(viewModel.notices(), createErrorLabel()));
    }

    private void configureResources() {
        resources.setId("calendar-resources");
        resources.setShowAllDayView(true);
        // The ViewModel decides which dates are shown (a week starts on Monday, as in Russia).
        resources.setAdjustToFirstDayOfWeek(false);
        resources.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        // The whole working day at a glance, without scrolling, until the receptionist zooms in.
        resources.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        showHours(DayHours.USUAL);
        resources.setAvailabilityFill(Color.rgb(60, 60, 80, 0.13));
        resources.setResourceHeaderFactory(this::masterHeader);
        resources.setShowDetailsUponEntryCreation(false);
        // Entries move only through BookingDragger (across masters too); a resize never changes a booking.
        resources.setEntryEditPolicy(parameter -> false);
        resources.setEntryDetailsCallback(parameter -> true);
        resources.setEntryContextMenuCallback(parameter -> {
            if (!(parameter.getEntry().getUserObject() instanceof BookingSummary booking)) {
                return null;
            }
            viewModel.selectedProperty().set(booking);
            return BookingContextMenu.of(booking, viewModel.details(), getScene().getWindow());
        });
        // Each master's column knows whose it is, so that clicks and drops find the master under the mouse.
        resources.setWeekViewFactory(resource -> {
            WeekView column = new WeekView(resources.getNumberOfDays());
            column.getProperties().put(CalendarPointer.MASTER_ID, resource.getUserObject().id());
            column.setWeekDayViewFactory(parameter -> {
                DayColumnLayout.WeekDay day = new DayColumnLayout.WeekDay();
                day.setEntryViewFactory(BookingEntryView::new);
                return day;
            });
            return column;
        });
        resources.setDayViewFactory(resource -> {
            DayView column = new DayColumnLayout.Day();
            column.setEntryViewFactory(BookingEntryView::new);
            column.getProperties().put(CalendarPointer.MASTER_ID, resource.getUserObject().id());
            return column;
        });
        // The time scale writes times as every other screen does (CalendarFX would write "2 PM" in English).
        resources.skinProperty().addListener((obs, old, skin) -> resources.lookupAll(".time-scale").forEach(node -> {
            if (node instanceof TimeScaleView scale) {
                scale.setTimeFormatter(Messages.timeFormatter());
            }
        }));
        FreeTimeGestures.guard(resources);
        new BookingDragger(this, dragGhost, this::masterName,
                (booking, place) -> viewModel.move(booking, place.employeeId(), place.date(), place.time()),
                viewModel::dragRefused);
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
        walkIn.setOnAction(event -> openWalkIn());
        // Narrow enough for a 1280-pixel window in Russian with the week's master picker too.
        branch.setMaxWidth(200);
        master.setMaxWidth(200);
        date.setPrefWidth(125);
        ToolBar toolbar = new ToolBar(walkIn, branch, today, previous, next, date, day, week, monthButton, master);
        toolbar.setId("calendar-toolbar");
        return toolbar;
    }

    /**
     * The second row: what the colours mean, and how the columns show (cancelled bookings, masters who are off, the
     * zoom). Where the window is too narrow for both, the choices go to a line of their own below the legend.
     */
    private Node createViewBar() {
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
        zoomOut.setOnAction(event -> viewModel.zoomOut());
        Button zoomIn = new Button("+");
        zoomIn.setId("calendar-zoom-in");
        zoomIn.setTooltip(new Tooltip(Messages.get("calendar.zoomIn")));
        zoomIn.setOnAction(event -> viewModel.zoomIn());
        BooleanBinding month = viewModel.modeProperty().isEqualTo(CalendarMode.MONTH);
        zoomOut.disableProperty().bind(month.or(Bindings.createBooleanBinding(() -> !viewModel.canZoomOut(),
                viewModel.zoomProperty())));
        zoomIn.disableProperty().bind(month.or(Bindings.createBooleanBinding(() -> !viewModel.canZoomIn(),
                viewModel.zoomProperty())));
        HBox zoom = new HBox(4, scale, zoomOut, zoomIn);
        zoom.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(16, cancelled, hideOff, zoom);
        choices.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(24, 4, new CalendarLegend(), choices);
        bar.setId("calendar-view-bar");
        bar.getStyleClass().add("calendar-view-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
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

    private ErrorBanner createErrorLabel() {
        return new ErrorBanner("calendar-error", viewModel.errorProperty());
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
        // Many masters in a narrow window cut their names short: the whole name is one hover away.
        Tooltip.install(header, new Tooltip(master.jobTitle() == null ? master.name()
                : master.name() + "\n" + master.jobTitle()));
        header.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.showWeekOf(master);
            }
        });
        return header;
    }

    private void initListeners() {
        viewModel.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        viewModel.showCancelledProperty().addListener((obs, old, now) -> show(viewModel.snapshotProperty().get()));
        viewModel.hideMastersOffProperty().addListener((obs, old, now) -> show(viewModel.snapshotProperty().get()));
        viewModel.zoomProperty().addListener((obs, old, now) -> showHours(currentHours));
        // On the scene, so that the zoom keys work wherever the focus is while the calendar shows.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, zoomKeys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, zoomKeys);
            }
        });
        resources.addEventFilter(ScrollEvent.SCROLL, this::zoomWheel);
        resources.getSelections().addListener((SetChangeListener<Entry<?>>) change -> {
            Entry<?> only = resources.getSelections().size() == 1 ? resources.getSelections().iterator().next() : null;
            viewModel.selectedProperty().set(only != null && only.getUserObject() instanceof BookingSummary booking
                    ? booking : null);
        });
        resources.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clickedFreeTime);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // Ctrl+N works wherever the focus is in the window, as long as the calendar is part of it.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(WALK_IN);
            }
            if (scene != null) {
                scene.getAccelerators().put(WALK_IN, this::openWalkIn);
            }
        });
        // The bookings follow the changes as they come (CalendarViewModel.changed); the time moves on by itself.
        Timeline refresh = new Timeline(new KeyFrame(REFRESH_EVERY, event -> showNow()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
    }

    // Today's column and the line of the current time follow the desk's clock (CalendarFX would read the PC's once).
    private void showNow() {
        resources.setToday(viewModel.currentDate());
        resources.setTime(viewModel.currentTime());
    }

    private void show(CalendarSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        showNow();
        if (snapshot.mode() == CalendarMode.MONTH) {
            // The masters' columns keep what they showed: six weeks of them would only cost time, hidden.
            month.show(viewModel.monthDays());
            return;
        }
        showHours(viewModel.hoursOf(snapshot));
        entries.show(resources, snapshot, viewModel.shownColumns(snapshot),
                master -> viewModel.shownBookingsOf(snapshot, master));
    }

    // The hours shown, and how many of them fill the column's height at the chosen zoom.
    private void showHours(DayHours hours) {
        currentHours = hours;
        resources.setStartTime(hours.start());
        resources.setEndTime(hours.end());
        resources.setVisibleHours((int) Math.max(1, Math.round(hours.hours() / viewModel.zoomProperty().get())));
        // CalendarFX's scroll panes size their columns again by themselves only when the hour height changes.
        relayoutScrollPanes(resources);
    }

    private static void relayoutScrollPanes(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof DayViewScrollPane pane) {
                pane.requestLayout();
            }
            if (child instanceof Parent inner) {
                relayoutScrollPanes(inner);
            }
        }
    }

    /** Ctrl and + (or =) zooms the time scale in, Ctrl and − out, Ctrl and 0 back to the whole day. */
    private void zoomKeys(KeyEvent event) {
        if (!event.isShortcutDown() || viewModel.modeProperty().get() == CalendarMode.MONTH) {
            return;
        }
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case DIGIT0, NUMPAD0 -> viewModel.resetZoom();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Ctrl and the mouse wheel zoom the time scale; the wheel alone scrolls it. */
    private void zoomWheel(ScrollEvent event) {
        if (!event.isShortcutDown() || event.getDeltaY() == 0) {
            return;
        }
        if (event.getDeltaY() > 0) {
            viewModel.zoomIn();
        } else {
            viewModel.zoomOut();
        }
        event.consume();
    }

    private void clickedFreeTime(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()
                || CalendarPointer.bookingAt(event.getTarget()).isPresent()) {
            return;
        }
        CalendarPointer.placeAt(this, event.getSceneX(), event.getSceneY(), 0).ifPresent(place ->
                openDialog(viewModel.bookAt(place.employeeId(), place.date(), place.time())));
    }

    /** Opens a walk-in for the branch shown (the toolbar button and Ctrl+N). */
    public void openWalkIn() {
        openDialog(viewModel.walkIn());
    }

    private void openDialog(BookingDialogViewModel dialog) {
        if (dialog == null || getScene() == null) {
            return;
        }
        BookingDialogView view = new BookingDialogView(dialog, getScene().getWindow());
        long[] saveClicked = {0};
        view.setOnSaveClicked(() -> saveClicked[0] = System.nanoTime());
        view.resultProperty().addListener((obs, old, info) -> {
            if (info != null) {
                viewModel.booked(info, () -> Platform.runLater(() -> LOG.info(
                        "Booking {} saved and shown in the calendar {} ms after Save", info.number(),
                        (System.nanoTime() - saveClicked[0]) / 1_000_000)));
            }
        });
        dialog.open();
        view.show();
    }

    /** Arrows step days (weeks, months), T goes to today, Ctrl+Z undoes the last move; not while typing. */
    private void keyPressed(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.getTarget() instanceof DatePicker) {
            return;
        }
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            viewModel.notices().undo();
        } else if (event.isShortcutDown() || event.isAltDown()) {
            return;
        } else if (event.getCode() == KeyCode.LEFT) {
            viewModel.previous();
        } else if (event.getCode() == KeyCode.RIGHT) {
            viewModel.next();
        } else if (event.getCode() == KeyCode.T) {
            viewModel.today();
        } else {
            return;
        }
        event.consume();
    }

    private String masterName(long employeeId) {
        return viewModel.masters().stream().filter(master -> master.id() == employeeId).map(EmployeeInfo::name)
                .findFirst().orElse("");
    }

    /** The CalendarFX view, for tests. */
    public ResourcesView<Resource<EmployeeInfo>> resourcesView() {
        return resources;
    }
}
