package org.salondesk.ui.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

import org.salondesk.access.StaffRole;
import org.salondesk.booking.BookingService;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffForm;
import org.salondesk.staff.StaffRow;
import org.salondesk.staff.StaffService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The staff users: the list (with who is on shift today), and the form of the chosen or a new one: login, name,
 * role, and for a master the master she is; active or not.
 */
public final class StaffViewModel implements UnsavedEdits {

    private final StaffService staff;
    private final BookingService booking;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Runnable onChanged;

    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty withInactive = new SimpleBooleanProperty(this, "withInactive", false);
    private final ObjectProperty<StaffRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Choice<Long>> masters = FXCollections.observableArrayList();
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>(this, "role", StaffRole.RECEPTIONIST);
    private final ObjectProperty<Choice<Long>> master = new SimpleObjectProperty<>(this, "master");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding loginProblem = Bindings.createStringBinding(() ->
            !StaffForm.LOGIN.fits(login.get()) ? StaffForm.LOGIN.problem(login.get())
                    : login.get().strip().matches("[\\p{L}0-9._-]{2,}") ? "" : Messages.get("error.staff.login"), login);
    private final StringBinding nameProblem = Bindings.createStringBinding(() -> displayName.get().isBlank()
            ? Messages.get("error.required", Messages.get("field.name"))
            : StaffForm.DISPLAY_NAME.problem(displayName.get()), displayName);
    private final StringBinding masterProblem = Bindings.createStringBinding(() -> role.get() == StaffRole.MASTER
            && (master.get() == null || master.get().value() == null)
            ? Messages.get("error.staff.masterNeedsEmployee") : "", role, master);
    private final BooleanBinding valid = loginProblem.isEmpty().and(nameProblem.isEmpty())
            .and(masterProblem.isEmpty());
    private final EditBaseline asShown = new EditBaseline(login, displayName, role, master);
    private final StaffSecretForm passwordForm;
    private final StaffSecretForm pinForm;

    public StaffViewModel(StaffService staff, BookingService booking, BackgroundExecutor background,
                          NoticeBoard notices, Runnable onChanged) {
        this.staff = staff;
        this.booking = booking;
        this.background = background;
        this.notices = notices;
        this.onChanged = onChanged;
        this.passwordForm = new StaffSecretForm(staff::setPassword, "staff.passwordSet", background, notices);
        passwordForm.userProperty().bind(selected);
        this.pinForm = new StaffSecretForm(staff::setPin, "staff.pinSet", background, notices);
        pinForm.userProperty().bind(selected);
        selected.addListener((obs, old, row) -> {
            if (row != null) {
                login.set(row.login());
                displayName.set(row.displayName());
                role.set(row.role());
                master.set(masterChoice(row.masterId()));
                asShown.mark();
            }
        });
        asShown.mark();
        withInactive.addListener((obs, old, now) -> reload());
    }

    public void start() {
        background.run(this::allMasters, found -> {
            masters.setAll(found);
            if (selected.get() == null) {
                newUser();
            }
            reload();
        }, this::fail);
    }

    private List<Choice<Long>> allMasters() {
        List<Choice<Long>> found = new ArrayList<>();
        found.add(Choice.all(Messages.get("staff.noMaster")));
        for (CompanyInfo branch : booking.getCompaniesForBooking()) {
            booking.getEmployeesForBooking(branch.id(), List.of(), null, null).forEach(master ->
                    found.add(Choice.of(master.id(), master.name() + " · " + branch.name())));
        }
        return found;
    }

    public void reload() {
        boolean all = withInactive.get();
        background.run(() -> staff.list(all), found -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(found);
            selected.set(found.stream().filter(row -> Objects.equals(row.id(), keep)).findFirst().orElse(null));
        }, this::fail);
    }

    /** An empty form: Save creates a new staff user. */
    public void newUser() {
        selected.set(null);
        login.set("");
        displayName.set("");
        role.set(StaffRole.RECEPTIONIST);
        master.set(masterChoice(null));
        asShown.mark();
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the staff user's form; {@code then} runs once it is saved. */
    @Override
    public void save(Runnable then) {
        if (!valid.get()) {
            return;
        }
        StaffRow editing = selected.get();
        StaffForm form = new StaffForm(login.get(), displayName.get(), role.get(),
                master.get() == null ? null : master.get().value());
        background.run(() -> {
            if (editing == null) {
                return staff.create(form);
            }
            staff.update(editing.id(), form);
            return editing.id();
        }, id -> {
            asShown.mark();
            changed(Messages.get("staff.saved", form.displayName()));
            then.run();
        }, this::fail);
    }

    /** Makes the chosen user inactive (she keeps her history) or active again. */
    public void toggleActive() {
        StaffRow row = selected.get();
        if (row != null) {
            background.run(() -> {
                staff.setActive(row.id(), !row.active());
                return null;
            }, done -> changed(Messages.get(row.active() ? "staff.deactivated" : "staff.activated",
                    row.displayName())), this::fail);
        }
    }

    private void changed(String notice) {
        error.set("");
        notices.post(Notice.info(notice));
        reload();
        onChanged.run();
    }

    /** Whether the staff user's form holds edits not saved yet. */
    @Override
    public boolean dirty() {
        return asShown.changed();
    }

    @Override
    public boolean canSave() {
        return valid.get();
    }

    @Override
    public void discard() {
        asShown.restore();
    }

    private Choice<Long> masterChoice(Long masterId) {
        return masters.stream().filter(choice -> Objects.equals(choice.value(), masterId)).findFirst()
                .orElse(masters.isEmpty() ? null : masters.get(0));
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    /** The chosen user's new password. */
    public StaffSecretForm passwordForm() {
        return passwordForm;
    }

    /** The chosen user's new PIN (it signs her in while the salon allows PINs). */
    public StaffSecretForm pinForm() {
        return pinForm;
    }

    public ObservableList<StaffRow> rows() {
        return rows;
    }

    public BooleanProperty withInactiveProperty() {
        return withInactive;
    }

    public ObjectProperty<StaffRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Choice<Long>> masters() {
        return masters;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Choice<Long>> masterProperty() {
        return master;
    }

    public StringBinding loginProblem() {
        return loginProblem;
    }

    public StringBinding nameProblem() {
        return nameProblem;
    }

    public StringBinding masterProblem() {
        return masterProblem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
