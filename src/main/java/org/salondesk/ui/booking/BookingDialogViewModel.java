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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
import org.salondesk.availability.BranchSettings;
import org.salondesk.availability.FreeStart;
import org.salondesk.availability.SlotOffer;
import org.salondesk.availability.StartsAround;
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
 * and time given, the master's usual service proposed, the clicked time chosen when it is free) or as a walk-in
 * (today, any master, the earliest free start proposed). A date with no free time offers the next free times; a
 * disabled Book always says why.
 */
public final class BookingDialogViewModel {

    /** How long the dialog holds the chosen start; saving later than this re-checks the time. */
    static final Duration HOLD_FOR = Duration.ofMinutes(10);
    /** How many next free times are offered for the master, and then for any master, when a date has none. */
    static final int NEXT_FREE = 3;

    private final BookingService booking;
    private final AvailabilityService availability;
    private final ClientService clients;
    private final BackgroundExecutor background;
    private final long branchId;
    private final boolean walkIn;
    private final Long preferredEmployee;
    // The start the receptionist wants: the clicked time, or the one she chose last; kept across other choices.
    private LocalTime preferredTime;
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
    private final ObservableList<SlotChoice> nearest = FXCollections.observableArrayList();
    private final ObservableList<NextFree> nextFree = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> firstDate = new ReadOnlyObjectWrapper<>(this, "firstDate");
    private final ReadOnlyObjectWrapper<LocalDate> lastDate = new ReadOnlyObjectWrapper<>(this, "lastDate");
    private final ReadOnlyStringWrapper phoneProblem = new ReadOnlyStringWrapper(this, "phoneProblem", "");
    private final BooleanBinding canSave;
    private final StringBinding whyNot;

    private final Map<Long, String> masterNames = new HashMap<>();
    private Long holdId;
    private SlotChoice held;
    private Client found;
    private long slotRequest;
    private long clientRequest;
    // Background work asked for and not answered yet; Book pressed meanwhile books once it is all in.
    private int pending;
    private boolean saveWanted;
    private boolean saving;
    private boolean serviceProposed;

    private BookingDialogViewModel(BookingService booking, AvailabilityService availability, ClientService clients,
                                   BackgroundExecutor background, long branchId, boolean walkIn,
                                   Long employeeId, LocalDate day, LocalTime time) {
        this.booking = booking;
        this.availability = availability;
        this.clients = clients;
        this.background = new Pending(new SerialBackground(background));
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
        whyNot = Bindings.createStringBinding(this::whyNot, busy, chosen, slot, clientState, name, noteProblem,
                canSave);
        matchingServices.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String typed = serviceSearch.get().strip().toLowerCase(Locale.ROOT);
            return service -> !chosen.contains(service)
                    && (typed.isEmpty() || service.title().toLowerCase(Locale.ROOT).contains(typed));
        }, serviceSearch, chosen));
        chosen.addListener((ListChangeListener<ServiceInfo>) change -> servicesChanged());
        master.addListener((obs, old, now) -> masterChanged(old, now));
        date.addListener((obs, old, now) -> refreshSlots());
        slot.addListener((obs, old, now) -> slotChanged(now));
        phone.addListener((obs, old, now) -> {
            // Marked only when the field is left or Book is pressed: while typing, a phone is unfinished, not wrong.
            phoneProblem.set("");
            saveWanted = false;
            lookUpClient(now);
        });
    }

    // Why Book is disabled, in the order the receptionist fills the dialog; empty when it is enabled.
    private String whyNot() {
        if (busy.get() || canSave.get()) {
            return "";
        }
        if (chosen.isEmpty()) {
            return Messages.get("dialog.why.service");
        }
        if (slot.get() == null) {
            return Messages.get("dialog.why.time");
        }
        if (!noteProblem.get().isEmpty()) {
            return noteProblem.get();
        }
        return switch (clientState.get()) {
            case EMPTY -> Messages.get("dialog.why.phone");
            case INCOMPLETE -> Messages.get("dialog.why.phoneIncomplete");
            case LOOKING -> Messages.get("dialog.why.looking");
            case BLOCKED -> Messages.get("dialog.why.blocked");
            case NEW -> name.get().isBlank() ? Messages.get("dialog.why.name") : Messages.get("dialog.why.check");
            case FOUND -> Messages.get("dialog.why.check");
        };
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

    // A master narrows the services to hers, with her prices; "any master" offers all of the branch's. A click in
    // her column proposes her usual service, so that a phone and Enter book her (the chip shows it, ✕ removes it).
    private void masterChanged(MasterChoice old, MasterChoice now) {
        if (now == null) {
            return;
        }
        Long employeeId = now.employeeId();
        boolean propose = !walkIn && !serviceProposed && employeeId != null && chosen.isEmpty();
        serviceProposed = true;
        background.run(() -> new MasterServices(booking.getServicesForBooking(branchId, null, employeeId),
                propose ? booking.usualService(branchId, employeeId) : Optional.empty()), loaded -> {
            List<ServiceInfo> list = loaded.services();
            services.setAll(list);
            if (loaded.usual().isPresent() && chosen.isEmpty()) {
                chosen.add(loaded.usual().get());
                return;
            }
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

    /** A master's services, and the one to propose first. */
    private record MasterServices(List<ServiceInfo> services, Optional<ServiceInfo> usual) {
    }

    private void servicesChanged() {
        totalMinutes.set(chosen.stream().mapToInt(ServiceInfo::duration).sum());
        totalPrice.set(chosen.stream().map(ServiceInfo::price).reduce(BigDecimal.ZERO, BigDecimal::add));
        refreshSlots();
    }

    /**
     * Asks the availability service for the free starts of the chosen services, master and date, around the wanted
     * start when there is one; a date with none (or a past one) comes with the next free times instead.
     */
    public void refreshSlots() {
        long request = ++slotRequest;
        List<Long> ids = chosen.stream().map(ServiceInfo::id).toList();
        MasterChoice who = master.get();
        LocalDate day = date.get();
        nearest.clear();
        nextFree.clear();
        if (ids.isEmpty() || who == null || day == null) {
            slots.clear();
            slot.set(null);
            slotsText.set(ids.isEmpty() ? Messages.get("dialog.chooseServices") : "");
            return;
        }
        // A past date (typed into the picker, which offers none) says only that, with the next free times from today.
        LocalDate first = firstDate.get();
        boolean past = first != null && day.isBefore(first);
        SlotChoice keep = slot.get();
        LocalTime wanted = preferredTime;
        background.run(() -> {
            releaseHold();
            if (past) {
                return new Slots(null, nextFreeTimes(ids, who.employeeId(), first, wanted));
            }
            StartsAround around = wanted == null
                    ? new StartsAround(availability.offers(branchId, ids, day, who.employeeId(), null), null,
                    Optional.empty(), Optional.empty(), Optional.empty())
                    : availability.offersAround(branchId, ids, day, who.employeeId(), wanted);
            return new Slots(around, around.offers().isEmpty() ? nextFreeTimes(ids, who.employeeId(), day, wanted)
                    : NextFreeTimes.NONE);
        }, loaded -> {
            if (request != slotRequest) {
                return;
            }
            StartsAround around = loaded.around();
            slots.setAll(around == null ? List.of() : around.offers().stream().map(this::choiceOf).toList());
            nextFree.setAll(nextFreeOf(loaded.next()));
            if (around != null && around.wanted() != null && !around.wantedFree()) {
                List<SlotChoice> near = new ArrayList<>();
                around.before().map(this::choiceOf).ifPresent(near::add);
                around.after().map(this::choiceOf).ifPresent(near::add);
                nearest.setAll(near);
            }
            slotsText.set(slotsText(day, past, around));
            slot.set(preselect(keep, around).orElse(null));
        }, failure -> {
            if (request == slotRequest) {
                slots.clear();
                slot.set(null);
                slotsText.set(ErrorText.of(failure));
            }
        });
    }

    /** What the availability service answered for the dialog's date, and the next free times when it had nothing. */
    private record Slots(StartsAround around, NextFreeTimes next) {
    }

    /** The next free times of the master asked for (none without one), and of any master. */
    private record NextFreeTimes(List<FreeStart> master, List<FreeStart> any) {
        static final NextFreeTimes NONE = new NextFreeTimes(List.of(), List.of());
    }

    private NextFreeTimes nextFreeTimes(List<Long> ids, Long employeeId, LocalDate from, LocalTime near) {
        return new NextFreeTimes(employeeId == null ? List.of()
                : availability.nextFree(branchId, ids, employeeId, from, near, NEXT_FREE),
                availability.nextFree(branchId, ids, null, from, near, NEXT_FREE));
    }

    // The master's next free times first, then any master's on the dates she has none of.
    private List<NextFree> nextFreeOf(NextFreeTimes found) {
        List<NextFree> result = new ArrayList<>();
        found.master().forEach(start -> result.add(nextFreeOf(start, true)));
        for (FreeStart start : found.any()) {
            if (result.stream().noneMatch(known -> known.date().equals(start.date()))) {
                result.add(nextFreeOf(start, false));
            }
        }
        return result;
    }

    private NextFree nextFreeOf(FreeStart start, boolean sameMaster) {
        long employeeId = start.offer().employeeId();
        return new NextFree(start.date(), start.offer().time(), employeeId,
                masterNames.getOrDefault(employeeId, ""), sameMaster);
    }

    // One line above the starts: why a date has none (and that the next free times follow), or which starts are
    // nearest the wanted one when it is not free. Never two messages at once.
    private String slotsText(LocalDate day, boolean past, StartsAround around) {
        if (past) {
            return Messages.get(nextFree.isEmpty() ? "dialog.pastDate" : "dialog.pastDateNext", day);
        }
        if (slots.isEmpty()) {
            return Messages.get(nextFree.isEmpty() ? "dialog.noSlotsAhead" : "dialog.noSlots", day);
        }
        return nearest.isEmpty() ? "" : Messages.get("dialog.wantedTaken", around.wanted(), nearest.stream()
                .map(near -> near.time().toString()).collect(Collectors.joining(", ")));
    }

    private SlotChoice choiceOf(SlotOffer offer) {
        return new SlotChoice(offer.time(), offer.employeeId(), masterNames.getOrDefault(offer.employeeId(), ""),
                offer.offer().durationMinutes(), offer.offer().price());
    }

    // The start kept from before, else the wanted time when it is free, else (walk-in) the earliest.
    private Optional<SlotChoice> preselect(SlotChoice keep, StartsAround around) {
        if (keep != null) {
            Optional<SlotChoice> same = slots.stream().filter(s -> s.time().equals(keep.time())
                    && s.employeeId() == keep.employeeId()).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        if (around != null && around.chosen().isPresent()) {
            SlotChoice wanted = choiceOf(around.chosen().get());
            return slots.stream().filter(wanted::equals).findFirst();
        }
        return walkIn && preferredTime == null && !slots.isEmpty() ? Optional.of(slots.get(0)) : Optional.empty();
    }

    /** The receptionist picks a start: it is chosen, and wanted from now on (other choices keep it when they can). */
    public void chooseSlot(SlotChoice choice) {
        if (choice != null) {
            preferredTime = choice.time();
            slot.set(choice);
        }
    }

    /** Switches the dialog to one of the next free times: its date, its master and its start. */
    public void useNextFree(NextFree next) {
        preferredTime = next.time();
        slot.set(null);
        masters.stream().filter(choice -> Objects.equals(choice.employeeId(), next.employeeId())).findFirst()
                .ifPresent(master::set);
        if (next.date().equals(date.get())) {
            refreshSlots();
        } else {
            date.set(next.date());
        }
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
        clientState.set(ClientState.LOOKING);
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

    /** The phone field was left: a phone that is not one is marked now, in words under the field. */
    public void phoneLeft() {
        if (!phone.get().isBlank()) {
            markPhone();
        }
    }

    private void markPhone() {
        ClientState state = clientState.get();
        phoneProblem.set(state == ClientState.EMPTY || state == ClientState.INCOMPLETE
                ? PhoneNumbers.problem(phone.get()).orElse("") : "");
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
        if (pending > 0) {
            saveWanted = true;
            return;
        }
        if (!canSave.get()) {
            markPhone();
            return;
        }
        SlotChoice start = slot.get();
        List<Long> ids = chosen.stream().map(ServiceInfo::id).toList();
        Client client = clientState.get() == ClientState.FOUND ? found : null;
        NewClient newClient = client == null ? NewClient.of(name.get(), surname.get(), phone.get()) : null;
        BookingRequest request = new BookingRequest(branchId, ids, date.get(), start.time(), start.employeeId(),
                client == null ? 0 : client.getId(), idempotencyKey, BookingSource.DESK, note.get(), holdId);
        busy.set(true);
        saving = true;
        background.run(() -> newClient == null ? booking.createBooking(request)
                : booking.createBooking(request, newClient), info -> {
            saving = false;
            holdId = null;
            held = null;
            busy.set(false);
            error.set("");
            saved.set(info);
        }, failure -> {
            saving = false;
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

    // Everything asked for is in: a Book pressed meanwhile books now, or says what is missing.
    private void settled() {
        if (saveWanted) {
            saveWanted = false;
            save();
        }
    }

    /** Counts the dialog's background work still unanswered, and tells {@link #settled()} when none is left. */
    private final class Pending implements BackgroundExecutor {

        private final BackgroundExecutor background;

        Pending(BackgroundExecutor background) {
            this.background = background;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            pending++;
            background.run(work, result -> {
                try {
                    onSuccess.accept(result);
                } finally {
                    done();
                }
            }, failure -> {
                try {
                    onFailure.accept(failure);
                } finally {
                    done();
                }
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            background.onUiThread(action);
        }

        private void done() {
            pending--;
            if (pending == 0) {
                settled();
            }
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

    /** Why Book is disabled (no service, no start, no client, or what is wrong with her), or empty. */
    public StringBinding whyNotBinding() {
        return whyNot;
    }

    /** What is wrong with the phone, once the field was left or Book pressed; empty while typing or when fine. */
    public ReadOnlyStringProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    /** Of the starts offered, the nearest before and after the wanted one when it is not free (marked on screen). */
    public ObservableList<SlotChoice> nearest() {
        return nearest;
    }

    /** The next free times, one click away, when the date has none: this master's first, then any master's. */
    public ObservableList<NextFree> nextFree() {
        return nextFree;
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
        return holdId;
    }
}
