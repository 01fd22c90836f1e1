package org.salondesk.ui.booking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BranchSettings;
import org.salondesk.booking.Booking;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.client.Client;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.salondesk.ui.common.SerialBackground;

/**
 * The booking dialog: services (searchable), master (or any), date and a free start from the availability service,
 * the client found by phone or created from a name, a note. The chosen start is held (a slot hold) while the dialog
 * is open, so that nobody else takes it; closing releases it. Opened from a click in the calendar (master, date
 * and time given, the master's usual service proposed, the clicked time chosen when it is free) or as a walk-in
 * (today, any master, the earliest free start proposed). A date with no free time offers the next free times; a
 * disabled Book always says why.
 * <p>
 * The parts: {@link ServiceChoice} (the services), {@link FreeStarts} (the starts, with the {@link StartHold}),
 * {@link ClientByPhone} (the client); this class wires them to the master, the date, the note and Book.
 */
public final class BookingDialogViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BookingDialogViewModel.class);

    private final BookingService booking;
    private final AvailabilityService availability;
    private final PendingWork background;
    private final long branchId;
    private final boolean walkIn;
    private final Long preferredEmployee;
    // One key per dialog: a double press of Save books once.
    private final String idempotencyKey = UUID.randomUUID().toString();

    private final ServiceChoice services;
    private final StartHold hold;
    private final FreeStarts starts;
    private final ClientByPhone client;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObservableList<MasterChoice> masters = FXCollections.observableArrayList();
    private final ObjectProperty<MasterChoice> master = new SimpleObjectProperty<>(this, "master");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringBinding noteProblem = Bindings.createStringBinding(() -> Booking.NOTE.problem(note.get()),
            note);
    private final ReadOnlyIntegerWrapper totalMinutes = new ReadOnlyIntegerWrapper(this, "totalMinutes");
    private final ReadOnlyObjectWrapper<BigDecimal> totalPrice =
            new ReadOnlyObjectWrapper<>(this, "totalPrice", BigDecimal.ZERO);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<BookingInfo> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<LocalDate> firstDate = new ReadOnlyObjectWrapper<>(this, "firstDate");
    private final ReadOnlyObjectWrapper<LocalDate> lastDate = new ReadOnlyObjectWrapper<>(this, "lastDate");
    private final BooleanBinding canSave;
    private final StringBinding whyNot;

    private final Map<Long, String> masterNames = new HashMap<>();
    // Book pressed while background work was unanswered: it books once it is all in.
    private boolean saveWanted;
    private boolean saving;

    private BookingDialogViewModel(BookingService booking, AvailabilityService availability, ClientService clients,
                                   BackgroundExecutor background, long branchId, boolean walkIn,
                                   Long employeeId, LocalDate day, LocalTime time) {
        this.booking = booking;
        this.availability = availability;
        this.background = new PendingWork(new SerialBackground(background), this::settled);
        this.branchId = branchId;
        this.walkIn = walkIn;
        this.preferredEmployee = employeeId;
        services = new ServiceChoice(booking, this.background, branchId, !walkIn, this::fail);
        hold = new StartHold(booking, branchId);
        starts = new FreeStarts(availability, this.background, hold, branchId, walkIn, time,
                id -> masterNames.getOrDefault(id, ""));
        // A phone typed anew: a Book pressed meanwhile waits for nothing any more.
        client = new ClientByPhone(clients, this.background, branchId, () -> saveWanted = false, this::fail);
        date.set(day);
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && !services.chosen().isEmpty()
                        && starts.slotProperty().get() != null && client.bookable().get()
                        && noteProblem.get().isEmpty(),
                busy, services.chosen(), starts.slotProperty(), client.bookable(), noteProblem);
        whyNot = Bindings.createStringBinding(this::whyNot, busy, services.chosen(), starts.slotProperty(),
                client.stateProperty(), client.nameProperty(), noteProblem, canSave);
        services.chosen().addListener((ListChangeListener<ServiceInfo>) change -> servicesChanged());
        master.addListener((obs, old, now) -> {
            if (now != null) {
                services.offerFor(now, this::refreshSlots);
            }
        });
        date.addListener((obs, old, now) -> refreshSlots());
        starts.slotProperty().addListener((obs, old, now) -> slotChanged(now));
    }

    // Why Book is disabled, in the order the receptionist fills the dialog; empty when it is enabled.
    private String whyNot() {
        if (busy.get() || canSave.get()) {
            return "";
        }
        if (services.chosen().isEmpty()) {
            return Messages.get("dialog.why.service");
        }
        if (starts.slotProperty().get() == null) {
            return Messages.get("dialog.why.time");
        }
        if (!noteProblem.get().isEmpty()) {
            return noteProblem.get();
        }
        return client.whyNot();
    }

    /** A booking at a master's time clicked in the calendar. */
    public static BookingDialogViewModel fromCalendar(BookingService booking, AvailabilityService availability,
                                                      ClientService clients, BackgroundExecutor background,
                                                      long branchId, long employeeId, LocalDate date,
                                                      LocalTime time) {
        return new BookingDialogViewModel(booking, availability, clients, background, branchId, false,
                employeeId, date, time);
    }

    /** A client walking in now: today, any master, the earliest free start proposed. */
    public static BookingDialogViewModel walkIn(BookingService booking, AvailabilityService availability,
                                                ClientService clients, BackgroundExecutor background, Clock clock,
                                                long branchId) {
        return new BookingDialogViewModel(booking, availability, clients, background, branchId, true, null,
                LocalDate.now(clock), null);
    }

    /** Loads the branch's masters and services; the dialog is usable when they are in. */
    public void open() {
        busy.set(true);
        background.run(() -> new Opening(booking.branchSettings(branchId),
                booking.getEmployeesForBooking(branchId, null, null, null)), opening -> {
            LocalDate today = availability.today(opening.branch());
            int daysAhead = opening.branch().bookingDaysAhead();
            firstDate.set(today);
            lastDate.set(daysAhead > 0 ? today.plusDays(daysAhead - 1L) : null);
            List<EmployeeInfo> all = opening.masters();
            all.forEach(employee -> masterNames.put(employee.id(), employee.name()));
            masters.setAll(choicesOf(all));
            master.set(masters.stream().filter(choice -> preferredEmployee != null
                            && preferredEmployee.equals(choice.employeeId())).findFirst()
                    .orElse(masters.get(0)));
            busy.set(false);
        }, this::fail);
    }

    /** What the dialog reads on opening: the branch (its today and how far ahead it books) and its masters. */
    private record Opening(BranchSettings branch, List<EmployeeInfo> masters) {
    }

    private List<MasterChoice> choicesOf(List<EmployeeInfo> employees) {
        List<MasterChoice> choices = new ArrayList<>();
        choices.add(new MasterChoice(null, Messages.get("dialog.anyMaster")));
        employees.forEach(employee -> choices.add(new MasterChoice(employee.id(), employee.name())));
        return choices;
    }

    /** Adds a service to the booking. */
    public void choose(ServiceInfo service) {
        services.choose(service);
    }

    /** Adds the first service matching what is typed in the search (Enter in the search field); true if one was. */
    public boolean chooseFirstMatch() {
        return services.chooseFirstMatch();
    }

    public void remove(ServiceInfo service) {
        services.remove(service);
    }

    private void servicesChanged() {
        List<ServiceInfo> chosen = services.chosen();
        totalMinutes.set(chosen.stream().mapToInt(ServiceInfo::duration).sum());
        totalPrice.set(chosen.stream().map(ServiceInfo::price).reduce(BigDecimal.ZERO, BigDecimal::add));
        refreshSlots();
    }

    /**
     * Asks the availability service for the free starts of the chosen services, master and date, around the wanted
     * start when there is one; a date with none (or a past one) comes with the next free times instead.
     */
    public void refreshSlots() {
        starts.refresh(services.ids(), master.get(), date.get(), firstDate.get());
    }

    /** The receptionist picks a start: it is chosen, and wanted from now on (other choices keep it when they can). */
    public void chooseSlot(SlotChoice choice) {
        starts.choose(choice);
    }

    /** Switches the dialog to one of the next free times: its date, its master and its start. */
    public void useNextFree(NextFree next) {
        starts.want(next.time());
        masters.stream().filter(choice -> Objects.equals(choice.employeeId(), next.employeeId())).findFirst()
                .ifPresent(master::set);
        if (next.date().equals(date.get())) {
            refreshSlots();
        } else {
            date.set(next.date());
        }
    }

    // The chosen start sets the totals (the master's length and price) and is held for this dialog.
    private void slotChanged(SlotChoice now) {
        if (now != null) {
            totalMinutes.set(now.durationMinutes());
            totalPrice.set(now.price());
        }
        if (now == null || hold.holds(now)) {
            return;
        }
        List<Long> ids = services.ids();
        LocalDate day = date.get();
        background.run(() -> {
            hold.take(ids, day, now);
            return null;
        }, done -> error.set(""), failure -> {
            // Someone else took it between listing and choosing: say so and show what is free now.
            error.set(ErrorText.of(failure));
            refreshSlots();
        });
    }

    /** The phone field was left: a phone that is not one is marked now, in words under the field. */
    public void phoneLeft() {
        client.phoneLeft();
    }

    /**
     * Books (CONFIRMED, made at the desk); the dialog reports the booking through {@link #savedProperty()}. Pressed
     * while the dialog still reads (the client the phone finds, the free starts), it books once they are in; pressed
     * with something missing, the phone is marked if it is what is missing, and the line next to Book says what is.
     */
    public void save() {
        if (saving) {
            return;
        }
        if (background.isBusy()) {
            saveWanted = true;
            return;
        }
        if (!canSave.get()) {
            client.markPhone();
            return;
        }
        SlotChoice start = starts.slotProperty().get();
        Optional<Client> known = client.known();
        NewClient newClient = known.isEmpty() ? client.newClient() : null;
        BookingRequest request = new BookingRequest(branchId, services.ids(), date.get(), start.time(),
                start.employeeId(), known.map(Client::getId).orElse(0L), idempotencyKey, BookingSource.DESK,
                note.get(), hold.id());
        busy.set(true);
        saving = true;
        background.run(() -> newClient == null ? booking.createBooking(request)
                : booking.createBooking(request, newClient), info -> {
            saving = false;
            hold.forget();
            busy.set(false);
            error.set("");
            saved.set(info);
        }, failure -> {
            saving = false;
            busy.set(false);
            error.set(ErrorText.of(failure));
            if (failure instanceof SalonDeskException refusal && (refusal.code() == ErrorCode.SLOT_UNAVAILABLE
                    || refusal.code() == ErrorCode.HOLD_EXPIRED)) {
                hold.forget();
                refreshSlots();
            }
        });
    }

    /** Closes the dialog: the held start is released (unless it became the booking). */
    public void close() {
        starts.dropAnswers();
        background.run(() -> {
            hold.release();
            return null;
        }, done -> { }, failure -> LOG.warn("Could not release the held start; it expires by itself", failure));
    }

    private void fail(Throwable failure) {
        busy.set(false);
        error.set(ErrorText.of(failure));
    }

    // Everything asked for is in: a Book pressed meanwhile books now, or says what is missing.
    private void settled() {
        if (saveWanted) {
            saveWanted = false;
            save();
        }
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** "Any master" first, then the branch's masters. */
    public ObservableList<MasterChoice> masters() {
        return masters;
    }

    public ObjectProperty<MasterChoice> masterProperty() {
        return master;
    }

    /** The services that can be added: the master's (or all), minus those chosen, filtered by the search text. */
    public ObservableList<ServiceInfo> matchingServices() {
        return services.matching();
    }

    public StringProperty serviceSearchProperty() {
        return services.searchProperty();
    }

    /** The services of the booking, in the order they will be done. */
    public ObservableList<ServiceInfo> chosen() {
        return services.chosen();
    }

    /** Free starts for the chosen services, master and date. */
    public ObservableList<SlotChoice> slots() {
        return starts.slots();
    }

    public ObjectProperty<SlotChoice> slotProperty() {
        return starts.slotProperty();
    }

    /** Why there is no start to choose (no services chosen, nothing free), or empty. */
    public ReadOnlyStringProperty slotsTextProperty() {
        return starts.slotsTextProperty();
    }

    public StringProperty phoneProperty() {
        return client.phoneProperty();
    }

    public StringProperty nameProperty() {
        return client.nameProperty();
    }

    public StringProperty surnameProperty() {
        return client.surnameProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** A note too long to keep, marked at once: Book stays disabled until it fits. */
    public StringBinding noteProblem() {
        return noteProblem;
    }

    public ReadOnlyObjectProperty<ClientState> clientStateProperty() {
        return client.stateProperty();
    }

    /** The client found, the blocked client and why, or "new client". */
    public ReadOnlyStringProperty clientTextProperty() {
        return client.textProperty();
    }

    /** Length of the booking in minutes: the chosen master's, or the catalogue's before a start is chosen. */
    public ReadOnlyIntegerProperty totalMinutesProperty() {
        return totalMinutes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> totalPriceProperty() {
        return totalPrice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when everything needed is there: services, a free start, a client (found, or new with a name). */
    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** Why Book is disabled (no service, no start, no client, or what is wrong with her), or empty. */
    public StringBinding whyNotBinding() {
        return whyNot;
    }

    /** What is wrong with the phone, once the field was left or Book pressed; empty while typing or when fine. */
    public ReadOnlyStringProperty phoneProblemProperty() {
        return client.phoneProblemProperty();
    }

    /** Of the starts offered, the nearest before and after the wanted one when it is not free (marked on screen). */
    public ObservableList<SlotChoice> nearest() {
        return starts.nearest();
    }

    /** The next free times, one click away, when the date has none: this master's first, then any master's. */
    public ObservableList<NextFree> nextFree() {
        return starts.nextFree();
    }

    /** The first date that can be booked (today on the branch's clock); earlier days cannot be chosen. */
    public ReadOnlyObjectProperty<LocalDate> firstDateProperty() {
        return firstDate.getReadOnlyProperty();
    }

    /** The last date the branch takes bookings for, or null when it has no limit. */
    public ReadOnlyObjectProperty<LocalDate> lastDateProperty() {
        return lastDate.getReadOnlyProperty();
    }

    /** The booking made, once saved. */
    public ReadOnlyObjectProperty<BookingInfo> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The hold the dialog keeps now (for tests and diagnostics). */
    Long holdId() {
        return hold.id();
    }
}
