package org.salondesk.ui.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

import org.salondesk.catalog.Branch;
import org.salondesk.catalog.CatalogService;
import org.salondesk.catalog.Employee;
import org.salondesk.catalog.JobTitle;
import org.salondesk.catalog.Provision;
import org.salondesk.catalog.SalonService;
import org.salondesk.catalog.ServiceCategory;
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

    private final CatalogService catalog;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Runnable onChanged;

    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObservableList<ServiceCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<JobTitle> jobTitles = FXCollections.observableArrayList();
    private final ObservableList<SalonService> services = FXCollections.observableArrayList();
    private final ObservableList<Employee> masters = FXCollections.observableArrayList();
    private final ObservableMap<String, Provision> matrix = FXCollections.observableHashMap();
    private final NamedForm categoryForm = new NamedForm(ServiceCategory.NAME, ServiceCategory.DESCRIPTION);
    private final NamedForm jobTitleForm = new NamedForm(JobTitle.NAME, JobTitle.DESCRIPTION);
    private final ServiceForm serviceForm = new ServiceForm();
    private final MasterForm masterForm = new MasterForm();
    private final OwnTermsForm ownTerms = new OwnTermsForm();
    private final ObjectProperty<ServiceCategory> matrixCategory = new SimpleObjectProperty<>(this, "matrixCategory");
    private final FilteredList<SalonService> matrixServices = new FilteredList<>(services, SalonService::isActive);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public CatalogViewModel(CatalogService catalog, BackgroundExecutor background, NoticeBoard notices,
                            Runnable onChanged) {
        this.catalog = catalog;
        this.background = background;
        this.notices = notices;
        this.onChanged = onChanged;
        branch.addListener((obs, old, now) -> {
            if (old != null && (now == null || !old.getId().equals(now.getId()))) {
                clearForms();
            }
            reload();
        });
        ownTerms.masterProperty().addListener((obs, old, now) -> showOwnTerms());
        ownTerms.serviceProperty().addListener((obs, old, now) -> showOwnTerms());
        matrixCategory.addListener((obs, old, now) -> matrixServices.setPredicate(service -> service.isActive()
                && (now == null || now.getId().equals(service.getCategoryId()))));
    }

    public void start() {
        background.run(catalog::branches, found -> {
            Branch keep = branch.get();
            branches.setAll(found);
            // Freshly read branches are new objects, so setting one always fires the listener that reads it.
            branch.set(Choices.keepOrFirst(found, keep, Branch::getId));
        }, this::fail);
    }

    public void reload() {
        Branch shown = branch.get();
        if (shown == null) {
            return;
        }
        long id = shown.getId();
        background.run(() -> new Loaded(catalog.categories(id), catalog.jobTitles(id), catalog.services(id),
                catalog.employees(id), catalog.provisions(id)), loaded -> {
                    categories.setAll(loaded.categories());
                    jobTitles.setAll(loaded.jobTitles());
                    services.setAll(loaded.services());
                    masters.setAll(loaded.masters());
                    Map<String, Provision> cells = new HashMap<>();
                    loaded.provisions().forEach(cell -> cells.put(key(cell.employeeId(), cell.serviceId()), cell));
                    matrix.clear();
                    matrix.putAll(cells);
                }, this::fail);
    }

    /** A form left open on one branch's record must not save into it from another branch. */
    private void clearForms() {
        categoryForm.clear();
        jobTitleForm.clear();
        serviceForm.clear();
        masterForm.clear();
        ownTerms.masterProperty().set(null);
        ownTerms.serviceProperty().set(null);
        matrixCategory.set(null);
    }

    private record Loaded(List<ServiceCategory> categories, List<JobTitle> jobTitles, List<SalonService> services,
                          List<Employee> masters, List<Provision> provisions) {
    }

    /** The matrix's cell of a master and a service. */
    public static String key(long employeeId, long serviceId) {
        return employeeId + ":" + serviceId;
    }

    public void saveCategory() {
        saveCategory(() -> { });
    }

    private void saveCategory(Runnable after) {
        NamedForm form = categoryForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().getId();
        write(() -> form.isNew() ? catalog.createCategory(branchId, form.nameProperty().get(),
                form.descriptionProperty().get()) : updated(() -> catalog.updateCategory(form.id(),
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
        long branchId = branch.get().getId();
        write(() -> form.isNew() ? catalog.createJobTitle(branchId, form.nameProperty().get(),
                form.descriptionProperty().get()) : updated(() -> catalog.updateJobTitle(form.id(),
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
        long branchId = branch.get().getId();
        Long category = form.categoryProperty().get() == null ? null : form.categoryProperty().get().getId();
        BigDecimal price = form.priceValue();
        int minutes = form.minutes();
        write(() -> form.isNew() ? catalog.createService(branchId, category, form.titleProperty().get(),
                        form.descriptionProperty().get(), price, minutes)
                        : updated(() -> catalog.updateService(form.id(), category, form.titleProperty().get(),
                        form.descriptionProperty().get(), price, minutes)), form.titleProperty().get(),
                cleared(form::clear, after));
    }

    public void saveMaster() {
        saveMaster(() -> { });
    }

    private void saveMaster(Runnable after) {
        MasterForm form = masterForm;
        if (!form.showProblems()) {
            return;
        }
        long branchId = branch.get().getId();
        Long jobTitle = form.jobTitleProperty().get() == null ? null : form.jobTitleProperty().get().getId();
        byte[] photo = form.photoProperty().get();
        boolean photoChanged = form.photoChanged();
        write(() -> {
            long id = form.isNew() ? catalog.createEmployee(branchId, form.nameProperty().get(),
                    form.informationProperty().get(), jobTitle) : updated(() -> catalog.updateEmployee(form.id(),
                    form.nameProperty().get(), form.informationProperty().get(), jobTitle));
            long employeeId = form.isNew() ? id : form.id();
            if (photoChanged) {
                catalog.setEmployeePhoto(employeeId, photo);
            }
            return employeeId;
        }, form.nameProperty().get(), cleared(form::clear, after));
    }

    /** Blocks a service (no longer offered for booking; its history stays) or offers it again. */
    public void setServiceActive(SalonService service, boolean active) {
        write(() -> updated(() -> catalog.setServiceActive(service.getId(), active)), service.getTitle(), () -> { });
    }

    /** Blocks a master (refused while she has bookings ahead: the Schedules screen decides about them). */
    public void setMasterActive(Employee master, boolean active) {
        write(() -> updated(() -> catalog.setEmployeeActive(master.getId(), active)), master.getName(), () -> { });
    }

    /** Ticks or unticks a cell of the matrix, keeping the master's own price and duration. */
    public void setProvides(Employee master, SalonService service, boolean provides) {
        Provision cell = matrix.get(key(master.getId(), service.getId()));
        write(() -> updated(() -> catalog.setProvision(master.getId(), service.getId(), provides,
                        cell == null ? null : cell.ownPrice(), cell == null ? null : cell.ownDurationMinutes())),
                master.getName() + " · " + service.getTitle(), () -> {
                    if (!provides && isOwnTermsCell(master, service)) {
                        ownTerms.show(null);
                    }
                });
    }

    /** Chooses a cell of the matrix: its master's own terms are shown for editing. */
    public void pickCell(Employee master, SalonService service) {
        ownTerms.masterProperty().set(master);
        ownTerms.serviceProperty().set(service);
        showOwnTerms();
    }

    /**
     * Stores the chosen master's own price and duration for the chosen service (blank: the service's own); she
     * provides the service from then on, since terms for a service she does not do would mean nothing.
     */
    public void setOwnTerms() {
        setOwnTerms(() -> { });
    }

    private void setOwnTerms(Runnable after) {
        OwnTermsForm form = ownTerms;
        if (!form.showProblems()) {
            return;
        }
        Employee master = form.masterProperty().get();
        SalonService service = form.serviceProperty().get();
        BigDecimal price = form.priceValue();
        Integer minutes = form.minutes();
        write(() -> updated(() -> catalog.setProvision(master.getId(), service.getId(), true, price, minutes)),
                master.getName() + " · " + service.getTitle(), after);
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
        return !changedForms().isEmpty();
    }

    /** Every form with edits can be saved as it is. */
    @Override
    public boolean canSave() {
        return changedForms().stream().allMatch(form -> form.valid().get());
    }

    /** Saves each form with edits, one after the other; {@code then} runs once all are saved. */
    @Override
    public void save(Runnable then) {
        if (canSave()) {
            saveInTurn(changedForms(), then);
        }
    }

    private void saveInTurn(List<FormOnScreen> forms, Runnable then) {
        if (forms.isEmpty()) {
            then.run();
        } else {
            forms.get(0).save().accept(() -> saveInTurn(forms.subList(1, forms.size()), then));
        }
    }

    @Override
    public void discard() {
        changedForms().forEach(form -> form.restore().run());
    }

    /** One form of the screen: whether it changed, whether it is valid, how it is saved and put back. */
    private record FormOnScreen(BooleanSupplier changed, ObservableBooleanValue valid,
                                Consumer<Runnable> save, Runnable restore) {
    }

    private List<FormOnScreen> changedForms() {
        return Stream.of(
                new FormOnScreen(serviceForm::changed, serviceForm.validProperty(), this::saveService,
                        serviceForm::restore),
                new FormOnScreen(masterForm::changed, masterForm.validProperty(), this::saveMaster,
                        masterForm::restore),
                new FormOnScreen(categoryForm::changed, categoryForm.validProperty(), this::saveCategory,
                        categoryForm::restore),
                new FormOnScreen(jobTitleForm::changed, jobTitleForm.validProperty(), this::saveJobTitle,
                        jobTitleForm::restore),
                new FormOnScreen(ownTerms::changed, ownTerms.validProperty(), this::setOwnTerms, ownTerms::restore))
                .filter(form -> form.changed().getAsBoolean()).toList();
    }

    private void showOwnTerms() {
        Employee master = ownTerms.masterProperty().get();
        SalonService service = ownTerms.serviceProperty().get();
        ownTerms.show(master == null || service == null ? null : matrix.get(key(master.getId(), service.getId())));
    }

    private boolean isOwnTermsCell(Employee master, SalonService service) {
        Employee shownMaster = ownTerms.masterProperty().get();
        SalonService shownService = ownTerms.serviceProperty().get();
        return shownMaster != null && shownService != null && shownMaster.getId().equals(master.getId())
                && shownService.getId().equals(service.getId());
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

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObservableList<ServiceCategory> categories() {
        return categories;
    }

    public ObservableList<JobTitle> jobTitles() {
        return jobTitles;
    }

    public ObservableList<SalonService> services() {
        return services;
    }

    public ObservableList<Employee> masters() {
        return masters;
    }

    /** The category whose services the matrix shows; null shows every one. */
    public ObjectProperty<ServiceCategory> matrixCategoryProperty() {
        return matrixCategory;
    }

    /** The matrix's columns: the services offered for booking, of the chosen category. */
    public ObservableList<SalonService> matrixServices() {
        return matrixServices;
    }

    /** The ticked cells by {@link #key(long, long)}. */
    public ObservableMap<String, Provision> matrix() {
        return matrix;
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
        return ownTerms;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
