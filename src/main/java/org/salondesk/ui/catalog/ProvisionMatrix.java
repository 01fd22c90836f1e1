package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.OwnProcessing;
import org.salondesk.catalog.ProvisionService;
import org.salondesk.catalog.Resources;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The master × service matrix of the catalogue screen: the ticked cells, the category whose services it shows, and
 * the chosen cell's own price and duration; ticking a cell or setting its terms goes through the screen's write.
 */
final class ProvisionMatrix {

    /** The screen's one way to write: the change in the background, then "saved {what}", then {@code then}. */
    interface Write {
        void write(Callable<Long> change, String what, Runnable then);
    }

    private final ProvisionService provisionService;
    private final Resources resources;
    private final Write write;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> fail;
    private final ObservableMap<String, Provision> cells = FXCollections.observableHashMap();
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(this, "matrixCategory");
    private final FilteredList<ServiceRow> services;
    private final OwnTermsForm ownTerms = new OwnTermsForm();

    /** @param services every service of the branch; the matrix's columns are those offered for booking */
    ProvisionMatrix(ProvisionService provisionService, Resources resources, ObservableList<ServiceRow> services,
                    Write write, BackgroundExecutor background, Consumer<Throwable> fail) {
        this.provisionService = provisionService;
        this.resources = resources;
        this.write = write;
        this.background = background;
        this.fail = fail;
        this.services = new FilteredList<>(services, ServiceRow::active);
        ownTerms.masterProperty().addListener((obs, old, now) -> showOwnTerms());
        ownTerms.serviceProperty().addListener((obs, old, now) -> showOwnTerms());
        category.addListener((obs, old, now) -> this.services.setPredicate(service -> service.active()
                && (now == null || Objects.equals(now.id(), service.categoryId()))));
    }

    /** The matrix's cell of a master and a service. */
    static String key(long masterId, long serviceId) {
        return masterId + ":" + serviceId;
    }

    /** Read in the background, with the rest of the branch's catalogue. */
    List<Provision> provisions(long branchId) {
        return provisionService.provisions(branchId);
    }

    void refill(List<Provision> provisions) {
        cells.clear();
        cells.putAll(provisions.stream().collect(Collectors.toMap(
                cell -> key(cell.masterId(), cell.serviceId()), cell -> cell)));
    }

    /** Nothing chosen: a cell of one branch must not be saved from another. */
    void clear() {
        ownTerms.masterProperty().set(null);
        ownTerms.serviceProperty().set(null);
        category.set(null);
    }

    /** Ticks or unticks a cell, keeping the master's own price and duration. */
    void setProvides(MasterRow master, ServiceRow service, boolean provides) {
        Provision cell = cells.get(key(master.id(), service.id()));
        write.write(() -> updated(() -> provisionService.setProvision(master.id(), service.id(), provides,
                        cell == null ? null : cell.ownPrice(), cell == null ? null : cell.ownDurationMinutes())),
                master.name() + " · " + service.title(), () -> {
                    if (!provides && ownTerms.shows(master, service)) {
                        ownTerms.show(null);
                    }
                });
    }

    void pickCell(MasterRow master, ServiceRow service) {
        ownTerms.masterProperty().set(master);
        ownTerms.serviceProperty().set(service);
        showOwnTerms();
    }

    /** Stores the chosen cell's own terms (she provides the service from then on); {@code after} once saved. */
    void setOwnTerms(Runnable after) {
        if (!ownTerms.showProblems()) {
            return;
        }
        MasterRow master = ownTerms.masterProperty().get();
        ServiceRow service = ownTerms.serviceProperty().get();
        BigDecimal price = ownTerms.priceValue();
        Integer minutes = ownTerms.minutes();
        boolean processingChanged = ownTerms.processingChanged();
        OwnProcessing processing = ownTerms.ownProcessing();
        write.write(() -> updated(() -> {
            provisionService.setProvision(master.id(), service.id(), true, price, minutes);
            // its own transaction, after the tick: the window belongs to her row of the service
            if (processingChanged) {
                resources.setOwnProcessing(master.id(), service.id(), processing.busyBeforeMinutes(),
                        processing.processingMinutes());
            }
        }), master.name() + " · " + service.title(), after);
    }

    private void showOwnTerms() {
        MasterRow master = ownTerms.masterProperty().get();
        ServiceRow service = ownTerms.serviceProperty().get();
        Provision cell = master == null || service == null ? null : cells.get(key(master.id(), service.id()));
        ownTerms.show(cell);
        if (cell != null) {
            background.run(() -> resources.ownProcessing(master.id(), service.id()), found -> {
                if (ownTerms.shows(master, service)) {
                    ownTerms.showProcessing(found);
                }
            }, fail);
        }
    }

    private static long updated(Runnable update) {
        update.run();
        return 0;
    }

    ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    ObservableList<ServiceRow> services() {
        return services;
    }

    ObservableMap<String, Provision> cells() {
        return cells;
    }

    OwnTermsForm ownTerms() {
        return ownTerms;
    }
}
