package org.salondesk.ui.staff;

import java.util.List;
import java.util.Objects;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.access.CurrentStaff;
import org.salondesk.access.StaffRole;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.staff.StaffService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;

/**
 * Who works the desk now, chosen from the active staff users and remembered on this PC; what the desk does is then
 * recorded under her name. When nobody is remembered for this PC and database, the start asks once. (Signing in with
 * a password comes later.)
 */
public final class DeskUserViewModel {

    private final StaffService staff;
    private final CurrentStaff currentStaff;
    private final BackgroundExecutor background;
    private final DeskUserMemory memory;
    private final ObservableList<Choice<Long>> users = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final BooleanBinding needsChoice = chosen.isNull();
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private boolean askWhenRead;
    private Runnable onChanged = () -> { };

    public DeskUserViewModel(StaffService staff, CurrentStaff currentStaff, BackgroundExecutor background,
                             DeskUserMemory memory) {
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.background = background;
        this.memory = memory;
        chosen.addListener((obs, old, choice) -> {
            Long id = choice == null ? null : choice.value();
            if (!Objects.equals(id, currentStaff.id())) {
                currentStaff.set(id);
                memory.remember(id);
                onChanged.run();
            }
        });
    }

    /** Reads the active staff users and picks the one remembered on this PC, if she is still among them. */
    public void start() {
        background.run(() -> staff.list(false), this::show, failure -> users.clear());
    }

    /** As {@link #start()} at the desk's start: when nobody is remembered (or she has left), asks who is here. */
    public void startAsking() {
        askWhenRead = true;
        start();
    }

    private void show(List<StaffRow> active) {
        Long wanted = chosen.get() == null ? memory.recall() : chosen.get().value();
        users.setAll(active.stream().map(row -> Choice.of(row.id(), label(row))).toList());
        chosen.set(users.stream().filter(choice -> choice.value().equals(wanted)).findFirst().orElse(null));
        if (askWhenRead) {
            askWhenRead = false;
            asking.set(chosen.get() == null && !users.isEmpty());
        }
    }

    /** The answer to the question on start: who is at the desk, or null to choose later in the status bar. */
    public void answer(Choice<Long> who) {
        asking.set(false);
        if (who != null) {
            chosen.set(who);
        }
    }

    private static String label(StaffRow row) {
        return row.role() == StaffRole.MASTER ? row.displayName()
                : Messages.get("staff.userLabel", row.displayName(), Messages.get("staff.role." + row.role().name()));
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public ObservableList<Choice<Long>> users() {
        return users;
    }

    public ObjectProperty<Choice<Long>> chosenProperty() {
        return chosen;
    }

    /** Set while the start asks who is at the desk (the View shows the question). */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** Nobody chosen yet: the status bar asks for it. */
    public BooleanBinding needsChoiceProperty() {
        return needsChoice;
    }
}
