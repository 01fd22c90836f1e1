package org.salondesk.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.ResourcesView;

import impl.com.calendarfx.view.DayViewScrollPane;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.ui.booking.BookingDetailsView;
import org.salondesk.ui.booking.BookingDialogView;
import org.salondesk.ui.booking.BookingDialogViewModel;
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
    static final KeyCombination VISIT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SERIES = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination CHECK_OUT = new KeyCodeCombination(KeyCode.ENTER,
            KeyCombination.SHORTCUT_DOWN);

    private final CalendarViewModel viewModel;
    private final ResourcesView<Resource<EmployeeInfo>> resources = new ResourcesView<>();
    private CalendarCentre centre;
    private final MasterHeaders headers;
    private final CalendarEntries entries = new CalendarEntries();
    private final Label dragGhost = new Label();
    private final EventHandler<KeyEvent> zoomKeys = this::zoomKeys;
    private DayHours currentHours;

    public CalendarView(CalendarViewModel viewModel, DesktopActions desktop, DaySheetViewModel daySheet) {
        this.viewModel = viewModel;
        this.headers = new MasterHeaders(viewModel);
        getStyleClass().add("calendar-screen");
        getStylesheets().add(CalendarView.class.getResource("/org/salondesk/ui/calendar/calendar.css").toExternalForm());
        createView(desktop, daySheet);
        initListeners();
    }

    private void createView(DesktopActions desktop, DaySheetViewModel daySheet) {
        CalendarToolbars bars = new CalendarToolbars(viewModel, this::openWalkIn, this::openVisit, this::openSeries,
                daySheet);
        setTop(new VBox(bars.toolbar(), bars.viewBar()));
        configureResources();
        dragGhost.getStyleClass().add("drag-ghost");
        dragGhost.setVisible(false);
        dragGhost.setMouseTransparent(true);
        dragGhost.setManaged(false);
        Pane overlay = new Pane(dragGhost);
        overlay.setMouseTransparent(true);
        centre = new CalendarCentre(viewModel, resources, overlay);
        setCenter(centre);
        setRight(new BookingDetailsView(viewModel.details(), desktop));
        setBottom(new NoticeBar(viewModel.notices(), createErrorLabel()));
    }

    private void configureResources() {
        resources.setId("calendar-resources");
        resources.setShowAllDayView(true);
        // The ViewModel decides which dates are shown (a week starts on Monday, as in Russia).
        resources.setAdjustToFirstDayOfWeek(false);
        resources.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        // The hour lines are drawn on each column's canvas (DayColumnLayout), not made of nodes.
        resources.setGridType(DayViewBase.GridType.CUSTOM);
        // The whole working day at a glance, without scrolling, until the receptionist zooms in.
        resources.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        showHours(DayHours.USUAL);
        resources.setAvailabilityFill(Color.rgb(60, 60, 80, 0.13));
        resources.setResourceHeaderFactory(headers::header);
        resources.setShowDetailsUponEntryCreation(false);
        // Entries move only through BookingDragger (across masters too); a resize never changes a booking.
        resources.setEntryEditPolicy(parameter -> false);
        resources.setEntryDetailsCallback(parameter -> true);
        resources.setEntryContextMenuCallback(parameter -> {
            if (!(parameter.getEntry().getUserObject() instanceof BookingSummary booking)) {
                return null;
            }
            viewModel.selectedProperty().set(booking);
            return BookingContextMenu.of(booking, viewModel.details(), getScene().getWindow(),
                    viewModel.mayChange(booking));
        });
        // Each master's column knows whose it is, so that clicks and drops find the master under the mouse.
        DayColumnLayout.install(resources, BookingEntryView::new, (resource, column) -> {
            column.getProperties().put(CalendarPointer.MASTER_ID, resource.getUserObject().id());
            headers.markNotMine(column, resource.getUserObject().id());
        });
        FreeTimeGestures.guard(resources);
        new BookingDragger(this, dragGhost, this::masterName, viewModel::mayChange,
                (booking, place) -> viewModel.move(booking, place.masterId(), place.date(), place.time()),
                viewModel::dragRefused);
    }

    private ErrorBanner createErrorLabel() {
        return new ErrorBanner("calendar-error", viewModel.errorProperty());
    }

    private void initListeners() {
        viewModel.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        // The first day may be in place before the screen is built (read ahead at start-up).
        show(viewModel.snapshotProperty().get());
        viewModel.showCancelledProperty().addListener((obs, old, now) -> show(viewModel.snapshotProperty().get()));
        viewModel.hideMastersOffProperty().addListener((obs, old, now) -> show(viewModel.snapshotProperty().get()));
        // Another user signed in: her column first on a master's desk, the usual order at the front desk.
        viewModel.ownMasterProperty().addListener((obs, old, now) -> show(viewModel.snapshotProperty().get()));
        viewModel.zoom().zoomProperty().addListener((obs, old, now) -> showHours(currentHours));
        // On the scene, so that the zoom keys work wherever the focus is while the calendar shows.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, zoomKeys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, zoomKeys);
            }
        });
        resources.addEventFilter(ScrollEvent.SCROLL, zoomWheel(viewModel.zoom()));
        resources.getSelections().addListener((SetChangeListener<Entry<?>>) change -> {
            Entry<?> only = resources.getSelections().size() == 1 ? resources.getSelections().iterator().next() : null;
            viewModel.selectedProperty().set(only != null && only.getUserObject() instanceof BookingSummary booking
                    ? booking : null);
        });
        resources.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clickedFreeTime);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // Ctrl+N, Ctrl+Shift+N, Ctrl+Shift+R, Ctrl+Shift+C and Ctrl+Enter work wherever the focus is in the window, as
        // long as the calendar is part of it.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(WALK_IN);
                old.getAccelerators().remove(CHECK_OUT);
                old.getAccelerators().remove(VISIT);
                old.getAccelerators().remove(SERIES);
                old.getAccelerators().remove(ResourceColumns.SWITCH);
            }
            if (scene != null) {
                scene.getAccelerators().put(WALK_IN, this::openWalkIn);
                scene.getAccelerators().put(CHECK_OUT, this::checkOutSelected);
                scene.getAccelerators().put(VISIT, this::openVisit);
                scene.getAccelerators().put(SERIES, this::openSeries);
                scene.getAccelerators().put(ResourceColumns.SWITCH, viewModel.resourceColumns()::toggle);
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
            centre.monthGrid().show(viewModel.monthDays());
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
        resources.setVisibleHours((int) Math.max(1, Math.round(hours.hours() / viewModel.zoom().zoomProperty().get())));
        // CalendarFX's scroll panes size their columns again by themselves only when the hour height changes.
        relayoutScrollPanes(resources);
    }

    static void relayoutScrollPanes(Parent parent) {
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
            case PLUS, EQUALS, ADD -> viewModel.zoom().zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoom().zoomOut();
            case DIGIT0, NUMPAD0 -> viewModel.zoom().reset();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Ctrl and the mouse wheel zoom the time scale; the wheel alone scrolls it. */
    /** Ctrl (Cmd) and the wheel zoom the time scale of a day view, the masters' or the resources'. */
    static EventHandler<ScrollEvent> zoomWheel(CalendarZoom zoom) {
        return event -> {
            if (!event.isShortcutDown() || event.getDeltaY() == 0) {
                return;
            }
            if (event.getDeltaY() > 0) {
                zoom.zoomIn();
            } else {
                zoom.zoomOut();
            }
            event.consume();
        };
    }

    private void clickedFreeTime(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()
                || CalendarPointer.bookingAt(event.getTarget()).isPresent()) {
            return;
        }
        CalendarPointer.placeAt(this, event.getSceneX(), event.getSceneY(), 0).ifPresent(place ->
                openDialog(viewModel.bookAt(place.masterId(), place.date(), place.time())));
    }

    /** Opens a walk-in for the branch shown (the toolbar button and Ctrl+N). */
    public void openWalkIn() {
        openDialog(viewModel.walkIn());
    }

    /** A visit with several masters on the date shown (Ctrl+Shift+N). */
    public void openVisit() {
        LongerBookingDialogs.visit(viewModel, this);
    }

    /** A repeating visit from the date shown (Ctrl+Shift+R). */
    public void openSeries() {
        LongerBookingDialogs.series(viewModel, this);
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

    /** Ctrl+Enter: the selected booking's checkout, when it may be checked out here. */
    private void checkOutSelected() {
        BookingSummary selected = viewModel.selectedProperty().get();
        if (selected != null && viewModel.mayChange(selected)) {
            viewModel.details().checkOut(selected.id(), selected.status());
        }
    }

    /**
     * Arrows step days (weeks, months), T goes to today, Ctrl+Z undoes the last move; not while typing.
     */
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

    private String masterName(long masterId) {
        return viewModel.masters().stream().filter(master -> master.id() == masterId).map(EmployeeInfo::name)
                .findFirst().orElse("");
    }

    /** The CalendarFX view, for tests. */
    public ResourcesView<Resource<EmployeeInfo>> resourcesView() {
        return resources;
    }
}
