package org.salondesk.ui.calendar;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.salondesk.availability.BookingStatus;
import org.salondesk.i18n.Messages;

/** What the calendar's colours mean: a swatch per booking status, breaks and days off, and the hours off work. */
final class CalendarLegend extends HBox {

    CalendarLegend() {
        super(12);
        setId("calendar-legend");
        getStyleClass().add("calendar-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (BookingStatus status : List.of(BookingStatus.NEW, BookingStatus.CONFIRMED, BookingStatus.ARRIVED,
                BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.CANCELLED)) {
            String style = "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            getChildren().add(item(style, Messages.get("status." + status.name())));
        }
        getChildren().add(item("schedule-item", Messages.get("calendar.legend.breakDayOff")));
        getChildren().add(item("off-hours", Messages.get("calendar.legend.offHours")));
    }

    private static HBox item(String style, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style + "-swatch");
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(4, swatch, label);
        item.setId("legend-" + style);
        item.getStyleClass().add("legend-item");
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
