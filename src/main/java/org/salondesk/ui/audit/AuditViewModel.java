package org.salondesk.ui.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.audit.AuditFilter;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditLog;
import org.salondesk.audit.AuditRow;
import org.salondesk.i18n.Messages;
import org.salondesk.staff.StaffRow;
import org.salondesk.staff.StaffService;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * The Audit screen (admins only): the trail filtered by days, user, kind and record, newest first, read a page at a
 * time ("Show more"); the chosen row's changes in full; a booking or a client opened on its own screen; the rows of
 * the filter exported as CSV.
 */
public final class AuditViewModel {

    static final int PAGE_SIZE = 100;
    /** The days shown when the screen first opens: the last week. */
    private static final int FIRST_DAYS = 7;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT,
            FormatStyle.MEDIUM);

    private final AuditLog audit;
    private final StaffService staff;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final Clock clock;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Choice<Long>> users = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Long>> user = new SimpleObjectProperty<>(this, "user");
    private final ObservableList<Choice<AuditKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<AuditKind>> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty record = new SimpleStringProperty(this, "record", "");
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(this, "total");
    private final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding detail = Bindings.createStringBinding(() -> selected.get() == null ? ""
            : Messages.get("audit.detail", AuditLog.record(selected.get())) + "\n"
            + (selected.get().changes() == null ? "" : selected.get().changes()), selected);
    private final BooleanBinding canOpen = Bindings.createBooleanBinding(() -> opens(selected.get()), selected);
    private final BooleanBinding hasMore = Bindings.createBooleanBinding(() -> rows.size() < total.get(), rows, total);
    private AuditFilter shown = AuditFilter.all();
    private LongConsumer onOpenBooking = id -> { };
    private LongConsumer onOpenClient = id -> { };

    public AuditViewModel(AuditLog audit, StaffService staff, BackgroundExecutor background, NoticeBoard notices,
                          Clock clock) {
        this.audit = audit;
        this.staff = staff;
        this.background = background;
        this.notices = notices;
        this.clock = clock;
        kinds.add(Choice.all(Messages.get("audit.anyKind")));
        for (AuditKind each : AuditKind.values()) {
            kinds.add(Choice.of(each, Messages.get("audit.kind." + each.name())));
        }
        kind.set(kinds.get(0));
    }

    /** Reads the staff users for the filter, then the last week's rows. */
    public void start() {
        if (from.get() == null && to.get() == null) {
            LocalDate today = LocalDate.now(clock);
            from.set(today.minusDays(FIRST_DAYS - 1));
            to.set(today);
        }
        background.run(() -> staff.list(true), found -> {
            Long keep = user.get() == null ? null : user.get().value();
            List<Choice<Long>> choices = new ArrayList<>();
            choices.add(Choice.all(Messages.get("audit.anyUser")));
            choices.add(Choice.of(AuditFilter.DESK, Messages.get("audit.desk")));
            for (StaffRow row : found) {
                choices.add(Choice.of(row.id(), row.displayName() + " (" + row.login() + ")"));
            }
            users.setAll(choices);
            user.set(choices.stream().filter(choice -> Objects.equals(choice.value(), keep)).findFirst()
                    .orElse(choices.get(0)));
            search();
        }, this::fail);
    }

    /** Reads the first page of the filter as it is set now. */
    public void search() {
        AuditFilter filter = filter();
        background.run(() -> new Page(audit.count(filter), audit.page(filter, 0, PAGE_SIZE)), page -> {
            shown = filter;
            error.set("");
            total.set(page.total());
            rows.setAll(page.rows());
            selected.set(null);
        }, this::fail);
    }

    /** Reads the next page of the filter shown and adds it below. */
    public void more() {
        AuditFilter filter = shown;
        int offset = rows.size();
        background.run(() -> audit.page(filter, offset, PAGE_SIZE), page -> rows.addAll(page), this::fail);
    }

    /** Opens the chosen row's booking or client on its own screen. */
    public void open() {
        AuditRow row = selected.get();
        if (!opens(row)) {
            return;
        }
        if ("booking".equals(row.recordType())) {
            onOpenBooking.accept(row.recordId());
        } else {
            onOpenClient.accept(row.recordId());
        }
    }

    /** Writes every row of the filter shown to {@code file}. */
    public void export(Path file) {
        AuditFilter filter = shown;
        background.run(() -> {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return audit.export(filter, out, written -> { });
            } catch (IOException e) {
                throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
            }
        }, written -> notices.post(Notice.info(Messages.get("audit.exported", written, file.toString()))),
                this::fail);
    }

    /** When a row's change was made, on the desk's clock: date and time to the second. */
    public String when(AuditRow row) {
        return WHEN.format(row.when().atZone(clock.getZone()).toLocalDateTime());
    }

    /** What the table says of a row's kind and action. */
    public static String kindText(AuditRow row) {
        return Messages.get("audit.kind." + row.kind().name());
    }

    public static String actionText(AuditRow row) {
        return Messages.get("audit.action." + row.action().name());
    }

    AuditFilter filter() {
        Long staffUserId = user.get() == null ? null : user.get().value();
        AuditKind chosenKind = kind.get() == null ? null : kind.get().value();
        return new AuditFilter(from.get(), to.get(), staffUserId, chosenKind, record.get());
    }

    private static boolean opens(AuditRow row) {
        return row != null && row.recordId() != null
                && ("booking".equals(row.recordType()) || "client".equals(row.recordType()));
    }

    private void fail(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    /** What Open does with a booking's id: its details on the calendar. */
    public void setOnOpenBooking(LongConsumer onOpenBooking) {
        this.onOpenBooking = onOpenBooking;
    }

    /** What Open does with a client's id: her card. */
    public void setOnOpenClient(LongConsumer onOpenClient) {
        this.onOpenClient = onOpenClient;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice<Long>> users() {
        return users;
    }

    public ObjectProperty<Choice<Long>> userProperty() {
        return user;
    }

    public ObservableList<Choice<AuditKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<AuditKind>> kindProperty() {
        return kind;
    }

    public StringProperty recordProperty() {
        return record;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> Messages.get("audit.count", total.get()), total);
    }

    public ObjectProperty<AuditRow> selectedProperty() {
        return selected;
    }

    public StringBinding detail() {
        return detail;
    }

    public BooleanBinding canOpen() {
        return canOpen;
    }

    public BooleanBinding hasMore() {
        return hasMore;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public NoticeBoard notices() {
        return notices;
    }

    /** A page read: how many rows the filter finds in all, and the first ones. */
    private record Page(long total, List<AuditRow> rows) {
    }
}
