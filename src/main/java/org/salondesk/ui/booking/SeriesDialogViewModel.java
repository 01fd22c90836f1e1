package org.salondesk.ui.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salondesk.availability.SeriesOccurrence;
import org.salondesk.availability.SeriesRule;
import org.salondesk.availability.SlotOffer;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.ClientToBook;
import org.salondesk.booking.VisitBooked;
import org.salondesk.client.ClientService;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ErrorText;

/**
 * A repeating visit (decision 0036): a service with a master (or any), a first date and time, every N weeks (on chosen
 * weekdays, or the first visit's), for a number of visits or until a date. The desk sees every occurrence before
 * saving: free, or why not with the nearest free times that day to choose instead, or left out; then the series is
 * booked at once.
 */
public final class SeriesDialogViewModel {

    /** One occurrence as shown: its date, what the engine said, and the time chosen (value null: left out). */
    public static final class Occurrence {
        private final SeriesOccurrence seen;
        private final String text;
        private final List<Choice<LocalTime>> times;
        private final ObjectProperty<Choice<LocalTime>> chosen = new SimpleObjectProperty<>(this, "chosen");

        Occurrence(SeriesOccurrence seen, String text, List<Choice<LocalTime>> times) {
            this.seen = seen;
            this.text = text;
            this.times = List.copyOf(times);
            chosen.set(times.get(0));
        }

        public LocalDate date() {
            return seen.date();
        }

        public boolean free() {
            return seen.free();
        }

        /** "Free" or why not, in the desk's words. */
        public String text() {
            return text;
        }

        public List<Choice<LocalTime>> times() {
            return times;
        }

        public ObjectProperty<Choice<LocalTime>> chosenProperty() {
            return chosen;
        }
    }

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final long branchId;
    private final ClientByPhone client;
    private final ObjectProperty<Choice<Long>> service = new SimpleObjectProperty<>(this, "service");
    private final ObjectProperty<Choice<Long>> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalTime> time = new SimpleObjectProperty<>(this, "time", LocalTime.of(10, 0));
    private final IntegerProperty everyWeeks = new SimpleIntegerProperty(this, "everyWeeks", 2);
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 6);
    // The weekdays chosen (none: the first date's) and whether the series ends after a count or on a date.
    private final Map<DayOfWeek, BooleanProperty> weekdays = new EnumMap<>(DayOfWeek.class);
    private final BooleanProperty byDate = new SimpleBooleanProperty(this, "byDate");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final OfferedChoices choices = new OfferedChoices();
    private final ObservableList<Occurrence> occurrences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<VisitBooked> booked = new ReadOnlyObjectWrapper<>(this, "booked");

    public SeriesDialogViewModel(BookingService booking, ClientService clients, BackgroundExecutor background,
                                 long branchId, LocalDate first) {
        this.booking = booking;
        this.background = background;
        this.branchId = branchId;
        this.first.set(first);
        this.client = new ClientByPhone(clients, background, branchId, () -> { }, this::fail);
        service.addListener((obs, old, now) -> occurrences.clear());
        master.addListener((obs, old, now) -> occurrences.clear());
        this.first.addListener((obs, old, now) -> occurrences.clear());
        time.addListener((obs, old, now) -> occurrences.clear());
        everyWeeks.addListener((obs, old, now) -> occurrences.clear());
        count.addListener((obs, old, now) -> occurrences.clear());
        byDate.addListener((obs, old, now) -> occurrences.clear());
        until.addListener((obs, old, now) -> occurrences.clear());
        for (DayOfWeek day : DayOfWeek.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(this, "weekday" + day);
            chosen.addListener((obs, old, now) -> occurrences.clear());
            weekdays.put(day, chosen);
        }
    }

    /** Reads the branch's services and masters (in the background). */
    public void open() {
        choices.load(booking, branchId, background, () -> master.set(choices.anyMaster()), this::fail);
    }

    /** Shows every occurrence: free, or why not with the nearest free times that day. */
    public void preview() {
        if (service.get() == null || service.get().value() == null) {
            error.set(Messages.get("series.why.service"));
            return;
        }
        if (byDate.get() && until.get() == null) {
            error.set(Messages.get("series.why.until"));
            return;
        }
        List<Long> asked = List.of(service.get().value());
        Long who = master.get() == null ? null : master.get().value();
        SeriesRule rule = rule();
        LocalDate day = first.get();
        LocalTime at = time.get();
        error.set("");
        background.run(() -> booking.series().preview(branchId, asked, who, rule, day, at),
                seen -> occurrences.setAll(seen.stream().map(this::row).toList()), this::fail);
    }

    private Occurrence row(SeriesOccurrence seen) {
        List<Choice<LocalTime>> times = new ArrayList<>();
        if (seen.free()) {
            times.add(Choice.of(seen.time(), seen.time().toString()));
        }
        for (SlotOffer alternative : seen.alternatives()) {
            times.add(Choice.of(alternative.time(), alternative.time().toString()));
        }
        times.add(Choice.all(Messages.get("series.leaveOut")));
        String text = seen.free() ? Messages.get("series.free")
                : Messages.get("series.notFree." + seen.verdict().name());
        return new Occurrence(seen, text, times);
    }

    /** Books the occurrences with a time chosen, all at once, for the client (created first when new). */
    public void book() {
        List<LocalDateTime> chosen = occurrences.stream()
                .filter(row -> row.chosen.get() != null && row.chosen.get().value() != null)
                .map(row -> row.date().atTime(row.chosen.get().value())).toList();
        if (chosen.isEmpty()) {
            error.set(Messages.get("series.why.preview"));
            return;
        }
        if (!client.bookable().get()) {
            client.markPhone();
            error.set(client.whyNot());
            return;
        }
        List<Long> asked = List.of(service.get().value());
        Long who = master.get() == null ? null : master.get().value();
        SeriesRule rule = rule();
        ClientToBook forWhom = client.toBook();
        error.set("");
        background.run(() -> booking.series().book(branchId, asked, who, rule, chosen, forWhom, null),
                booked::set, this::fail);
    }

    /** The rule as the form gives it: a count of visits, or until a date (the engine refuses one with neither). */
    SeriesRule rule() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach((day, chosen) -> {
            if (chosen.get()) {
                days.add(day);
            }
        });
        return byDate.get() ? new SeriesRule(everyWeeks.get(), days, until.get(), null)
                : new SeriesRule(everyWeeks.get(), days, null, count.get());
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ClientByPhone client() {
        return client;
    }

    public ObjectProperty<Choice<Long>> serviceProperty() {
        return service;
    }

    public ObjectProperty<Choice<Long>> masterProperty() {
        return master;
    }

    public ObjectProperty<LocalDate> firstProperty() {
        return first;
    }

    public ObjectProperty<LocalTime> timeProperty() {
        return time;
    }

    public IntegerProperty everyWeeksProperty() {
        return everyWeeks;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** Whether the series comes on {@code day} each week it repeats (none chosen: on the first visit's weekday). */
    public BooleanProperty weekdayProperty(DayOfWeek day) {
        return weekdays.get(day);
    }

    /** True: the series ends on {@link #untilProperty()}; false: after {@link #countProperty()} visits. */
    public BooleanProperty byDateProperty() {
        return byDate;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public ObservableList<Choice<Long>> services() {
        return choices.services();
    }

    public ObservableList<Choice<Long>> masters() {
        return choices.masters();
    }

    public ObservableList<Occurrence> occurrences() {
        return occurrences;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisitBooked> bookedProperty() {
        return booked.getReadOnlyProperty();
    }
}
