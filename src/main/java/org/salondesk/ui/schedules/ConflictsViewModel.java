package org.salondesk.ui.schedules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.availability.AvailabilityService;
import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.BookingQueries;
import org.salondesk.booking.BookingService;
import org.salondesk.schedule.BookingConflict;
import org.salondesk.schedule.ConflictDecision;
import org.salondesk.schedule.ScheduleChange;
import org.salondesk.schedule.ScheduleService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.salondesk.ui.common.ErrorText;

/**
 * The bookings a schedule change would leave outside working time, and a decision for each: keep it there (marked),
 * move it (to a free start of an eligible master, re-checked when applied) or cancel it with a reason. Applying makes
 * the change and the decisions together; giving up writes nothing.
 */
public final class ConflictsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictsViewModel.class);

    /** How many days from the booking's own are searched for a place to move it to. */
    static final int MOVE_SEARCH_DAYS = 7;
    /** Places offered per booking: the earliest ones. */
    static final int MAX_TARGETS = 12;

    private final ScheduleService schedules;
    private final AvailabilityService availability;
    private final BookingQueries queries;
    private final BookingService booking;
    private final BackgroundExecutor background;
    private final ScheduleChange change;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList(
            row -> new Observable[]{row.choiceProperty(), row.moveToProperty(), row.cancelReasonProperty()});
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(this, "applied");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canApply;

    public ConflictsViewModel(ScheduleService schedules, AvailabilityService availability, BookingQueries queries,
                              BookingService booking, BackgroundExecutor background, ScheduleChange change,
                              List<BookingConflict> conflicts) {
        this.schedules = schedules;
        this.availability = availability;
        this.queries = queries;
        this.booking = booking;
        this.background = background;
        this.change = change;
        conflicts.forEach(conflict -> rows.add(new ConflictRow(conflict)));
        canApply = Bindings.createBooleanBinding(() -> !busy.get() && rows.stream().allMatch(ConflictRow::decided),
                rows, busy);
    }

    /** Finds where each booking could go: its services with another master, from its own day on. */
    public void loadMoveTargets() {
        for (ConflictRow row : rows) {
            BookingConflict conflict = row.conflict();
            background.run(() -> targets(conflict), row.moveTargets()::setAll, failure -> LOG.warn(
                    "Could not find where booking {} could move; it can still be kept or cancelled",
                    conflict.bookingId(), failure));
        }
    }

    private List<MoveTarget> targets(BookingConflict conflict) {
        BookingDetails details = queries.details(conflict.bookingId());
        List<Long> services = details.services().stream().map(BookingDetails.Line::serviceId).toList();
        Map<Long, String> names = new HashMap<>();
        booking.getEmployeesForBooking(details.branchId(), null, null, null)
                .forEach(master -> names.put(master.id(), master.name()));
        LocalDate today = availability.today(booking.branchSettings(details.branchId()));
        for (int day = 0; day < MOVE_SEARCH_DAYS; day++) {
            LocalDate date = conflict.date().plusDays(day);
            if (date.isBefore(today)) {
                continue;
            }
            // Her own free time is what the change is taking away, so only other masters are offered.
            List<MoveTarget> targets = availability.offers(details.branchId(), services, date, null, null).stream()
                    .filter(offer -> offer.masterId() != conflict.masterId())
                    .limit(MAX_TARGETS)
                    .map(offer -> new MoveTarget(offer.masterId(), names.getOrDefault(offer.masterId(), ""), date,
                            offer.time()))
                    .toList();
            if (!targets.isEmpty()) {
                return targets;
            }
        }
        return List.of();
    }

    /** Makes the change with every decision, in one transaction. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        Map<Long, ConflictDecision> decisions = new HashMap<>();
        for (ConflictRow row : rows) {
            decisions.put(row.conflict().bookingId(), switch (row.choiceProperty().get()) {
                case KEEP -> new ConflictDecision.Keep();
                case CANCEL -> new ConflictDecision.Cancel(row.cancelReasonProperty().get().strip());
                case MOVE -> new ConflictDecision.Move(row.moveToProperty().get().masterId(),
                        row.moveToProperty().get().date(), row.moveToProperty().get().time());
            });
        }
        busy.set(true);
        background.run(() -> {
            schedules.applyAfterPreview(change, decisions);
            return null;
        }, done -> {
            busy.set(false);
            error.set("");
            applied.set(true);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure));
        });
    }

    /** Every booking, the same choice (the dialog's "keep all" and "cancel all"). */
    public void chooseForAll(ConflictRow.Choice choice, String reason) {
        for (ConflictRow row : rows) {
            row.choiceProperty().set(choice);
            if (choice == ConflictRow.Choice.CANCEL) {
                row.cancelReasonProperty().set(reason == null ? "" : reason);
            }
        }
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ScheduleChange change() {
        return change;
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }

    /** True once the change and the decisions are written. */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
