package org.salondesk.ui.booking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.salondesk.booking.BookingService;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The services of the booking: chosen from the master's (or, for any master, all of the branch's), found by a search
 * text, in the order they will be done.
 */
public final class ServiceChoice {

    private final BookingService booking;
    private final BackgroundExecutor background;
    private final long branchId;
    private final Consumer<Throwable> fail;
    // A click in a master's column proposes her usual service once; a walk-in proposes none.
    private boolean proposeUsual;
    // Services wanted from the start (a waiting-list entry's), chosen once the master's services are in.
    private List<Long> wanted = List.of();

    private final ObservableList<ServiceInfo> offered = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "serviceSearch", "");
    private final FilteredList<ServiceInfo> matching = new FilteredList<>(offered);
    private final ObservableList<ServiceInfo> chosen = FXCollections.observableArrayList();

    ServiceChoice(BookingService booking, BackgroundExecutor background, long branchId, boolean proposeUsual,
                  Consumer<Throwable> fail) {
        this.booking = booking;
        this.background = background;
        this.branchId = branchId;
        this.proposeUsual = proposeUsual;
        this.fail = fail;
        matching.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String typed = search.get().strip().toLowerCase(Locale.ROOT);
            return service -> !chosen.contains(service)
                    && (typed.isEmpty() || service.title().toLowerCase(Locale.ROOT).contains(typed));
        }, search, chosen));
    }

    public void choose(ServiceInfo service) {
        if (service != null && !chosen.contains(service)) {
            chosen.add(service);
        }
        search.set("");
    }

    public boolean chooseFirstMatch() {
        if (matching.isEmpty()) {
            return false;
        }
        choose(matching.get(0));
        return true;
    }

    public void remove(ServiceInfo service) {
        chosen.remove(service);
    }

    /**
     * Offers the master's services, with her prices ("any master": all of the branch's), keeping those chosen that
     * she does; the master clicked in the calendar proposes her usual one, so that a phone and Enter book her (the chip
     * shows it, ✕ removes it). {@code unchanged} runs when the chosen services stay as they were: no change of them
     * then asks for her free starts.
     */
    void offerFor(MasterChoice master, Runnable unchanged) {
        Long masterId = master.masterId();
        boolean propose = proposeUsual && masterId != null && chosen.isEmpty() && wanted.isEmpty();
        proposeUsual = false;
        background.run(() -> new MasterServices(booking.getServicesForBooking(branchId, null, masterId),
                propose ? booking.usualService(branchId, masterId) : Optional.empty()), loaded -> {
            List<ServiceInfo> list = loaded.services();
            offered.setAll(list);
            if (!wanted.isEmpty() && chosen.isEmpty()) {
                List<Long> ids = wanted;
                wanted = List.of();
                chosen.setAll(ids.stream().flatMap(id -> list.stream().filter(s -> s.id() == id).findFirst().stream())
                        .toList());
                return;
            }
            if (loaded.usual().isPresent() && chosen.isEmpty()) {
                chosen.add(loaded.usual().get());
                return;
            }
            List<ServiceInfo> kept = chosen.stream()
                    .flatMap(c -> list.stream().filter(s -> s.id() == c.id()).findFirst().stream())
                    .toList();
            if (kept.equals(chosen)) {
                unchanged.run();
            } else {
                chosen.setAll(kept);
            }
        }, fail);
    }

    /** Chooses these services (in this order) once the services offered are read, instead of proposing one. */
    void want(List<Long> serviceIds) {
        wanted = List.copyOf(serviceIds);
    }

    /** A master's services, and the one to propose first. */
    private record MasterServices(List<ServiceInfo> services, Optional<ServiceInfo> usual) {
    }

    List<Long> ids() {
        return chosen.stream().map(ServiceInfo::id).toList();
    }

    public ObservableList<ServiceInfo> matching() {
        return matching;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ServiceInfo> chosen() {
        return chosen;
    }
}
