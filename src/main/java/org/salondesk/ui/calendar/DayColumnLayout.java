package org.salondesk.ui.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.calendarfx.model.Entry;
import com.calendarfx.model.Resource;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.EntryViewBase;
import com.calendarfx.view.ResourcesView;
import com.calendarfx.view.TimeScaleView;
import com.calendarfx.view.WeekDayView;
import com.calendarfx.view.WeekView;

import impl.com.calendarfx.view.DayViewSkin;
import impl.com.calendarfx.view.WeekDayViewSkin;

import javafx.scene.Node;
import javafx.scene.control.Skin;
import javafx.scene.shape.Line;
import javafx.util.Callback;

import org.salondesk.i18n.Messages;

/**
 * The masters' day columns, laying out their cards with {@link EntryPlacement} instead of CalendarFX's own placement:
 * CalendarFX gives a card at least its title's height but places cards by their times only, so a short booking's
 * card is drawn under the next booking's. Here every card is at least {@link EntryViewBase#minHeight one line} tall
 * and cards that would cover each other sit side by side, with a gap between neighbours.
 */
final class DayColumnLayout {

    /** Pixels between two cards, above and below as well as side by side. */
    static final double GAP = 2;

    private DayColumnLayout() {
    }

    /** A master's column in the day layout. */
    static final class Day extends DayView {
        @Override
        protected Skin<?> createDefaultSkin() {
            return new DayViewSkin<>(this) {
                {
                    dropLineNodes(getChildren());
                }

                @Override
                protected void layoutBaseEntryViews(List<DayEntryView> entryViews, DayView dayView, double contentX,
                                                    double contentY, double contentWidth, double contentHeight) {
                    placeCards(entryViews, dayView, contentX, contentWidth);
                }
            };
        }
    }

    /** A day of a master's column in the week layout. */
    static final class WeekDay extends WeekDayView {
        @Override
        protected Skin<?> createDefaultSkin() {
            return new WeekDayViewSkin(this) {
                {
                    dropLineNodes(getChildren());
                }

                @Override
                protected void layoutBaseEntryViews(List<DayEntryView> entryViews, DayView dayView, double contentX,
                                                    double contentY, double contentWidth, double contentHeight) {
                    placeCards(entryViews, dayView, contentX, contentWidth);
                }
            };
        }
    }

    /**
     * Makes {@code view}'s columns ours: each a {@link Day} (a {@link WeekDay} in a week) drawing its entries as
     * {@code cards}, handed to {@code mark} with its resource; and its time scale writes times as every other screen
     * does (CalendarFX would write "2 PM" in English).
     */
    static <R extends Resource<?>> void install(ResourcesView<R> view, Callback<Entry<?>, DayEntryView> cards,
                                                BiConsumer<R, DateControl> mark) {
        view.setWeekViewFactory(resource -> {
            WeekView column = new WeekView(view.getNumberOfDays());
            mark.accept(resource, column);
            column.setWeekDayViewFactory(parameter -> {
                WeekDay day = new WeekDay();
                day.setEntryViewFactory(cards);
                return day;
            });
            return column;
        });
        view.setDayViewFactory(resource -> {
            DayView column = new Day();
            column.setEntryViewFactory(cards);
            mark.accept(resource, column);
            return column;
        });
        view.skinProperty().addListener((obs, old, skin) -> view.lookupAll(".time-scale").forEach(node -> {
            if (node instanceof TimeScaleView scale) {
                scale.setTimeFormatter(Messages.timeFormatter());
            }
        }));
    }

    /**
     * Takes CalendarFX's hour and half-hour lines (47 nodes a column, each styled with the calendar's first layout)
     * out of a column: the column draws its grid on the canvas it has anyway ({@link DayViewBase.GridType#CUSTOM}).
     */
    private static void dropLineNodes(List<Node> children) {
        children.removeIf(child -> child instanceof Line line && (line.getStyleClass().contains("half-hour-line")
                || line.getStyleClass().contains("full-hour-line")));
    }

    static void placeCards(List<DayEntryView> entryViews, DayView dayView, double contentX, double contentWidth) {
        List<DayEntryView> shown = entryViews.stream().filter(Node::isVisible).toList();
        List<EntryPlacement.Card> cards = new ArrayList<>();
        for (DayEntryView view : shown) {
            Entry<?> entry = view.getEntry();
            double top = dayView.getLocation(entry.getStartAsZonedDateTime());
            double end = dayView.getLocation(entry.getEndAsZonedDateTime());
            cards.add(new EntryPlacement.Card(top, Math.max(end, top + view.minHeight(-1) + GAP)));
            view.getProperties().put("startDate", entry.getStartDate());
            view.getProperties().put("endDate", entry.getEndDate());
            view.getProperties().put("startTime", entry.getStartTime());
            view.getProperties().put("endTime", entry.getEndTime());
        }
        List<EntryPlacement.Slot> slots = EntryPlacement.place(cards);
        for (int i = 0; i < shown.size(); i++) {
            EntryPlacement.Card card = cards.get(i);
            EntryPlacement.Slot slot = slots.get(i);
            double columnWidth = contentWidth / slot.columns();
            double x = contentX + slot.column() * columnWidth;
            double width = slot.column() == slot.columns() - 1 ? columnWidth : columnWidth - GAP;
            shown.get(i).resizeRelocate(dayView.snapPositionX(x), dayView.snapPositionY(card.top()),
                    dayView.snapSizeX(width), dayView.snapSizeY(card.bottom() - card.top() - GAP));
        }
    }
}
