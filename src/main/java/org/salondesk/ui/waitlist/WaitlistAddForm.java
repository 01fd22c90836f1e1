package org.salondesk.ui.waitlist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
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

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.waitlist.WaitingList;
import org.salondesk.waitlist.WaitlistForm;

/**
 * The small form "Add to waiting list": the client by her phone, one service or several, a master (none: any), the
 * dates and the times of day she can come, a note. The waiting list checks it all; a refusal is shown and nothing is
 * added.
 */
public final class WaitlistAddForm {

    private final WaitingList waitingList;
    private final BookingService booking;
    private final ClientService clients;
    private final BackgroundExecutor background;
    private Long branchId;
    private Runnable onAdded = () -> { };

    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObservableList<ServiceInfo> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceInfo> service = new SimpleObjectProperty<>(this, "service");
    // The services kept before the one in the combo: the entry wants them all, one after another.
    private final ObservableList<ServiceInfo> kept = FXCollections.observableArrayList();
    private final StringBinding keptText = Bindings.createStringBinding(() -> kept.stream().map(ServiceInfo::title)
            .collect(Collectors.joining(", ")), kept);
    private final ObservableList<EmployeeInfo> masters = FXCollections.observableArrayList();
    private final ObjectProperty<EmployeeInfo> master = new SimpleObjectProperty<>(this, "master");
    private final ObjectProperty<LocalDate> dateFrom = new SimpleObjectProperty<>(this, "dateFrom");
    private final ObjectProperty<LocalDate> dateTo = new SimpleObjectProperty<>(this, "dateTo");
    private final ObjectProperty<LocalTime> timeFrom = new SimpleObjectProperty<>(this, "timeFrom", LocalTime.of(10, 0));
    private final ObjectProperty<LocalTime> timeTo = new SimpleObjectProperty<>(this, "timeTo", LocalTime.of(14, 0));
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public WaitlistAddForm(WaitingList waitingList, BookingService booking, ClientService clients,
                           BackgroundExecutor background, Clock clock) {
        this.waitingList = waitingList;
        this.booking = booking;
        this.clients = clients;
        this.background = background;
        dateFrom.set(LocalDate.now(clock));
        dateTo.set(LocalDate.now(clock).plusDays(14));
    }

    /** The branch shown changed: its services and masters are offered. */
    void branchChanged(Long branch) {
        this.branchId = branch;
        if (branch == null) {
            return;
        }
        record Choices(List<ServiceInfo> services, List<EmployeeInfo> masters) {
        }
        background.run(() -> new Choices(booking.getServicesForBooking(branch, null, null),
                booking.getEmployeesForBooking(branch, null, null, null)), choices -> {
            services.setAll(choices.services());
            masters.setAll(choices.masters());
        }, failure -> error.set(ErrorText.of(failure)));
    }

    /** The form for this client (the client card's "Add to waiting list"). */
    public void forClient(String clientPhone) {
        phone.set(clientPhone == null ? "" : clientPhone);
        error.set("");
    }

    /** Adds the entry for the client with the phone typed; the list reads again once it is in. */
    public void add() {
        if (branchId == null || busy.get()) {
            return;
        }
        long branch = branchId;
        String typed = phone.get();
        List<Long> wanted = wanted();
        Long masterId = master.get() == null ? null : master.get().id();
        busy.set(true);
        background.run(() -> {
            Optional<ClientRow> client = clients.rowByPhone(typed);
            if (client.isEmpty()) {
                throw new SalonDeskException(ErrorCode.NOT_FOUND, "waitlist.noClient", typed);
            }
            return waitingList.add(new WaitlistForm(branch, client.get().id(), wanted, masterId, dateFrom.get(),
                    dateTo.get(), timeFrom.get(), timeTo.get(), note.get()));
        }, id -> {
            busy.set(false);
            error.set("");
            note.set("");
            kept.clear();
            onAdded.run();
        }, failure -> {
            busy.set(false);
            error.set(ErrorText.of(failure));
        });
    }

    /** Keeps the service chosen in the combo and empties it, so that another can be chosen after it. */
    public void keepService() {
        ServiceInfo chosen = service.get();
        if (chosen != null && kept.stream().noneMatch(other -> other.id() == chosen.id())) {
            kept.add(chosen);
        }
        service.set(null);
    }

    /** Lets go of the services kept; the combo's stays. */
    public void clearKept() {
        kept.clear();
    }

    /** The services the entry wants, in order: those kept, then the combo's unless it is one of them. */
    List<Long> wanted() {
        List<Long> ids = new ArrayList<>(kept.stream().map(ServiceInfo::id).toList());
        if (service.get() != null && !ids.contains(service.get().id())) {
            ids.add(service.get().id());
        }
        return List.copyOf(ids);
    }

    void setOnAdded(Runnable onAdded) {
        this.onAdded = onAdded;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<ServiceInfo> services() {
        return services;
    }

    public ObjectProperty<ServiceInfo> serviceProperty() {
        return service;
    }

    /** The services kept before the combo's, as "Haircut, Manicure" (empty: none). */
    public StringBinding keptText() {
        return keptText;
    }

    public ObservableList<ServiceInfo> kept() {
        return kept;
    }

    public ObservableList<EmployeeInfo> masters() {
        return masters;
    }

    /** The master wanted; null: any. */
    public ObjectProperty<EmployeeInfo> masterProperty() {
        return master;
    }

    public ObjectProperty<LocalDate> dateFromProperty() {
        return dateFrom;
    }

    public ObjectProperty<LocalDate> dateToProperty() {
        return dateTo;
    }

    public ObjectProperty<LocalTime> timeFromProperty() {
        return timeFrom;
    }

    public ObjectProperty<LocalTime> timeToProperty() {
        return timeTo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
