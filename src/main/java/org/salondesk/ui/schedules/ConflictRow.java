package org.salondesk.ui.schedules;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.BookingDetails;
import org.salondesk.schedule.BookingConflict;

/** One booking a schedule change would strand, with the admin's choice for it. */
public final class ConflictRow {

    /** What happens to the booking. */
    public enum Choice { KEEP, MOVE, CANCEL }

    private final BookingConflict conflict;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.KEEP);
    private final ObservableList<MoveTarget> moveTargets = FXCollections.observableArrayList();
    private final ObjectProperty<MoveTarget> moveTo = new SimpleObjectProperty<>(this, "moveTo");
    private final StringProperty cancelReason = new SimpleStringProperty(this, "cancelReason", "");
    private final StringBinding cancelReasonProblem = Bindings.createStringBinding(() ->
            BookingDetails.CANCEL_REASON.problem(cancelReason.get()), cancelReason);

    ConflictRow(BookingConflict conflict) {
        this.conflict = conflict;
    }

    public BookingConflict conflict() {
        return conflict;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** Where the booking could move: free starts of eligible masters that day and the next days. */
    public ObservableList<MoveTarget> moveTargets() {
        return moveTargets;
    }

    public ObjectProperty<MoveTarget> moveToProperty() {
        return moveTo;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    /** A reason too long to keep, marked at once. */
    public StringBinding cancelReasonProblem() {
        return cancelReasonProblem;
    }

    /** Whether the choice is complete: a move has a target, a cancel a reason. */
    boolean decided() {
        return switch (choice.get()) {
            case KEEP -> true;
            case MOVE -> moveTo.get() != null;
            case CANCEL -> !cancelReason.get().isBlank() && cancelReasonProblem.get().isEmpty();
        };
    }
}
