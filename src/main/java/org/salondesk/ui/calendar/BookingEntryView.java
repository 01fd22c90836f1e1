package org.salondesk.ui.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.HoverText;

/**
 * A card in a master's column: a booking (or a break); in a resource column, the stretch a booking takes the
 * resource. Tall enough, it shows the time, then the client and services; too short for that (a 15-minute booking),
 * it shows the start and the client on one line. The tooltip has it all.
 */
final class BookingEntryView extends DayEntryView {

    BookingEntryView(Entry<?> entry) {
        super(entry);
        getStyleClass().add("booking-entry");
        if (entry.getUserObject() instanceof BookingSummary booking) {
            // Made on the first hover: the phone formatting and styling of a day's tooltips would hold up the
            // calendar's first layout.
            HoverText.install(this, () -> describe(booking), Duration.millis(400), Duration.seconds(30));
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CardSkin(this);
    }

    /** Everything about a booking, for the tooltip. */
    static String describe(BookingSummary booking) {
        List<String> lines = new ArrayList<>();
        lines.add(timeRange(booking) + "  " + booking.clientName());
        lines.add(PhoneNumbers.display(booking.clientPhone()));
        lines.add(booking.services());
        if (booking.hasProcessing()) {
            LocalTime from = booking.start().plusMinutes(booking.processingFromMinutes());
            lines.add(Messages.get("calendar.processing", Messages.time(from),
                    Messages.time(from.plusMinutes(booking.processingMinutes()))));
        }
        lines.add(Messages.get("status." + booking.status().name()));
        if (booking.note() != null && !booking.note().isBlank()) {
            lines.add(booking.note().strip());
        }
        return String.join("\n", lines);
    }

    static String timeRange(BookingSummary booking) {
        return Messages.time(booking.start()) + "–" + Messages.time(booking.end());
    }

    /** Lays the card out full or in one line, depending on the height it is given. */
    private static final class CardSkin extends SkinBase<DayEntryView> {

        private final Label time = label();
        private final Label title = label();
        private final Label compact = label();
        /** The processing window, drawn lighter behind the texts; hidden for a booking without one. */
        private final Region band = new Region();

        CardSkin(DayEntryView view) {
            super(view);
            title.setWrapText(true);
            title.setTextOverrun(OverrunStyle.CLIP);
            band.getStyleClass().add("processing-band");
            band.setManaged(false);
            band.setMouseTransparent(true);
            band.setVisible(false);
            getChildren().addAll(band, time, title, compact);
            Entry<?> entry = view.getEntry();
            entry.calendarProperty().addListener(it -> updateStyles());
            entry.intervalProperty().addListener(it -> updateTexts());
            entry.titleProperty().addListener(it -> updateTexts());
            updateStyles();
            updateTexts();
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(view.widthProperty());
            clip.heightProperty().bind(view.heightProperty());
            view.setClip(clip);
        }

        private static Label label() {
            Label label = new Label();
            label.setManaged(false);
            label.setMouseTransparent(true);
            label.setMinSize(0, 0);
            return label;
        }

        // The calendar (one per booking status) gives the card its colours, as CalendarFX's own cards do.
        private void updateStyles() {
            DayEntryView view = getSkinnable();
            Calendar calendar = view.getEntry().getCalendar();
            if (calendar == null) {
                return;
            }
            view.getStyleClass().setAll("default-style-entry", calendar.getStyle() + "-entry", "booking-entry");
            view.getStyleClass().addAll(view.getEntry().getStyleClass());
            time.getStyleClass().setAll("start-time-label", "default-style-entry-time-label",
                    calendar.getStyle() + "-entry-time-label");
            for (Label label : List.of(title, compact)) {
                label.getStyleClass().setAll("title-label", "default-style-entry-title-label",
                        calendar.getStyle() + "-entry-title-label");
            }
            compact.getStyleClass().add("compact-label");
        }

        private void updateTexts() {
            Entry<?> entry = getSkinnable().getEntry();
            if (entry.getUserObject() instanceof BookingSummary booking) {
                time.setText(timeRange(booking));
                compact.setText(Messages.time(booking.start()) + " " + booking.clientName());
            } else if (entry.getUserObject() instanceof ResourceUseSummary use) {
                // A resource column's card: the stretch it takes the resource, not the whole booking.
                time.setText(Messages.time(use.start()) + "–" + Messages.time(use.end()));
                compact.setText(Messages.time(use.start()) + " " + use.clientName());
            } else {
                time.setText(Messages.time(entry.getStartTime()) + "–" + Messages.time(entry.getEndTime()));
                compact.setText(entry.getTitle());
            }
            title.setText(entry.getTitle());
        }

        @Override
        protected void layoutChildren(double x, double y, double width, double height) {
            layoutBand();
            double timeHeight = time.prefHeight(width);
            double lineHeight = compact.prefHeight(-1);
            boolean full = height >= timeHeight + lineHeight;
            time.setVisible(full);
            title.setVisible(full);
            compact.setVisible(!full);
            if (full) {
                time.resizeRelocate(x, y, width, timeHeight);
                title.resizeRelocate(x, y + timeHeight, width, height - timeHeight);
            } else {
                compact.resizeRelocate(x, y + Math.max(0, (height - lineHeight) / 2), width,
                        Math.min(height, lineHeight));
            }
        }

        // The band spans the card's whole width, at the window's share of the card's height (the card is as tall
        // as the booking is long, unless a short card was made one line tall).
        private void layoutBand() {
            DayEntryView view = getSkinnable();
            boolean shown = view.getEntry().getUserObject() instanceof BookingSummary booking
                    && booking.hasProcessing() && booking.durationMinutes() > 0;
            band.setVisible(shown);
            if (shown) {
                BookingSummary booking = (BookingSummary) view.getEntry().getUserObject();
                double perMinute = view.getHeight() / booking.durationMinutes();
                band.resizeRelocate(0, Math.round(perMinute * booking.processingFromMinutes()), view.getWidth(),
                        Math.round(perMinute * booking.processingMinutes()));
            }
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return compact.prefHeight(-1) + top + bottom;
        }
    }
}
