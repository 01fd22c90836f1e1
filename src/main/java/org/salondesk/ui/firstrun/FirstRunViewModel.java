package org.salondesk.ui.firstrun;

import java.time.Clock;
import java.time.LocalTime;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.catalog.BranchService;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.BranchFormRules;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.ZoneChoices;

/**
 * The first start on an empty database: a short form that makes the salon's first branch (name, address, time zone,
 * slot interval, opening hours); then the desk opens on it. Everything here stays editable in Settings.
 */
public final class FirstRunViewModel {

    private final BranchService branches;
    private final BackgroundExecutor background;
    private final Runnable onReady;

    private final NumberText numbers = NumberText.desk();
    private final FormField name = FormField.required("field.name", BranchSettingsForm.NAME);
    private final FormField address = FormField.optional(BranchSettingsForm.ADDRESS);
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final ObservableList<Choice<String>> zones = FXCollections.observableArrayList();
    private final FormField slotInterval = FormField.number(BranchSettingsForm.SLOT_INTERVAL, false);
    private final ObjectProperty<LocalTime> opens = new SimpleObjectProperty<>(this, "opens", LocalTime.of(9, 0));
    private final ObjectProperty<LocalTime> closes = new SimpleObjectProperty<>(this, "closes", LocalTime.of(21, 0));
    private final FormFields fields = new FormFields(name, address, slotInterval);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    private final StringBinding zoneProblem = BranchFormRules.zoneProblem(timeZone);
    private final StringBinding hoursProblem = BranchFormRules.hoursProblem(opens, closes);
    private final BooleanBinding valid = fields.valid().and(zoneProblem.isEmpty()).and(hoursProblem.isEmpty());
    private final BooleanBinding marked = fields.marked().or(zoneProblem.isNotEmpty()).or(hoursProblem.isNotEmpty());

    /** {@code onReady} runs once the branch exists (made here, or by another desk meanwhile). */
    public FirstRunViewModel(BranchService branches, BackgroundExecutor background, Clock clock, Runnable onReady) {
        this.branches = branches;
        this.background = background;
        this.onReady = onReady;
        zones.setAll(ZoneChoices.all(clock));
        timeZone.set(clock.getZone().getId());
        slotInterval.show(numbers.format(BranchSettingsForm.DEFAULT_SLOT_INTERVAL_MINUTES));
    }

    /** Makes the branch from the form; a problem is marked where it is and nothing is written. */
    public void create() {
        if (busy.get() || !fields.showProblems() || !valid.get()) {
            return;
        }
        BranchSettingsForm form = new BranchSettingsForm(name.text(), address.text(),
                ZoneChoices.parse(timeZone.get()), numbers.parse(slotInterval.text()).intValueExact(), 0,
                BranchSettingsForm.DEFAULT_BOOKING_DAYS_AHEAD, opens.get(), closes.get());
        busy.set(true);
        background.run(() -> branches.createFirstBranch(form), id -> {
            busy.set(false);
            error.set("");
            onReady.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof SalonDeskException refusal && refusal.code() == ErrorCode.ILLEGAL_STATE
                    && "error.branch.alreadySetUp".equals(refusal.messageKey())) {
                // Another desk set the database up meanwhile: its salon opens here too.
                error.set(Messages.get("firstRun.taken", refusal.arguments()[0]));
                onReady.run();
            } else {
                error.set(ErrorText.of(failure));
            }
        });
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty addressProperty() {
        return address.textProperty();
    }

    /** The branch's time zone as its id ("Europe/Moscow"); this PC's to begin with. */
    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    /** The time zones to pick from: this PC's first, then all others by name. */
    public ObservableList<Choice<String>> zones() {
        return zones;
    }

    public StringProperty slotIntervalProperty() {
        return slotInterval.textProperty();
    }

    /** When the branch opens: new masters get these hours. */
    public ObjectProperty<LocalTime> opensProperty() {
        return opens;
    }

    public ObjectProperty<LocalTime> closesProperty() {
        return closes;
    }

    public FormField name() {
        return name;
    }

    public FormField address() {
        return address;
    }

    public FormField slotInterval() {
        return slotInterval;
    }

    public StringBinding zoneProblem() {
        return zoneProblem;
    }

    public StringBinding hoursProblem() {
        return hoursProblem;
    }

    /** Everything typed can be saved. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** A problem is marked on screen: Create is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return marked;
    }

    /** The branch is being made. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the branch was not made, in words; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
