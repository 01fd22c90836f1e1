package org.salondesk.ui.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.ResourcesView;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.HoverText;

/**
 * The day layout's resource columns on screen (decision 0037): a CalendarFX {@link ResourcesView} beside the masters'
 * one, shown instead of it while {@link ResourceColumnsViewModel#shownProperty()} holds. Its hours and clock follow
 * the masters' view; its cards are read-only, picking one shows its booking's details, and its right-click menu is a
 * master column's. Ctrl+Shift+C switches between the two wherever the focus is.
 */
final class ResourceColumns {

    static final KeyCombination SWITCH = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CalendarViewModel calendar;
    private final ResourceColumnsViewModel viewModel;
    private final ResourcesView<Resource<CalendarResource>> view = new ResourcesView<>();
    // Columns are kept across reads, as the masters' are, so that CalendarFX keeps its views.
    private final Map<Long, ResourceCalendars> byResource = new HashMap<>();
    private final Map<Long, Label> fullLabels = new HashMap<>();
    // True while the cards are replaced: CalendarFX drops the selection of a removed card, the desk keeps it.
    private boolean filling;

    ResourceColumns(CalendarViewModel calendar, ResourcesView<?> masters) {
        this.calendar = calendar;
        this.viewModel = calendar.resourceColumns();
        configure(masters);
        viewModel.resources().addListener((ListChangeListener<CalendarResource>) change -> show());
        viewModel.dayProperty().addListener((obs, old, now) -> show());
        calendar.showCancelledProperty().addListener((obs, old, now) -> show());
        show();
    }

    ResourcesView<Resource<CalendarResource>> view() {
        return view;
    }

    private void configure(ResourcesView<?> masters) {
        view.setId("calendar-resource-columns");
        view.setMinSize(0, 0);
        view.setShowAllDayView(false);
        view.setAdjustToFirstDayOfWeek(false);
        view.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        view.setGridType(DayViewBase.GridType.CUSTOM);
        view.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        view.startTimeProperty().bind(masters.startTimeProperty());
        view.endTimeProperty().bind(masters.endTimeProperty());
        view.visibleHoursProperty().bind(masters.visibleHoursProperty());
        view.todayProperty().bind(masters.todayProperty());
        view.timeProperty().bind(masters.timeProperty());
        view.visibleHoursProperty().addListener((obs, old, now) -> CalendarView.relayoutScrollPanes(view));
        // The stretches in which every unit is taken.
        view.setAvailabilityFill(Color.rgb(210, 60, 60, 0.2));
        view.setResourceHeaderFactory(this::header);
        view.setShowDetailsUponEntryCreation(false);
        view.setEntryEditPolicy(parameter -> false);
        view.setEntryDetailsCallback(parameter -> true);
        view.setEntryContextMenuCallback(parameter -> {
            BookingSummary booking = parameter.getEntry().getUserObject() instanceof ResourceUseSummary use
                    ? viewModel.bookingOf(use) : null;
            if (booking == null) {
                return null;
            }
            calendar.selectedProperty().set(booking);
            return BookingContextMenu.of(booking, calendar.details(), view.getScene().getWindow(),
                    calendar.mayChange(booking));
        });
        DayColumnLayout.install(view, ResourceColumns::card, (resource, column) -> { });
        FreeTimeGestures.guard(view);
        // Ctrl and the wheel zoom the time scale here too (the masters' view, whose hours these follow, is hidden).
        view.addEventFilter(ScrollEvent.SCROLL, CalendarView.zoomWheel(calendar.zoom()));
        view.getSelections().addListener((SetChangeListener<Entry<?>>) change -> {
            if (filling || !view.isVisible()) {
                return;
            }
            Entry<?> only = view.getSelections().size() == 1 ? view.getSelections().iterator().next() : null;
            viewModel.select(only != null && only.getUserObject() instanceof ResourceUseSummary use ? use : null);
        });
    }

    private static BookingEntryView card(Entry<?> entry) {
        BookingEntryView card = new BookingEntryView(entry);
        if (entry.getUserObject() instanceof ResourceUseSummary use) {
            HoverText.install(card, () -> describe(use), Duration.millis(400), Duration.seconds(30));
        }
        return card;
    }

    private static String describe(ResourceUseSummary use) {
        return String.join("\n", Messages.time(use.start()) + "–" + Messages.time(use.end()) + "  "
                + use.clientName(), use.services(), use.masterName(), Messages.get("status." + use.status().name()));
    }

    private Node header(Resource<CalendarResource> resource) {
        CalendarResource shown = resource.getUserObject();
        Label name = new Label(ResourceColumnsViewModel.header(shown));
        name.getStyleClass().add("master-name");
        Label full = fullLabels.computeIfAbsent(shown.id(), id -> new Label());
        full.getStyleClass().add("resource-full");
        full.setId("resource-full-" + shown.id());
        ResourceColumnsViewModel.ResourceDay day = viewModel.dayProperty().get();
        full.setText(day == null ? "" : ResourceColumnsViewModel.fullText(day, shown));
        VBox header = new VBox(name, full);
        header.setId("resource-" + shown.id());
        header.getStyleClass().addAll("master-header", "resource-header");
        header.setAlignment(Pos.CENTER);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.when(full.textProperty().isEmpty()).then(name.getText())
                .otherwise(name.getText() + "\n" + full.getText()));
        Tooltip.install(header, tooltip);
        return header;
    }

    private void show() {
        List<ResourceCalendars> columns = viewModel.resources().stream()
                .map(shown -> byResource.compute(shown.id(), (id, kept) -> kept != null
                        && kept.resource().getUserObject().equals(shown) ? kept : new ResourceCalendars(shown)))
                .toList();
        List<Resource<CalendarResource>> resources = columns.stream().map(ResourceCalendars::resource).toList();
        if (!view.getResources().equals(resources)) {
            view.getResources().setAll(resources);
        }
        ResourceColumnsViewModel.ResourceDay day = viewModel.dayProperty().get();
        if (day == null) {
            return;
        }
        view.setNumberOfDays(1);
        view.setDate(day.date());
        filling = true;
        try {
            for (ResourceCalendars column : columns) {
                CalendarResource shown = column.resource().getUserObject();
                column.fill(day.date(), viewModel.usesOf(day, shown.id()),
                        ResourceColumnsViewModel.fullSpans(day, shown));
                Label full = fullLabels.get(shown.id());
                if (full != null) {
                    full.setText(ResourceColumnsViewModel.fullText(day, shown));
                }
            }
        } finally {
            filling = false;
        }
    }
}
