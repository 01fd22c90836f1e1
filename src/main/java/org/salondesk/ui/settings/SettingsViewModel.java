package org.salondesk.ui.settings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
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

import org.salondesk.catalog.Branch;
import org.salondesk.catalog.BranchSettingsForm;
import org.salondesk.catalog.CatalogService;
import org.salondesk.client.ClientService;
import org.salondesk.i18n.Messages;
import org.salondesk.task.AutoTaskSettings;
import org.salondesk.task.AutoTasks;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.Choices;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * A branch's settings: name, address, time zone, slot interval, minimum lead time, days ahead that can be booked,
 * the default opening hours for new masters, the tasks the desk makes by itself, and when to suggest blocking a
 * client. Numbers are typed as text and checked in place; the time zone is picked from a list, this PC's first.
 */
public final class SettingsViewModel implements UnsavedEdits {

    private final CatalogService catalog;
    private final AutoTasks autoTasks;
    private final ClientService clients;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Runnable onChanged;
    private final Clock clock;

    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>(this, "branch");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", "");
    private final StringProperty slotInterval = new SimpleStringProperty(this, "slotInterval", "");
    private final StringProperty leadMinutes = new SimpleStringProperty(this, "leadMinutes", "");
    private final StringProperty daysAhead = new SimpleStringProperty(this, "daysAhead", "");
    private final ObjectProperty<LocalTime> opens = new SimpleObjectProperty<>(this, "opens");
    private final ObjectProperty<LocalTime> closes = new SimpleObjectProperty<>(this, "closes");
    private final BooleanProperty callBackAfterNoShow = new SimpleBooleanProperty(this, "callBack", true);
    private final BooleanProperty confirmDayBefore = new SimpleBooleanProperty(this, "confirm", true);
    private final StringProperty followUpDays = new SimpleStringProperty(this, "followUpDays", "");
    private final StringProperty suggestBlockAfter = new SimpleStringProperty(this, "suggestBlockAfter", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<Choice<String>> zones = FXCollections.observableArrayList();
    private final EditBaseline asRead = new EditBaseline(name, address, timeZone, slotInterval, leadMinutes, daysAhead,
            opens, closes, callBackAfterNoShow, confirmDayBefore, followUpDays, suggestBlockAfter);

    private final StringBinding nameProblem = Bindings.createStringBinding(() -> name.get().isBlank()
            ? Messages.get("error.required", Messages.get("field.name")) : "", name);
    private final StringBinding zoneProblem = Bindings.createStringBinding(() -> zone(timeZone.get()) == null
            ? Messages.get("settings.problem.zone") : "", timeZone);
    private final StringBinding intervalProblem = range(slotInterval, 5, 12 * 60, false);
    private final StringBinding leadProblem = range(leadMinutes, 0, 7 * 24 * 60, false);
    private final StringBinding daysAheadProblem = range(daysAhead, 1, 1000, false);
    private final StringBinding hoursProblem = Bindings.createStringBinding(() -> opens.get() == null
            || closes.get() == null || !closes.get().isAfter(opens.get()) ? Messages.get("settings.problem.hours") : "",
            opens, closes);
    private final StringBinding followUpProblem = range(followUpDays, 7, 730, true);
    private final StringBinding suggestBlockProblem = range(suggestBlockAfter, 1, 20, true);
    private final BooleanBinding valid = nameProblem.isEmpty().and(zoneProblem.isEmpty())
            .and(intervalProblem.isEmpty()).and(leadProblem.isEmpty()).and(daysAheadProblem.isEmpty())
            .and(hoursProblem.isEmpty()).and(followUpProblem.isEmpty()).and(suggestBlockProblem.isEmpty());

    public SettingsViewModel(CatalogService catalog, AutoTasks autoTasks, ClientService clients,
                             BackgroundExecutor background, NoticeBoard notices, Runnable onChanged, Clock clock) {
        this.catalog = catalog;
        this.autoTasks = autoTasks;
        this.clients = clients;
        this.background = background;
        this.notices = notices;
        this.onChanged = onChanged;
        this.clock = clock;
        zones.setAll(zoneChoices());
        branch.addListener((obs, old, now) -> load());
    }

    /** Every time zone, this PC's first, each with its offset now ("Europe/Moscow (UTC+03:00)"). */
    private List<Choice<String>> zoneChoices() {
        ZoneId here = clock.getZone();
        Stream<ZoneId> others = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> !id.startsWith("SystemV/") && !id.equals(here.getId()))
                .sorted(Comparator.naturalOrder()).map(ZoneId::of);
        return Stream.concat(Stream.of(here), others).map(this::zoneChoice).toList();
    }

    private Choice<String> zoneChoice(ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(clock.instant());
        return Choice.of(zone.getId(), zone.getId() + " (UTC" + (offset.getTotalSeconds() == 0 ? "+00:00"
                : offset.getId()) + ")");
    }

    public void start() {
        background.run(catalog::branches, found -> {
            Branch keep = branch.get();
            branches.setAll(found);
            // Freshly read branches are new objects, so setting one always fires the listener that reads it.
            branch.set(Choices.keepOrFirst(found, keep, Branch::getId));
        }, this::fail);
    }

    private void load() {
        Branch shown = branch.get();
        if (shown == null) {
            return;
        }
        long id = shown.getId();
        background.run(() -> new Loaded(catalog.branchSettings(id), autoTasks.settings(id),
                clients.suggestBlockAfter(id)), loaded -> {
                    BranchSettingsForm form = loaded.form();
                    name.set(form.name());
                    address.set(form.address() == null ? "" : form.address());
                    timeZone.set(form.timeZone().getId());
                    slotInterval.set(Integer.toString(form.slotIntervalMinutes()));
                    leadMinutes.set(Integer.toString(form.minLeadMinutes()));
                    daysAhead.set(Integer.toString(form.bookingDaysAhead()));
                    opens.set(form.defaultShiftStart());
                    closes.set(form.defaultShiftEnd());
                    callBackAfterNoShow.set(loaded.tasks().callBackAfterNoShow());
                    confirmDayBefore.set(loaded.tasks().confirmDayBefore());
                    followUpDays.set(text(loaded.tasks().followUpAfterDays()));
                    suggestBlockAfter.set(text(loaded.suggestBlockAfter()));
                    if (zones.stream().noneMatch(zone -> zone.value().equals(form.timeZone().getId()))) {
                        zones.add(0, zoneChoice(form.timeZone()));
                    }
                    asRead.mark();
                    error.set("");
                }, this::fail);
    }

    private record Loaded(BranchSettingsForm form, AutoTaskSettings tasks, Integer suggestBlockAfter) {
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the form; {@code then} runs once it is saved. */
    @Override
    public void save(Runnable then) {
        Branch saved = branch.get();
        if (saved == null || !valid.get()) {
            return;
        }
        long id = saved.getId();
        BranchSettingsForm form = new BranchSettingsForm(name.get(), address.get(), zone(timeZone.get()),
                number(slotInterval.get()), number(leadMinutes.get()), number(daysAhead.get()), opens.get(),
                closes.get());
        AutoTaskSettings tasks = new AutoTaskSettings(callBackAfterNoShow.get(), confirmDayBefore.get(),
                optionalNumber(followUpDays.get()));
        Integer block = optionalNumber(suggestBlockAfter.get());
        background.run(() -> {
            catalog.updateBranch(id, form);
            autoTasks.saveSettings(id, tasks);
            clients.setSuggestBlockAfter(id, block);
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

    private static StringBinding range(StringProperty typed, int min, int max, boolean optional) {
        return Bindings.createStringBinding(() -> {
            if (optional && typed.get().isBlank()) {
                return "";
            }
            Integer value = optionalNumber(typed.get());
            return value == null || value < min || value > max ? Messages.get("settings.problem.range", min, max) : "";
        }, typed);
    }

    private static Integer optionalNumber(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String typed) {
        return Integer.parseInt(typed.strip());
    }

    private static ZoneId zone(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : ZoneId.of(typed.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
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
        return slotInterval;
    }

    public StringProperty leadMinutesProperty() {
        return leadMinutes;
    }

    public StringProperty daysAheadProperty() {
        return daysAhead;
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
        return followUpDays;
    }

    public StringProperty suggestBlockAfterProperty() {
        return suggestBlockAfter;
    }

    public StringBinding nameProblem() {
        return nameProblem;
    }

    public StringBinding zoneProblem() {
        return zoneProblem;
    }

    public StringBinding intervalProblem() {
        return intervalProblem;
    }

    public StringBinding leadProblem() {
        return leadProblem;
    }

    public StringBinding daysAheadProblem() {
        return daysAheadProblem;
    }

    public StringBinding hoursProblem() {
        return hoursProblem;
    }

    public StringBinding followUpProblem() {
        return followUpProblem;
    }

    public StringBinding suggestBlockProblem() {
        return suggestBlockProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
