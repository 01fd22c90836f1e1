package org.salondesk.ui.booking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import javafx.collections.transformation.FilteredList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.SlotOffer;
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
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.SerialBackground;

/**
 * The booking dialog: services (searchable), master (or any), date and a free start from the availability service,
 * the client found by phone or created from a name, a note. The chosen start is held (a slot hold) while the dialog
 * is open, so that nobody else takes it; closing releases it. Opened from a click in the calendar (master, date
 * and time given) or as a walk-in (today, any master, the earliest free start proposed).
 */
public final class BookingDialogViewModel {

    /** How long the dialog holds the chosen start; saving later than this re-checks the time. */
    static final Duration HOLD_FOR = Duration.ofMinutes(10);

    private final BookingService booking;
    private final AvailabilityService availability;
    private final ClientService clients;
    private final BackgroundExecutor background;
    private final long branchId;
    private final boolean walkIn;
    private final LocalTime preferredTime;
    private final Long preferredEmployee;
    // One key per dialog: a double press of Save books once.
    private final String idempotencyKey = UUID.randomUUID().toString();

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObservableList<MasterChoice> masters = FXCollections.observableArrayList();
    private final ObjectProperty<MasterChoice> master = new SimpleObjectProperty<>(this, "master");
    private final ObservableList<ServiceInfo> services = FXCollections.observableArrayList();
    private final StringProperty serviceSearch = new SimpleStringProperty(this, "serviceSearch", "");
    private final FilteredList<ServiceInfo> matchingServices = new FilteredList<>(services);
    private final ObservableList<ServiceInfo> chosen = FXCollections.observableArrayList();
    private final ObservableList<SlotChoice> slots = FXCollections.observableArrayList();
    private final ObjectProperty<SlotChoice> slot = new SimpleObjectProperty<>(this, "slot");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty surname = new SimpleStringProperty(this, "surname", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringBinding noteProblem = Bindings.createStringBinding(() -> Booking.NOTE.problem(note.get()),
            note);

    private final ReadOnlyObjectWrapper<ClientState> clientState =
            new ReadOnlyObjectWrapper<>(this, "clientState", ClientState.EMPTY);
    private final ReadOnlyStringWrapper clientText = new ReadOnlyStringWrapper(this, "clientText", "");
    private final ReadOnlyIntegerWrapper totalMinutes = new ReadOnlyIntegerWrapper(this, "totalMinutes");
    private final ReadOnlyObjectWrapper<BigDecimal> totalPrice =
            new ReadOnlyObjectWrapper<>(this, "totalPrice", BigDecimal.ZERO);
    private final ReadOnlyStringWrapper slotsText = new ReadOnlyStringWrapper(this, "slotsText", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<BookingInfo> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final BooleanBinding canSave;

    private final Map<Long, String> masterNames = new HashMap<>();
    private Long holdId;
    private SlotChoice held;
    private Client found;
    private long slotRequest;
    private long clientRequest;

    private BookingDialogViewModel(BookingService booking, AvailabilityService availability, ClientService clients,
                                   BackgroundExecutor background, long branchId, boolean walkIn,
                                   Long employeeId, LocalDate day, LocalTime time) {
        this.booking = booking;
        this.availability = availability;
        this.clients = clients;
        this.background = new SerialBackground(background);
        this.branchId = branchId;
        this.walkIn = walkIn;
        this.preferredEmployee = employeeId;
        this.preferredTime = time;
        date.set(day);
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && !chosen.isEmpty() && slot.get() != null
                        && (clientState.get() == ClientState.FOUND
                        || clientState.get() == ClientState.NEW && !name.get().isBlank())
                        && noteProblem.get().isEmpty(),
                busy, chosen, slot, clientState, name, noteProblem);
        matchingServices.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String typed = serviceSearch.get().strip().toLowerCase(Locale.ROOT);
            return service -> !chosen.contains(service)
                    && (typed.isEmpty() || service.title().toLowerCase(Locale.ROOT).contains(typed));
        }, serviceSearch, chosen));
        chosen.addListener((ListChangeListener<ServiceInfo>) change -> servicesChanged());
        master.addListener((obs, old, now) -> masterChanged(old, now));
        date.addListener((obs, old, now) -> refreshSlots());
        slot.addListener((obs, old, now) -> slotChanged(now));
        phone.addListener((obs, old, now) -> lookUpClient(now));
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
        background.run(() -> booking.getEmployeesForBooking(branchId, null, null, null), all -> {
            all.forEach(employee -> masterNames.put(employee.id(), employee.name()));
            masters.setAll(choicesOf(all));
            master.set(masters.stream().filter(choice -> preferredEmployee != null
                            && preferredEmployee.equals(choice.employeeId())).findFirst()
                    .orElse(masters.get(0)));
            busy.set(false);
        }, this::fail);
    }

    private List<MasterChoice> choicesOf(List<EmployeeInfo> employees) {
        List<MasterChoice> choices = new ArrayList<>();
        choices.add(new MasterChoice(null, Messages.get("dialog.anyMaster")));
        employees.forEach(employee -> choices.add(new MasterChoice(employee.id(), employee.name())));
        return choices;
    }

    /** Adds a service to the booking. */
    public void choose(ServiceInfo service) {
        if (service != null && !chosen.contains(service)) {
            chosen.add(service);
        }
        serviceSearch.set("");
    }

    /** Adds the first service matching what is typed in the search (Enter in the search field); true if one was. */
    public boolean chooseFirstMatch() {
        if (matchingServices.isEmpty()) {
            return false;
        }
        choose(matchingServices.get(0));
        return true;
    }

    public void remove(ServiceInfo service) {
        chosen.remove(service);
    }

    // A master narrows the services to hers, with her prices; "any master" offers all of the branch's.
    private void masterChanged(MasterChoice old, MasterChoice now) {
        if (now == null) {
            return;
        }
        Long employeeId = now.employeeId();
        background.run(() -> booking.getServicesForBooking(branchId, null, employeeId), list -> {
            services.setAll(list);
            // Keep what was chosen, with this master's prices; drop what she does not do.
            List<ServiceInfo> kept = chosen.stream()
                    .flatMap(c -> list.stream().filter(s -> s.id() == c.id()).findFirst().stream())
                    .toList();
            if (kept.equals(chosen)) {
                refreshSlots();
            } else {
                chosen.setAll(kept);
            }
        }, this::fail);
    }

    private void servicesChanged() {
        totalMinutes.set(chosen.stream().mapToInt(ServiceInfo::duration).sum());
        totalPrice.set(chosen.stream().map(ServiceInfo::price).reduce(BigDecimal.ZERO, BigDecimal::add));
        refreshSlots();
    }

    /** Asks the availability service for the free starts of the chosen services, master and date. */
    public void refreshSlots() {
        long request = ++slotRequest;
        List<Long> ids = chosen.stream().map(ServiceInfo::id).toList();
        MasterChoice who = master.get();
        LocalDate day = date.get();
        if (ids.isEmpty() || who == null || day == null) {
            slots.clear();
            slot.set(null);
            slotsText.set(Messages.get(ids.isEmpty() ? "dialog.chooseServices" : "dialog.noSlots"));
            return;
        }
        SlotChoice keep = slot.get();
        background.run(() -> {
            releaseHold();
            return availability.offers(branchId, ids, day, who.employeeId(), null);
        }, offers -> {
            if (request != slotRequest) {
                return;
            }
            slots.setAll(offers.stream().map(this::choiceOf).toList());
            slotsText.set(slots.isEmpty() ? Messages.get("dialog.noSlots") : "");
            slot.set(preselect(keep).orElse(null));
        }, this::fail);
    }

    private SlotChoice choiceOf(SlotOffer offer) {
        return new SlotChoice(offer.time(), offer.employeeId(), masterNames.getOrDefault(offer.employeeId(), ""),
                offer.offer().durationMinutes(), offer.offer().price());
    }

    // The start kept from before, else the clicked time, else (walk-in) the earliest; a click keeps the time only.
    private Optional<SlotChoice> preselect(SlotChoice keep) {
        if (keep != null) {
            Optional<SlotChoice> same = slots.stream().filter(s -> s.time().equals(keep.time())
                    && s.employeeId() == keep.employeeId()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        if (preferredTime != null) {
            Optional<SlotChoice> clicked = slots.stream().filter(s -> s.time().equals(preferredTime)).findFirst();
            if (clicked.isPresent()) {
                return clicked;
            }
        }
        return walkIn && !slots.isEmpty() ? Optional.of(slots.get(0)) : Optional.empty();
    }

    // The chosen start is held for this dialog; the previous hold goes first.
    private void slotChanged(SlotChoice now) {
        if (now != null) {
            totalMinutes.set(now.durationMinutes());
            totalPrice.set(now.price());
        }
        if (now == null || now.equals(held)) {
            return;
        }
        List<Long> ids = chosen.stream().map(ServiceInfo::id).toList();
        LocalDate day = date.get();
        background.run(() -> {
            releaseHold();
            holdId = booking.holdSlot(branchId, ids, day, now.time(), now.employeeId(), HOLD_FOR);
            held = now;
            return null;
        }, done -> error.set(""), failure -> {
            // Someone else took it between listing and choosing: say so and show what is free now.
            error.set(ErrorText.of(failure));
            refreshSlots();
        });
    }

    private void releaseHold() {
        Long id = holdId;
        holdId = null;
        held = null;
        if (id != null) {
            booking.releaseHold(id);
        }
    }

    private void lookUpClient(String typed) {
        long request = ++clientRequest;
        found = null;
        clientText.set("");
        if (typed == null || typed.isBlank()) {
            clientState.set(ClientState.EMPTY);
            return;
        }
        String e164;
        try {
            e164 = PhoneNumbers.normalize(typed);
        } catch (SalonDeskException notYet) {
            clientState.set(ClientState.INCOMPLETE);
            return;
        }
        background.run(() -> {
            Optional<Client> client = clients.findByPhone(e164);
            return new Lookup(client, client.filter(known -> !known.isBlocked())
                    .flatMap(known -> clients.noShowWarning(known.getId(), branchId)));
        }, lookup -> {
            if (request != clientRequest) {
                return;
            }
            found = lookup.client().orElse(null);
            if (found == null) {
                clientState.set(ClientState.NEW);
                clientText.set(Messages.get("dialog.newClient", PhoneNumbers.display(e164)));
            } else if (found.isBlocked()) {
                clientState.set(ClientState.BLOCKED);
                clientText.set(Messages.get("dialog.clientBlocked", found.getFullName(),
                        found.getBlockedReason() == null ? "" : found.getBlockedReason()));
            } else {
                clientState.set(ClientState.FOUND);
                clientText.set(lookup.noShows().map(count -> Messages.get("dialog.noShowWarning",
                        found.getFullName(), count)).orElse(found.getFullName()));
            }
        }, this::fail);
    }

    /** The client a phone finds, and her no-shows when the salon suggests blocking her. */
    private record Lookup(Optional<Client> client, Optional<Integer> noShows) {
    }

    /** Books (CONFIRMED, made at the desk); the dialog reports the booking through {@link #savedProperty()}. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        SlotChoice start = slot.get();
        List<Long> ids = chosen.stream().map(ServiceInfo::id).toList();
        Client client = clientState.get() == ClientState.FOUND ? found : null;
        NewClient newClient = client == null ? NewClient.of(name.get(), surname.get(), phone.get()) : null;
        BookingRequest request = new BookingRequest(branchId, ids, date.get(), start.time(), start.employeeId(),
                client == null ? 0 : client.getId(), idempotencyKey, BookingSource.DESK, note.get(), holdId);
        busy.set(true);
        background.run(() -> newClient == null ? booking.createBooking(request)
                : booking.createBooking(request, newClient), info -> {
            holdId = null;
            held = null;
            busy.set(false);
            error.set("");
            saved.set(info);
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure));
            if (failure instanceof SalonDeskException refusal && (refusal.code() == ErrorCode.SLOT_UNAVAILABLE
                    || refusal.code() == ErrorCode.HOLD_EXPIRED)) {
                holdId = null;
                held = null;
                refreshSlots();
            }
        });
    }

    /** Closes the dialog: the held start is released (unless it became the booking). */
    public void close() {
        slotRequest++;
        background.run(() -> {
            releaseHold();
            return null;
        }, done -> { }, failure -> { });
    }

    private void fail(Throwable failure) {
        busy.set(false);
        error.set(ErrorText.of(failure));
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
        return matchingServices;
    }

    public StringProperty serviceSearchProperty() {
        return serviceSearch;
    }

    /** The services of the booking, in the order they will be done. */
    public ObservableList<ServiceInfo> chosen() {
        return chosen;
    }

    /** Free starts for the chosen services, master and date. */
    public ObservableList<SlotChoice> slots() {
        return slots;
    }

    public ObjectProperty<SlotChoice> slotProperty() {
        return slot;
    }

    /** Why there is no start to choose (no services chosen, nothing free), or empty. */
    public ReadOnlyStringProperty slotsTextProperty() {
        return slotsText.getReadOnlyProperty();
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty surnameProperty() {
        return surname;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** A note too long to keep, marked at once: Book stays disabled until it fits. */
    public StringBinding noteProblem() {
        return noteProblem;
    }

    public ReadOnlyObjectProperty<ClientState> clientStateProperty() {
        return clientState.getReadOnlyProperty();
    }

    /** The client found, the blocked client and why, or "new client". */
    public ReadOnlyStringProperty clientTextProperty() {
        return clientText.getReadOnlyProperty();
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

    /** The booking made, once saved. */
    public ReadOnlyObjectProperty<BookingInfo> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The hold the dialog keeps now (for tests and diagnostics). */
    Long holdId() {
        return holdId;
    }
}
