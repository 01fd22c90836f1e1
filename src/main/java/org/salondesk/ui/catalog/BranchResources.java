package org.salondesk.ui.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.catalog.ResourceRow;
import org.salondesk.catalog.Resources;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The catalogue's resources tab (decision 0033): the branch's rooms, chairs, basins and equipment with how many of
 * each, a form to add or change one, and taking one out of use or back; every change goes through the screen's write.
 */
public final class BranchResources {

    private final Resources resources;
    private final ProvisionMatrix.Write write;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> fail;
    private final ObservableList<ResourceRow> rows = FXCollections.observableArrayList();
    private final ResourceForm form = new ResourceForm();

    BranchResources(Resources resources, ProvisionMatrix.Write write, BackgroundExecutor background,
                    Consumer<Throwable> fail) {
        this.resources = resources;
        this.write = write;
        this.background = background;
        this.fail = fail;
    }

    /** Read in the background, with the rest of the branch's catalogue. */
    List<ResourceRow> read(long branchId) {
        return resources.resources(branchId);
    }

    void refill(List<ResourceRow> found) {
        if (!rows.equals(found)) {
            rows.setAll(found);
        }
    }

    /** Saves the form: a new resource of the branch, or the one chosen renamed or recounted. */
    public void save(long branchId, Runnable after) {
        if (!form.showProblems()) {
            return;
        }
        String name = form.nameProperty().get();
        int quantity = form.quantityValue();
        boolean isNew = form.isNew();
        long id = form.id();
        write.write(() -> {
            if (isNew) {
                return resources.createResource(branchId, name, quantity);
            }
            resources.updateResource(id, name, quantity);
            return id;
        }, name, () -> {
            form.clear();
            after.run();
        });
    }

    /** Takes a resource out of use (a basin under repair) or back into use. */
    public void setActive(ResourceRow resource, boolean active) {
        write.write(() -> {
            resources.setResourceActive(resource.id(), active);
            return resource.id();
        }, resource.name(), () -> { });
    }

    /** Shows a service's processing and resources on its form once read (the form was filled from its row). */
    void editPhases(ServiceForm form, long serviceId) {
        background.run(() -> resources.phases(serviceId), found -> {
            if (form.id() == serviceId) {
                Map<Long, ResourceRow> byId = rows.stream().collect(Collectors.toMap(ResourceRow::id,
                        Function.identity()));
                form.phases().show(found, byId);
            }
        }, fail);
    }

    public ObservableList<ResourceRow> rows() {
        return rows;
    }

    public ResourceForm form() {
        return form;
    }
}
