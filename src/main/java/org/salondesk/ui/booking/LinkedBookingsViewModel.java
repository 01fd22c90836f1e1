package org.salondesk.ui.booking;

import java.time.LocalTime;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * What the booking shown belongs to besides itself (decision 0036): a repeating visit, cancelled or moved to another
 * time from the booking's date on, and a visit of several masters, from which the booking can be split off to be moved
 * and cancelled on its own. (Moving or cancelling the booking itself acts on its whole visit, as the calendar does.)
 */
public final class LinkedBookingsViewModel {

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectProperty<BookingDetails> details;
    private final StringProperty cancelReason;
    private final LongConsumer changed;
    private final Consumer<Throwable> fail;
    private final ObjectProperty<LocalTime> seriesTime = new SimpleObjectProperty<>(this, "seriesTime");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");
    private final BooleanBinding inSeries;
    private final BooleanBinding inVisit;

    LinkedBookingsViewModel(BookingService booking, BackgroundExecutor background,
                            ReadOnlyObjectProperty<BookingDetails> details, StringProperty cancelReason,
                            LongPredicate mayChange, LongConsumer changed, Consumer<Throwable> fail) {
        this.booking = booking;
        this.background = background;
        this.details = details;
        this.cancelReason = cancelReason;
        this.changed = changed;
        this.fail = fail;
        inSeries = Bindings.createBooleanBinding(() -> details.get() != null
                && details.get().plan().seriesId() != null && mayChange.test(details.get().masterId()), details);
        inVisit = Bindings.createBooleanBinding(() -> details.get() != null
                && details.get().plan().visitId() != null && mayChange.test(details.get().masterId()), details);
        details.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                seriesTime.set(now.start());
                done.set("");
            }
        });
    }

    /** Cancels the series' visits from the shown one's date on, with the reason typed for cancelling. */
    public void cancelSeriesFromHere() {
        BookingDetails shown = details.get();
        String reason = cancelReason.get();
        background.run(() -> booking.series().cancel(shown.plan().seriesId(), shown.date(), reason),
                count -> finished(shown, Messages.get("details.series.cancelled", count)), fail);
    }

    /** Moves the series' visits from the shown one's date on to {@link #seriesTimeProperty()}, all or none. */
    public void moveSeriesFromHere() {
        BookingDetails shown = details.get();
        LocalTime time = seriesTime.get();
        if (time == null) {
            done.set(Messages.get("details.series.timeMissing"));
            return;
        }
        background.run(() -> booking.series().move(shown.plan().seriesId(), shown.date(), time),
                count -> finished(shown, Messages.get("details.series.moved", count, time)), fail);
    }

    /** Takes the shown booking out of its visit. */
    public void splitFromVisit() {
        BookingDetails shown = details.get();
        background.run(() -> {
            booking.visits().split(shown.id());
            return null;
        }, none -> finished(shown, Messages.get("details.visit.split")), fail);
    }

    private void finished(BookingDetails shown, String message) {
        done.set(message);
        changed.accept(shown.id());
    }

    public BooleanBinding inSeriesBinding() {
        return inSeries;
    }

    public BooleanBinding inVisitBinding() {
        return inVisit;
    }

    public ObjectProperty<LocalTime> seriesTimeProperty() {
        return seriesTime;
    }

    /** What the last action did, in the desk's words (empty before one). */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
