package org.salondesk.ui.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.AvailabilityService;
import org.salondesk.availability.BranchSettings;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingRequest;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.BookingTexts;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.client.NewClient;
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
 * <p>
 * The parts: {@link ServiceChoice} (the services), {@link FreeStarts} (the starts, with the {@link StartHold}),
 * {@link ClientByPhone} (the client); this class wires them to the master, the date, the note and Book.
 */
public final class BookingDialogViewModel {

    private final BookingService booking;
    private final AvailabilityService availability;
    private final PendingWork background;
    private final long branchId;
    private final boolean walkIn;
    // One key per dialog: a double press of Save books once.
    private final String idempotencyKey = UUID.randomUUID().toString();

    private final ServiceChoice services;
    private final StartHold hold;
    private final FreeStarts starts;
    private final ClientByPhone client;
    private final DialogMasters masters;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringBinding noteProblem = Bindings.createStringBinding(() -> BookingTexts.NOTE.problem(note.get()),
            note);
    private final DialogTotals totals = new DialogTotals();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<BookingInfo> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final BooleanBinding canSave;
    private final StringBinding whyNot;

    // Book pressed while background work was unanswered: it books once it is all in.
    private boolean saveWanted;
    private boolean saving;

    private BookingDialogViewModel(BookingService booking, AvailabilityService availability, ClientService clients,
                                   BackgroundExecutor background, long branchId, boolean walkIn,
                                   Long masterId, LocalDate day, LocalTime time) {
        this.booking = booking;
        this.availability = availability;
        this.background = new PendingWork(new SerialBackground(background), this::settled);
        this.branchId = branchId;
        this.walkIn = walkIn;
        masters = new DialogMasters(masterId);
        services = new ServiceChoice(booking, this.background, branchId, !walkIn, this::fail);
        hold = new StartHold(booking, this.background, branchId, this::holdRefused);
        starts = new FreeStarts(availability, this.background, hold, branchId, walkIn, time,
                masters::name, this::holdChosen);
        // A phone typed anew: a Book pressed meanwhile waits for nothing any more.
        client = new ClientByPhone(clients, this.background, branchId, () -> saveWanted = false, this::fail);
        date.set(day);
        BookReadiness readiness = new BookReadiness(busy, services, starts, hold, client, noteProblem);
        canSave = readiness.ready();
        whyNot = readiness.whyNot();
        services.chosen().addListener((ListChangeListener<ServiceInfo>) change -> servicesChanged());
        masters.masterProperty().addListener((obs, old, now) -> {
            if (now != null) {
                services.offerFor(now, this::refreshSlots);
            }
        });
        date.addListener((obs, old, now) -> refreshSlots());
        starts.slotProperty().addListener((obs, old, now) -> slotChanged(now));
        hold.stateProperty().addListener((obs, old, now) -> {
            if (now == StartHold.State.HELD) {
                error.set("");
            }
        });
    }

    /** A booking at a master's time clicked in the calendar. */
    public static BookingDialogViewModel fromCalendar(BookingService booking, AvailabilityService availability,
                                                      ClientService clients, BackgroundExecutor background,
                                                      long branchId, long masterId, LocalDate date,
                                                      LocalTime time) {
        return new BookingDialogViewModel(booking, availability, clients, background, branchId, false,
                masterId, date, time);
    }

    /**
     * Time found for a waiting-list entry: its services, the master and the start found, and the client by her phone,
     * all filled in (the receptionist only checks and books).
     */
    public static BookingDialogViewModel forWaitingList(BookingService booking, AvailabilityService availability,
                                                        ClientService clients, BackgroundExecutor background,
                                                        long branchId, List<Long> serviceIds, long masterId,
                                                        LocalDate date, LocalTime time, String phone) {
        BookingDialogViewModel dialog = new BookingDialogViewModel(booking, availability, clients, background,
                branchId, false, masterId, date, time);
        dialog.services.want(serviceIds);
        dialog.client.phoneProperty().set(phone == null ? "" : phone);
        return dialog;
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
            masters.show(opening.branch(), availability.today(opening.branch()), opening.masters());
            busy.set(false);
        }, this::fail);
    }

    /** What the dialog reads on opening: the branch (its today and how far ahead it books) and its masters. */
    private record Opening(BranchSettings branch, List<EmployeeInfo> masters) {
    }

    private void servicesChanged() {
        totals.services(services.chosen());
        refreshSlots();
    }

    /**
     * Asks the availability service for the free starts of the chosen services, master and date, around the wanted
     * start when there is one; a date with none (or a past one) comes with the next free times instead.
     */
    public void refreshSlots() {
        starts.refresh(services.ids(), masters.masterProperty().get(), date.get(), masters.firstDateProperty().get());
    }

    /** The receptionist picks a start: it is chosen, and wanted from now on (other choices keep it when they can). */
    public void chooseSlot(SlotChoice choice) {
        starts.choose(choice);
    }

    /** Switches the dialog to one of the next free times: its date, its master and its start. */
    public void useNextFree(NextFree next) {
        starts.want(next.time());
        masters.select(next.masterId());
        if (next.date().equals(date.get())) {
            refreshSlots();
        } else {
            date.set(next.date());
        }
    }

    // The chosen start sets the totals (the master's length and price) and is held for this dialog.
    private void slotChanged(SlotChoice now) {
        totals.start(now);
        holdChosen();
    }

    // The hold follows the chosen start, also when fresh starts chose one equal to the start let go for the listing.
    private void holdChosen() {
        hold.hold(services.ids(), date.get(), starts.slotProperty().get());
    }

    // Someone else took the start between listing and choosing: say so and show what is free now.
    private void holdRefused(Throwable failure) {
        error.set(ErrorText.of(failure));
        refreshSlots();
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
        Optional<ClientRow> known = client.known();
        NewClient newClient = known.isEmpty() ? client.newClient() : null;
        BookingRequest request = new BookingRequest(branchId, services.ids(), date.get(), start.time(),
                start.masterId(), known.map(ClientRow::id).orElse(0L), idempotencyKey, BookingSource.DESK,
                note.get(), hold.id());
        busy.set(true);
        saving = true;
        background.run(() -> newClient == null ? booking.createBooking(request)
                : booking.createBooking(request, newClient), info -> {
            saving = false;
            hold.booked();
            busy.set(false);
            error.set("");
            saved.set(info);
        }, failure -> {
            saving = false;
            busy.set(false);
            error.set(ErrorText.of(failure));
            if (failure instanceof SalonDeskException refusal && (refusal.code() == ErrorCode.SLOT_UNAVAILABLE
                    || refusal.code() == ErrorCode.HOLD_EXPIRED)) {
                // The hold may still block the time (the master got a day off meanwhile, say): it goes at once.
                hold.release();
                refreshSlots();
            }
        });
    }

    /** Closes the dialog: the held start is released (unless it became the booking). */
    public void close() {
        starts.dropAnswers();
        hold.release();
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
        return masters.masters();
    }

    public ObjectProperty<MasterChoice> masterProperty() {
        return masters.masterProperty();
    }

    /** The services of the booking (in the order they will be done) and those that can be added. */
    public ServiceChoice services() {
        return services;
    }

    /** The free starts offered for the chosen services, master and date, and the one chosen. */
    public FreeStarts starts() {
        return starts;
    }

    /** The client, found by the phone typed or new with a name. */
    public ClientByPhone client() {
        return client;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** A note too long to keep, marked at once: Book stays disabled until it fits. */
    public StringBinding noteProblem() {
        return noteProblem;
    }

    /** Length and price of the booking: the chosen master's, or the catalogue's before a start is chosen. */
    public DialogTotals totals() {
        return totals;
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

    /** The first date that can be booked (today on the branch's clock); earlier days cannot be chosen. */
    public ReadOnlyObjectProperty<LocalDate> firstDateProperty() {
        return masters.firstDateProperty();
    }

    /** The last date the branch takes bookings for, or null when it has no limit. */
    public ReadOnlyObjectProperty<LocalDate> lastDateProperty() {
        return masters.lastDateProperty();
    }

    /** The booking made, once saved. */
    public ReadOnlyObjectProperty<BookingInfo> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The hold the dialog keeps now (for tests and diagnostics). */
    Long holdId() {
        return hold.id();
    }

    /** Where the dialog's hold stands (for tests and diagnostics). */
    ReadOnlyObjectProperty<StartHold.State> holdStateProperty() {
        return hold.stateProperty();
    }
}
