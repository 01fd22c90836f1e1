package org.salondesk.ui.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;

/** The branch's services and masters as the visit and series dialogs offer them: "any master" first. */
final class OfferedChoices {

    private final ObservableList<Choice<Long>> services = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> masters = FXCollections.observableArrayList();
    private final Map<Long, String> serviceTitles = new HashMap<>();
    private final Map<Long, String> masterNames = new HashMap<>();

    /** Reads them in the background; {@code loaded} runs on the screen's thread once they are in. */
    void load(BookingService booking, long branchId, BackgroundExecutor background, Runnable loaded,
              Consumer<Throwable> fail) {
        background.run(() -> new Lists(booking.getServicesForBooking(branchId, null, null),
                booking.getEmployeesForBooking(branchId, null, null, null)), lists -> {
            lists.services().forEach(service -> serviceTitles.put(service.id(), service.title()));
            lists.masters().forEach(master -> masterNames.put(master.id(), master.name()));
            services.setAll(lists.services().stream().map(s -> Choice.of(s.id(), s.title())).toList());
            List<Choice<Long>> anyFirst = new ArrayList<>();
            anyFirst.add(Choice.all(Messages.get("visit.anyMaster")));
            lists.masters().forEach(master -> anyFirst.add(Choice.of(master.id(), master.name())));
            masters.setAll(anyFirst);
            loaded.run();
        }, fail);
    }

    private record Lists(List<ServiceInfo> services, List<EmployeeInfo> masters) {
    }

    ObservableList<Choice<Long>> services() {
        return services;
    }

    ObservableList<Choice<Long>> masters() {
        return masters;
    }

    /** "Any master", once loaded. */
    Choice<Long> anyMaster() {
        return masters.isEmpty() ? null : masters.get(0);
    }

    String title(long serviceId) {
        return serviceTitles.getOrDefault(serviceId, "?");
    }

    String name(long masterId) {
        return masterNames.getOrDefault(masterId, "?");
    }
}
