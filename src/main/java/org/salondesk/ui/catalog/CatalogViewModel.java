package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.salondesk.catalog.BranchRow;
import org.salondesk.catalog.BranchService;
import org.salondesk.catalog.CategoryRow;
import org.salondesk.catalog.JobTitleRow;
import org.salondesk.catalog.MasterRow;
import org.salondesk.catalog.MasterService;
import org.salondesk.catalog.PayRates;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.ProvisionService;
import org.salondesk.catalog.ResourceRow;
import org.salondesk.catalog.Resources;
import org.salondesk.catalog.ServiceCatalog;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.catalog.ServiceSave;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choices;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The catalogue of a branch: categories, job titles, services, masters and the master × service matrix, with a form
 * for each kind and block / unblock. Every change goes through the catalogue service, so booking sees it at once.
 */
public final class CatalogViewModel implements UnsavedEdits {

    private final BranchService branchService;
    private final ServiceCatalog serviceCatalog;
    private final MasterService masterService;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Runnable onChanged;

    private final ObservableList<BranchRow> branches = FXCollections.observableArrayList();
    private final ObjectProperty<BranchRow> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ObservableList<JobTitleRow> jobTitles = FXCollections.observableArrayList();
    private final ObservableList<ServiceRow> services = FXCollections.observableArrayList();
    private final ObservableList<MasterRow> masters = FXCollections.observableArrayList();
    private final NamedForm categoryForm = new NamedForm(CategoryRow.NAME, CategoryRow.DESCRIPTION);
    private final NamedForm jobTitleForm = new NamedForm(JobTitleRow.NAME, JobTitleRow.DESCRIPTION);
    private final ServiceForm serviceForm = new ServiceForm();
    private final MasterForm masterForm = new MasterForm();
    private final PayTerms payTerms;
    private final BranchResources resources;
    private final ProvisionMatrix matrix;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final FormsOnScreen forms;

    public CatalogViewModel(BranchService branchService, ServiceCatalog serviceCatalog, MasterService masterService,
                            ProvisionService provisionService, PayRates payRates, Resources resources,
                            BackgroundExecutor background, NoticeBoard notices, Runnable onChanged) {
        this.payTerms = new PayTerms(payRates, background, this::fail);
        this.resources = new BranchResources(resources, this::write, background, this::fail);
        this.matrix = new ProvisionMatrix(provisionService, resources, services, this::write,
                background, this::fail);
        this.forms = new FormsOnScreen(List.of(
            new FormsOnScreen.Form(serviceForm::changed, serviceForm.validProperty(), this::saveService,
                    serviceForm::restore),
            new FormsOnScreen.Form(masterForm::changed, masterForm.validProperty(), this::saveMaster,
                    masterForm::restore),
            new FormsOnScreen.Form(categoryForm::changed, categoryForm.validProperty(), this::saveCategory,
                    categoryForm::restore),
            new FormsOnScreen.Form(jobTitleForm::changed, jobTitleForm.validProperty(), this::saveJobTitle,
                    jobTitleForm::restore),
            new FormsOnScreen.Form(matrix.ownTerms()::changed, matrix.ownTerms().validProperty(),
                    matrix::setOwnTerms, matrix.ownTerms()::restore),
            new FormsOnScreen.Form(this.resources.form()::changed, this.resources.form().validProperty(),
                    after -> this.resources.save(branch.get().id(), after), this.resources.form()::restore)));
        this.branchService = branchService;
        this.serviceCatalog = serviceCatalog;
        this.masterService = masterService;
        this.background = background;
        this.notices = notices;
        this.onChanged = onChanged;
        branch.addListener((obs, old, now) -> {
            if (old != null && (now == null || old.id() != now.id())) {
                clearForms();
            }
            reload();
        });
    }

    public void start() {
        background.run(branchService::branches,
                found -> Choices.refill(found, branches, branch, BranchRow::id, this::reload), this::fail);
    }

    public void reload() {
        BranchRow shown = branch.get();
        if (shown == null) {
            return;
        }
        long id = shown.id();
        background.run(() -> new Loaded(serviceCatalog.categories(id), masterService.jobTitles(id),
                serviceCatalog.services(id), masterService.masters(id), matrix.provisions(id),
                resources.read(id)), loaded -> {
                    KeptChoices.refill(categories, loaded.categories(), serviceForm.categoryProperty(),
                            matrix.categoryProperty());
                    KeptChoices.refill(jobTitles, loaded.jobTitles(), masterForm.jobTitleProperty());
                    KeptChoices.refill(services, loaded.services(), matrix.ownTerms().serviceProperty());
                    KeptChoices.refill(masters, loaded.masters(), matrix.ownTerms().masterProperty());
                    matrix.refill(loaded.provisions());
                    resources.refill(loaded.resources());
                }, this::fail);
    }

    /** A form left open on one branch's record must not save into it from another branch. */
    private void clearForms() {
        categoryForm.clear();
        jobTitleForm.clear();
        serviceForm.clear();
        masterForm.clear();
        matrix.clear();
        resources.form().clear();
    }

    private record Loaded(List<CategoryRow> categories, List<JobTitleRow> jobTitles, List<ServiceRow> services,
                          List<MasterRow> masters, List<Provision> provisions, List<ResourceRow> resources) {
    }

    /** The matrix's cell of a master and a service. */
    public static String key(long masterId, long serviceId) {
        return ProvisionMatrix.key(masterId, serviceId);
    }

    public void saveCategory() {
        saveCategory(() -> { });
    }

    private void saveCategory(Runnable after) {
        NamedForm form = categoryForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().id();
        write(() -> form.isNew() ? serviceCatalog.createCategory(branchId, form.nameProperty().get(),
                form.descriptionProperty().get()) : updated(() -> serviceCatalog.updateCategory(form.id(),
                form.nameProperty().get(), form.descriptionProperty().get())), form.nameProperty().get(),
                cleared(form::clear, after));
    }

    public void saveJobTitle() {
        saveJobTitle(() -> { });
    }

    private void saveJobTitle(Runnable after) {
        NamedForm form = jobTitleForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().id();
        write(() -> form.isNew() ? masterService.createJobTitle(branchId, form.nameProperty().get(),
                form.descriptionProperty().get()) : updated(() -> masterService.updateJobTitle(form.id(),
                form.nameProperty().get(), form.descriptionProperty().get())), form.nameProperty().get(),
                cleared(form::clear, after));
    }

    public void saveService() {
        saveService(() -> { });
    }

    private void saveService(Runnable after) {
        ServiceForm form = serviceForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().id();
        Long category = form.categoryProperty().get() == null ? null : form.categoryProperty().get().id();
        BigDecimal price = form.priceValue();
        int minutes = form.minutes();
        PayRates.Commission commission = form.commission();
        // The phases go with the Save only when the form changed them; one transaction writes it all.
        ServiceSave.Phases phases = form.phases().changed() ? new ServiceSave.Phases(
                form.phases().busyBeforeMinutes(), form.phases().processingMinutes(), form.phases().needList()
                .stream().map(need -> new ServiceSave.Need(need.resource().id(), need.phase())).toList()) : null;
        ServiceSave save = new ServiceSave(branchId, form.isNew() ? null : form.id(), category,
                form.titleProperty().get(), form.descriptionProperty().get(), price, minutes, commission, phases);
        write(() -> serviceCatalog.saveService(save), form.titleProperty().get(), cleared(form::clear, after));
    }

    public void saveMaster() {
        saveMaster(() -> { });
    }

    private void saveMaster(Runnable after) {
        MasterForm form = masterForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().id();
        Long jobTitle = form.jobTitleProperty().get() == null ? null : form.jobTitleProperty().get().id();
        byte[] photo = form.photoProperty().get();
        boolean photoChanged = form.photoChanged();
        BigDecimal dailyRate = form.dailyRateValue();
        write(() -> {
            long id = form.isNew() ? masterService.createMaster(branchId, form.nameProperty().get(),
                    form.informationProperty().get(), jobTitle) : updated(() -> masterService.updateMaster(form.id(),
                    form.nameProperty().get(), form.informationProperty().get(), jobTitle));
            long masterId = form.isNew() ? id : form.id();
            if (photoChanged) {
                masterService.setMasterPhoto(masterId, photo);
            }
            payTerms.save(masterId, dailyRate);
            return masterId;
        }, form.nameProperty().get(), cleared(form::clear, after));
    }

    /** Fills the service form from its row, then its commission once read. */
    public void editService(ServiceRow service, CategoryRow category) {
        payTerms.edit(serviceForm, service, category);
        resources.editPhases(serviceForm, service.id());
    }


    public void saveResource() {
        resources.save(branch.get().id(), () -> { });
    }

    /** The resources tab: the branch's rooms, chairs, basins and equipment. */
    public BranchResources resourcesTab() {
        return resources;
    }

    /** Fills the master form from her row, then her daily rate once read. */
    public void editMaster(MasterRow master, JobTitleRow jobTitle) {
        payTerms.edit(masterForm, master, jobTitle);
    }

    /** Blocks a service (no longer offered for booking; its history stays) or offers it again. */
    public void setServiceActive(ServiceRow service, boolean active) {
        write(() -> updated(() -> serviceCatalog.setServiceActive(service.id(), active)), service.title(), () -> { });
    }

    /** Blocks a master (refused while she has bookings ahead: the Schedules screen decides about them). */
    public void setMasterActive(MasterRow master, boolean active) {
        write(() -> updated(() -> masterService.setMasterActive(master.id(), active)), master.name(), () -> { });
    }

    /** Ticks or unticks a cell of the matrix, keeping the master's own price and duration. */
    public void setProvides(MasterRow master, ServiceRow service, boolean provides) {
        matrix.setProvides(master, service, provides);
    }

    /** Chooses a cell of the matrix: its master's own terms are shown for editing. */
    public void pickCell(MasterRow master, ServiceRow service) {
        matrix.pickCell(master, service);
    }

    /**
     * Stores the chosen master's own price and duration for the chosen service (blank: the service's own); she
     * provides the service from then on, since terms for a service she does not do would mean nothing.
     */
    public void setOwnTerms() {
        matrix.setOwnTerms(() -> { });
    }

    private static Runnable cleared(Runnable clear, Runnable after) {
        return () -> {
            clear.run();
            after.run();
        };
    }

    /** Whether a form of the catalogue (a service, master, category, job title or own terms) holds edits. */
    @Override
    public boolean dirty() {
        return forms.dirty();
    }

    /** Every form with edits can be saved as it is. */
    @Override
    public boolean canSave() {
        return forms.canSave();
    }

    /** Saves each form with edits, one after the other; {@code then} runs once all are saved. */
    @Override
    public void save(Runnable then) {
        forms.save(then);
    }

    @Override
    public void discard() {
        forms.discard();
    }

    private static long updated(Runnable update) {
        update.run();
        return 0;
    }

    private void write(Callable<Long> change, String what, Runnable then) {
        background.run(change, done -> {
            error.set("");
            notices.post(Notice.info(Messages.get("catalog.saved", what)));
            then.run();
            reload();
            onChanged.run();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public ObservableList<BranchRow> branches() {
        return branches;
    }

    public ObjectProperty<BranchRow> branchProperty() {
        return branch;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    public ObservableList<JobTitleRow> jobTitles() {
        return jobTitles;
    }

    public ObservableList<ServiceRow> services() {
        return services;
    }

    public ObservableList<MasterRow> masters() {
        return masters;
    }

    /** The category whose services the matrix shows; null shows every one. */
    public ObjectProperty<CategoryRow> matrixCategoryProperty() {
        return matrix.categoryProperty();
    }

    /** The matrix's columns: the services offered for booking, of the chosen category. */
    public ObservableList<ServiceRow> matrixServices() {
        return matrix.services();
    }

    /** The ticked cells by {@link #key(long, long)}. */
    public ObservableMap<String, Provision> matrix() {
        return matrix.cells();
    }

    public NamedForm categoryForm() {
        return categoryForm;
    }

    public NamedForm jobTitleForm() {
        return jobTitleForm;
    }

    public ServiceForm serviceForm() {
        return serviceForm;
    }

    public MasterForm masterForm() {
        return masterForm;
    }

    /** The chosen cell's own price and duration. */
    public OwnTermsForm ownTerms() {
        return matrix.ownTerms();
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
