package org.salondesk.ui.clients;

import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.client.ClientCard;
import org.salondesk.client.ClientForm;
import org.salondesk.client.ClientImport;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ClientService;
import org.salondesk.client.DuplicateClientException;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffService;
import org.salondesk.task.TaskRow;
import org.salondesk.task.TaskService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.EditBaseline;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UnsavedEdits;

/**
 * The clients screen: search as you type (a page at a time), the card of the chosen client with her bookings and
 * tasks, the form to create or edit, block and unblock with a reason, reminders on or off, merge another record
 * into her, and import and export.
 */
public final class ClientsViewModel implements UnsavedEdits {

    public static final int PAGE_SIZE = 50;

    private final ClientService clients;
    private final TaskService tasks;
    private final StaffService staff;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final ClientFormViewModel form = new ClientFormViewModel();
    private final EditBaseline formAsShown = new EditBaseline(form.nameProperty(), form.surnameProperty(),
            form.phoneProperty(), form.emailProperty(), form.noteProperty(), form.tagsProperty());
    private final ClientImportViewModel files;

    private final ClientSearchList list;
    private final ObjectProperty<ClientRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ClientCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ObservableList<TaskRow> clientTasks = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> operators = FXCollections.observableArrayList();
    private final StringProperty blockReason = new SimpleStringProperty(this, "blockReason", "");
    private final StringBinding blockReasonProblem = Bindings.createStringBinding(() ->
            ClientForm.BLOCKED_REASON.problem(blockReason.get()), blockReason);
    private final StringProperty mergePhone = new SimpleStringProperty(this, "mergePhone", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Long> phoneOwner = new ReadOnlyObjectWrapper<>(this, "phoneOwner");
    private final CardLinks links = new CardLinks(card.getReadOnlyProperty());

    public ClientsViewModel(ClientService clients, ClientImport clientImport, TaskService tasks, StaffService staff,
                            BackgroundExecutor background, NoticeBoard notices) {
        this.clients = clients;
        this.tasks = tasks;
        this.staff = staff;
        this.background = background;
        this.notices = notices;
        this.files = new ClientImportViewModel(clientImport, background, this::reload);
        formAsShown.mark();
        this.list = new ClientSearchList(clients, background, this::keepSelection, this::fail);
        selected.addListener((obs, old, row) -> showCard(row == null ? null : row.id()));
        // The offer to open the phone's owner goes with the refusal it belongs to.
        error.addListener((obs, old, text) -> phoneOwner.set(null));
    }

    public void start() {
        background.run(() -> staff.list(false).stream().filter(row -> row.role() != StaffRole.MASTER).toList(),
                found -> {
                    operators.setAll(Choice.all(Messages.get("clients.noOperator")));
                    found.forEach(row -> operators.add(Choice.of(row.id(), row.displayName())));
                }, this::fail);
        reload();
    }

    /** Makes {@code operatorId} responsible for the client shown (null: nobody). */
    public void assignOperator(Long operatorId) {
        ClientCard shown = card.get();
        if (shown != null && !Objects.equals(shown.client().operatorId(), operatorId)) {
            write(() -> clients.assignOperator(shown.client().id(), operatorId),
                    Messages.get("clients.operatorSet", shown.client().fullName()));
        }
    }

    /**
     * Gives every client without an operator one of the receptionists and admins on shift today in turn (all active
     * ones when the schedules know of none on shift).
     */
    public void distribute() {
        background.run(clients::distributeAmongDesk, given -> {
            error.set("");
            notices.post(Notice.info(Messages.get("clients.distributed", given)));
            reload();
        }, this::fail);
    }

    /** Reads the current page of what the search finds. */
    public void reload() {
        list.reload();
    }

    /** Keeps the client shown selected on a page read again (her row, as it reads now). */
    private void keepSelection(List<ClientRow> page) {
        Long keep = selected.get() == null ? null : selected.get().id();
        page.stream().filter(row -> keep != null && row.id() == keep).findFirst().ifPresent(row -> {
            if (!row.equals(selected.get())) {
                selected.set(row);
            }
        });
    }

    /**
     * Something changed in the database, on this desk or another (see {@code ChangeFeed}): when clients or bookings
     * (their visits) changed, the page and the card shown are read again, unless the card's form holds edits.
     */
    public void changed(Change change) {
        if (dirty() || !(change.touches(ChangeKind.CLIENTS) || change.touches(ChangeKind.BOOKINGS))) {
            return;
        }
        reload();
        ClientRow shown = selected.get();
        if (shown != null) {
            showCard(shown.id());
        }
    }

    public void nextPage() {
        list.nextPage();
    }

    public void previousPage() {
        list.previousPage();
    }

    private void showCard(Long clientId) {
        if (clientId == null) {
            card.set(null);
            clientTasks.clear();
            return;
        }
        background.run(() -> new Shown(clients.card(clientId), tasks.forClient(clientId)), shown -> {
            card.set(shown.card());
            clientTasks.setAll(shown.tasks());
            blockReason.set(shown.card().client().blocked() ? shown.card().client().blockedReason() : "");
            form.edit(shown.card());
            formAsShown.mark();
        }, this::fail);
    }

    private record Shown(ClientCard card, List<TaskRow> tasks) {
    }

    /** An empty form; a phone typed in the search is taken over. */
    public void newClient() {
        selected.set(null);
        String typed = list.searchProperty().get().replaceAll("[^\\d+()\\s-]", "").strip();
        form.startNew(typed.replaceAll("\\D", "").length() >= 10 ? typed : "");
        formAsShown.mark();
    }

    public void save() {
        save(() -> { });
    }

    /** Saves the client's form; {@code then} runs once it is saved. */
    @Override
    public void save(Runnable then) {
        if (!form.showProblems()) {
            return;
        }
        long id = form.clientIdProperty().get();
        ClientForm written = form.form();
        background.run(() -> {
            if (id == ClientFormViewModel.NEW) {
                return clients.create(written);
            }
            clients.update(id, written);
            return id;
        }, savedId -> {
            formAsShown.mark();
            changed(Messages.get("clients.saved", written.name()), savedId);
            then.run();
        }, failure -> {
            fail(failure);
            if (failure instanceof DuplicateClientException duplicate) {
                phoneOwner.set(duplicate.existingClientId());
            }
        });
    }

    /** Opens the card of the client who has the phone the form was refused for. */
    public void openPhoneOwner() {
        Long owner = phoneOwner.get();
        if (owner != null) {
            background.run(() -> clients.row(owner), row -> {
                error.set("");
                selected.set(row);
            }, this::fail);
        }
    }

    public void block() {
        ClientCard shown = card.get();
        if (shown != null) {
            String reason = blockReason.get();
            write(() -> clients.setBlocked(shown.client().id(), true, reason),
                    Messages.get("clients.blocked", shown.client().fullName()));
        }
    }

    public void unblock() {
        ClientCard shown = card.get();
        if (shown != null) {
            write(() -> clients.setBlocked(shown.client().id(), false, null),
                    Messages.get("clients.unblocked", shown.client().fullName()));
        }
    }

    public void setUnsubscribed(boolean unsubscribed) {
        ClientCard shown = card.get();
        if (shown != null && shown.unsubscribed() != unsubscribed) {
            write(() -> clients.setUnsubscribed(shown.client().id(), unsubscribed),
                    Messages.get(unsubscribed ? "clients.unsubscribed" : "clients.subscribed"));
        }
    }

    /** Merges the client with the phone typed into the one shown: her bookings and tasks come over. */
    public void merge() {
        ClientCard shown = card.get();
        if (shown == null) {
            return;
        }
        String phone = mergePhone.get();
        background.run(() -> {
            ClientRow other = clients.rowByPhone(phone).orElseThrow(() -> new SalonDeskException(ErrorCode.NOT_FOUND,
                    "clients.merge.noneWithPhone", phone));
            clients.merge(shown.client().id(), other.id());
            return other;
        }, other -> {
            mergePhone.set("");
            changed(Messages.get("clients.merged", other.fullName(), shown.client().fullName()), shown.client().id());
        }, this::fail);
    }

    private void write(Runnable change, String notice) {
        long id = card.get().client().id();
        background.run(() -> {
            change.run();
            return id;
        }, done -> changed(notice, id), this::fail);
    }

    private void changed(String notice, long clientId) {
        error.set("");
        notices.post(Notice.info(notice));
        background.run(() -> clients.row(clientId), row -> {
            selected.set(row);
            showCard(row.id());
            reload();
        }, this::fail);
    }

    /** Shows client {@code clientId}'s card, opened from another screen (the audit trail). */
    public void reveal(long clientId) {
        background.run(() -> clients.row(clientId), selected::set, this::fail);
    }

    /** Whether the client's form holds edits not saved yet. */
    @Override
    public boolean dirty() {
        return formAsShown.changed();
    }

    @Override
    public boolean canSave() {
        return form.validProperty().get();
    }

    @Override
    public void discard() {
        formAsShown.restore();
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    public StringProperty searchProperty() {
        return list.searchProperty();
    }

    public ObservableList<ClientRow> rows() {
        return list.rows();
    }

    public IntegerProperty pageProperty() {
        return list.pageProperty();
    }

    public StringBinding pageText() {
        return list.pageText();
    }

    public ObjectProperty<ClientRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ClientCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ObservableList<TaskRow> clientTasks() {
        return clientTasks;
    }

    /** Who can be responsible for a client: "nobody", then the active receptionists and admins. */
    public ObservableList<Choice<Long>> operators() {
        return operators;
    }

    public StringProperty blockReasonProperty() {
        return blockReason;
    }

    /** A reason too long to keep, marked at once: Block stays disabled until it fits. */
    public StringBinding blockReasonProblem() {
        return blockReasonProblem;
    }

    public StringProperty mergePhoneProperty() {
        return mergePhone;
    }

    public ClientFormViewModel form() {
        return form;
    }

    /** From the card to a new task about her or to the waiting list. */
    public CardLinks links() {
        return links;
    }

    public ClientImportViewModel files() {
        return files;
    }

    public NoticeBoard notices() {
        return notices;
    }

    /** The client who has the phone a new or edited client was refused for (null: no such refusal shown). */
    public ReadOnlyObjectProperty<Long> phoneOwnerProperty() {
        return phoneOwner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
