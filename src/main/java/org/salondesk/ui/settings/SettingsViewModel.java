package org.salondesk.ui.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.time.LocalTime;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.catalog.BranchPolicies;
import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.BranchService;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.Choices;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.BranchFormRules;
import org.salondesk.ui.common.FormField;
import org.salondesk.ui.common.FormFields;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.UnsavedEdits;
import org.salondesk.ui.common.ZoneChoices;

/**
 * A branch's settings: name, address, time zone, slot interval, minimum lead time, days ahead that can be booked,
 * the default opening hours for new masters, the tasks the desk makes by itself, and when to suggest blocking a
 * client. Numbers are typed as text in the desk's language and checked in place; the time zone is picked from a list,
 * this PC's first. Save writes the whole form in one transaction: all of it or none.
 */
public final class SettingsViewModel implements UnsavedEdits {

    private final BranchService branchService;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Runnable onChanged;
    private final Clock clock;

    private final ObservableList<BranchRow> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchRow> branch = new SimpleObjectProperty<>(this, "branch");
    private final NumberText numbers = NumberText.desk();
    private final FormField name = FormField.required("field.name", BranchSettingsForm.NAME);
    private final FormField address = FormField.optional(BranchSettingsForm.ADDRESS);
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final FormField slotInterval = FormField.number(BranchSettingsForm.SLOT_INTERVAL, false);
    private final FormField leadMinutes = FormField.number(BranchSettingsForm.MIN_LEAD, false);
    private final FormField daysAhead = FormField.number(BranchSettingsForm.DAYS_AHEAD, false);
    private final ObjectProperty<LocalTime> opens = new SimpleObjectProperty<>(this, "opens");
    private final ObjectProperty<LocalTime> closes = new SimpleObjectProperty<>(this, "closes");
    private final BooleanProperty callBackAfterNoShow = new SimpleBooleanProperty(this, "callBack", true);
    private final BooleanProperty confirmDayBefore = new SimpleBooleanProperty(this, "confirm", true);
    private final FormField followUpDays = FormField.number(BranchPolicies.FOLLOW_UP_DAYS, true);
    private final FormField suggestBlockAfter = FormField.number(BranchPolicies.SUGGEST_BLOCK_AFTER, true);
    private final FormFields fields = new FormFields(name, address, slotInterval, leadMinutes, daysAhead,
            followUpDays, suggestBlockAfter);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<Choice<String>> zones = FXCollections.observableArrayList();
    private final EditBaseline asRead = new EditBaseline(name.textProperty(), address.textProperty(), timeZone,
            slotInterval.textProperty(), leadMinutes.textProperty(), daysAhead.textProperty(), opens, closes,
            callBackAfterNoShow, confirmDayBefore, followUpDays.textProperty(), suggestBlockAfter.textProperty());

    private final StringBinding zoneProblem = BranchFormRules.zoneProblem(timeZone);
    private final StringBinding hoursProblem = BranchFormRules.hoursProblem(opens, closes);
    private final BooleanBinding valid = fields.valid().and(zoneProblem.isEmpty()).and(hoursProblem.isEmpty());
    private final BooleanBinding marked = fields.marked().or(zoneProblem.isNotEmpty())
            .or(hoursProblem.isNotEmpty());

    public SettingsViewModel(BranchService branchService, BackgroundExecutor background, NoticeBoard notices,
                             Runnable onChanged, Clock clock) {
        this.branchService = branchService;
        this.background = background;
        this.notices = notices;
        this.onChanged = onChanged;
        this.clock = clock;
        branch.addListener((obs, old, now) -> load());
    }

    /**
     * The screen is opened: the branches are read, and the first time the time zones too (reading the rules of some
     * 600 zones is work the desk's start need not do).
     */
    public void start() {
        boolean zonesWanted = zones.isEmpty();
        background.run(() -> new Opened(branchService.branches(), zonesWanted ? ZoneChoices.all(clock) : List.of()),
                opened -> {
                    if (zonesWanted) {
                        zones.setAll(opened.zones());
                    }
                    Choices.refill(opened.branches(), branches, branch, BranchRow::id, this::load);
                }, this::fail);
    }

    private record Opened(List<BranchRow> branches, List<Choice<String>> zones) {
    }

    private void load() {
        BranchRow shown = branch.get();
        if (shown == null) {
            return;
        }
        long id = shown.id();
        background.run(() -> new Loaded(branchService.branchSettings(id), branchService.policies(id)), loaded -> {
                    BranchSettingsForm form = loaded.form();
                    name.show(form.name());
                    address.show(form.address());
                    timeZone.set(form.timeZone().getId());
                    slotInterval.show(numbers.format(form.slotIntervalMinutes()));
                    leadMinutes.show(numbers.format(form.minLeadMinutes()));
                    daysAhead.show(numbers.format(form.bookingDaysAhead()));
                    opens.set(form.defaultShiftStart());
                    closes.set(form.defaultShiftEnd());
                    callBackAfterNoShow.set(loaded.policies().callBackAfterNoShow());
                    confirmDayBefore.set(loaded.policies().confirmDayBefore());
                    followUpDays.show(text(loaded.policies().followUpAfterDays()));
                    suggestBlockAfter.show(text(loaded.policies().suggestBlockAfterNoShows()));
                    if (zones.stream().noneMatch(zone -> zone.value().equals(form.timeZone().getId()))) {
                        zones.add(0, ZoneChoices.of(form.timeZone(), clock));
                    }
                    asRead.mark();
                    error.set("");
                }, this::fail);
    }

    private record Loaded(BranchSettingsForm form, BranchPolicies policies) {
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the form; {@code then} runs once it is saved. */
    @Override
    public void save(Runnable then) {
        BranchRow shown = branch.get();
        if (shown == null || !fields.showProblems() || !valid.get()) {
            return;
        }
        long id = shown.id();
        BranchSettingsForm form = new BranchSettingsForm(name.text(), address.text(), ZoneChoices.parse(timeZone.get()),
                optionalNumber(slotInterval), optionalNumber(leadMinutes), optionalNumber(daysAhead), opens.get(),
                closes.get());
        BranchPolicies policies = new BranchPolicies(callBackAfterNoShow.get(), confirmDayBefore.get(),
                optionalNumber(followUpDays), optionalNumber(suggestBlockAfter));
        background.run(() -> {
            branchService.saveSettings(id, form, policies);
            return null;
        }, done -> {
            error.set("");
            asRead.mark();
            notices.post(Notice.info(Messages.get("settings.saved", form.name())));
            onChanged.run();
            start();
            then.run();
        }, this::fail);
    }

    /** Whether the form differs from what was read or saved. */
    @Override
    public boolean dirty() {
        return asRead.changed();
    }

    @Override
    public boolean canSave() {
        return valid.get();
    }

    /** The form shows the branch's settings as they were read or saved. */
    @Override
    public void discard() {
        asRead.restore();
        error.set("");
    }

    /** A checked whole number as typed, null when blank. */
    private Integer optionalNumber(FormField typed) {
        BigDecimal value = numbers.parse(typed.text());
        return value == null ? null : value.intValueExact();
    }

    private String text(Integer value) {
        return value == null ? "" : numbers.format(value);
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<BranchRow> branches() {
        return branches;
    }

    public ObjectProperty<BranchRow> branchProperty() {
        return branch;
    }

    public StringProperty nameProperty() {
        return name.textProperty();
    }

    public StringProperty addressProperty() {
        return address.textProperty();
    }

    /** The branch's time zone as its id ("Europe/Moscow"). */
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

    public StringProperty leadMinutesProperty() {
        return leadMinutes.textProperty();
    }

    public StringProperty daysAheadProperty() {
        return daysAhead.textProperty();
    }

    public ObjectProperty<LocalTime> opensProperty() {
        return opens;
    }

    public ObjectProperty<LocalTime> closesProperty() {
        return closes;
    }

    public BooleanProperty callBackAfterNoShowProperty() {
        return callBackAfterNoShow;
    }

    public BooleanProperty confirmDayBeforeProperty() {
        return confirmDayBefore;
    }

    public StringProperty followUpDaysProperty() {
        return followUpDays.textProperty();
    }

    public StringProperty suggestBlockAfterProperty() {
        return suggestBlockAfter.textProperty();
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

    public FormField leadMinutes() {
        return leadMinutes;
    }

    public FormField daysAhead() {
        return daysAhead;
    }

    public FormField followUpDays() {
        return followUpDays;
    }

    public FormField suggestBlockAfter() {
        return suggestBlockAfter;
    }

    public StringBinding nameProblem() {
        return name.problem();
    }

    public StringBinding zoneProblem() {
        return zoneProblem;
    }

    public StringBinding intervalProblem() {
        return slotInterval.problem();
    }

    public StringBinding leadProblem() {
        return leadMinutes.problem();
    }

    public StringBinding daysAheadProblem() {
        return daysAhead.problem();
    }

    public StringBinding hoursProblem() {
        return hoursProblem;
    }

    public StringBinding followUpProblem() {
        return followUpDays.problem();
    }

    public StringBinding suggestBlockProblem() {
        return suggestBlockAfter.problem();
    }

    /** Everything typed can be saved. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** A problem is marked on screen: Save is disabled until it is fixed. */
    public BooleanBinding markedProperty() {
        return marked;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
