package org.salondesk.ui.dayclose;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.booking.BookingService;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.checkout.CashDay;
import org.salondesk.checkout.DayCloseService;
import org.salondesk.checkout.DayCloseSheet;
import org.salondesk.checkout.Money;
import org.salondesk.checkout.Payments;
import org.salondesk.i18n.Messages;
import org.salondesk.i18n.MoneyText;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.Notice;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.SheetOutput;
import org.salondesk.ui.common.SheetPrinter;

/**
 * The day's close of a branch's drawer: its figures (opening, taken by method, refunds, cash moved, cash expected),
 * the opening cash and cash put in or taken out, then the cash counted, the difference shown as it is typed, and the
 * close; printed or saved as PDF.
 */
public final class DayCloseViewModel {

    private final DayCloseService days;
    private final BookingService booking;
    private final BackgroundExecutor background;
    private final NoticeBoard notices;
    private final SheetOutput output;
    private final DayPaymentsViewModel payments;
    private final Clock clock;
    private final NumberText numbers = NumberText.desk();

    private final ObservableList<CompanyInfo> branches = FXCollections.observableArrayList();
    private final ObjectProperty<CompanyInfo> branch = new SimpleObjectProperty<>(this, "branch");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyObjectWrapper<CashDay> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ObservableList<FigureLine> figures = FXCollections.observableArrayList();
    private final ObservableList<CashDay.CashMovement> movements = FXCollections.observableArrayList();
    private final StringProperty opening = new SimpleStringProperty(this, "opening", "");
    private final StringProperty moveAmount = new SimpleStringProperty(this, "moveAmount", "");
    private final BooleanProperty takeOut = new SimpleBooleanProperty(this, "takeOut", true);
    private final StringProperty moveReason = new SimpleStringProperty(this, "moveReason", "");
    private final StringProperty counted = new SimpleStringProperty(this, "counted", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper(this, "difference", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding closed = Bindings.createBooleanBinding(() -> day.get() != null && day.get().closed(),
            day);

    /** A figure of the drawer as the screen lists it. */
    public record FigureLine(String label, String amount) {
    }

    public DayCloseViewModel(DayCloseService days, Payments paymentsOfDay, BookingService booking,
                             BackgroundExecutor background, NoticeBoard notices, SheetPrinter printer, Clock clock) {
        this.days = days;
        this.booking = booking;
        this.background = background;
        this.notices = notices;
        this.payments = new DayPaymentsViewModel(paymentsOfDay, background, clock.getZone(), error::set, () -> {
            notices.post(Notice.info(Messages.get("dayClose.refund.done")));
            reload();
        });
        this.output = new SheetOutput(background, printer, text -> notices.post(Notice.info(text)), this::failed);
        this.clock = clock;
        branch.addListener((obs, old, now) -> reload());
        date.addListener((obs, old, now) -> reload());
        counted.addListener((obs, old, now) -> showDifference());
        day.addListener((obs, old, now) -> showDay(now));
    }

    /** Reads the branches, then today's drawer of the first (or the one chosen before). */
    public void start() {
        if (date.get() == null) {
            date.set(LocalDate.now(clock));
        }
        background.run(booking::getCompaniesForBooking, read -> {
            CompanyInfo chosen = branch.get();
            branches.setAll(read);
            branch.set(read.stream().filter(one -> chosen != null && one.id() == chosen.id()).findFirst()
                    .orElse(read.isEmpty() ? null : read.get(0)));
            reload();
        }, this::failed);
    }

    /** Reads the chosen branch's drawer on the chosen day again. */
    public void reload() {
        CompanyInfo shown = branch.get();
        LocalDate on = date.get();
        if (shown == null || on == null) {
            day.set(null);
            payments.clear();
            return;
        }
        payments.read(shown.id(), on);
        background.run(() -> days.day(shown.id(), on), read -> {
            if (shown.equals(branch.get()) && on.equals(date.get())) {
                error.set("");
                day.set(read);
            }
        }, this::failed);
    }

    public void saveOpening() {
        BigDecimal amount = amount(opening.get(), "dayClose.opening");
        if (amount != null) {
            write(() -> days.setOpening(branch.get().id(), date.get(), amount), "dayClose.openingSaved");
        }
    }

    /** Puts the typed cash into the drawer, or takes it out, for the typed reason. */
    public void moveCash() {
        BigDecimal amount = amount(moveAmount.get(), "dayClose.move.amount");
        if (amount != null) {
            BigDecimal signed = takeOut.get() ? amount.negate() : amount;
            String reason = moveReason.get();
            write(() -> days.moveCash(branch.get().id(), date.get(), signed, reason), "dayClose.moved.done");
        }
    }

    /** Closes the day with the counted cash (and the note, needed when it differs). */
    public void closeDay() {
        BigDecimal amount = amount(counted.get(), "dayClose.counted");
        if (amount != null) {
            String why = note.get();
            write(() -> days.close(branch.get().id(), date.get(), amount, why), "dayClose.closed");
        }
    }

    public void print() {
        CashDay shown = day.get();
        if (shown != null) {
            output.print(() -> sheet(shown));
        }
    }

    public void savePdf(Path file) {
        CashDay shown = day.get();
        if (shown != null) {
            output.save(() -> sheet(shown), file);
        }
    }

    private org.salondesk.print.Sheet sheet(CashDay shown) {
        CompanyInfo of = branch.get();
        String name = of == null ? "" : of.name() + (of.address() == null ? "" : ", " + of.address());
        return DayCloseSheet.of(shown, name, clock.getZone(), Locale.getDefault());
    }

    private void write(java.util.concurrent.Callable<CashDay> work, String doneKey) {
        if (branch.get() == null || date.get() == null) {
            return;
        }
        error.set("");
        background.run(work, written -> {
            day.set(written);
            moveAmount.set("");
            moveReason.set("");
            notices.post(Notice.info(Messages.get(doneKey)));
        }, this::failed);
    }

    /** The typed amount, or null with the problem shown. */
    private BigDecimal amount(String typed, String fieldKey) {
        String problem = numbers.problem(typed, Money.AMOUNT, false);
        if (!problem.isEmpty()) {
            error.set(Messages.get(fieldKey) + ": " + problem);
            return null;
        }
        return numbers.parse(typed);
    }

    private void showDay(CashDay shown) {
        List<FigureLine> lines = new java.util.ArrayList<>();
        if (shown != null) {
            DayCloseSheet.DrawerLine.of(shown).forEach(line -> lines.add(new FigureLine(Messages.get(line.key()),
                    MoneyText.of(line.amount()))));
            if (shown.closed()) {
                lines.add(new FigureLine(Messages.get("dayClose.counted"), MoneyText.of(shown.close().counted())));
                lines.add(new FigureLine(Messages.get("dayClose.difference"),
                        MoneyText.of(shown.close().difference())));
            }
        }
        figures.setAll(lines);
        movements.setAll(shown == null ? List.of() : shown.movements());
        if (shown == null) {
            status.set("");
            return;
        }
        opening.set(numbers.format(shown.opening()));
        if (shown.closed()) {
            counted.set(numbers.format(shown.close().counted()));
            note.set(shown.close().note() == null ? "" : shown.close().note());
            String at = Messages.dateTimeFormatter().withZone(clock.getZone()).format(shown.close().at());
            String closedBy = shown.close().by() == null ? Messages.get("dayClose.closedAt", at)
                    : Messages.get("dayClose.closedBy", at, shown.close().by());
            status.set(shown.changedAfterClose() ? closedBy + " " + Messages.get("dayClose.changedAfterClose",
                    MoneyText.of(shown.close().expected())) : closedBy);
        } else {
            status.set(Messages.get("dayClose.open"));
        }
        showDifference();
    }

    /** Counted less expected as she types: what the close would record. */
    private void showDifference() {
        CashDay shown = day.get();
        BigDecimal typed = numbers.parse(counted.get());
        if (shown == null || typed == null) {
            difference.set("");
            return;
        }
        BigDecimal expected = shown.closed() ? shown.close().expected() : shown.expected();
        BigDecimal by = Money.kopecks(typed).subtract(expected);
        difference.set(Messages.get(by.signum() == 0 ? "dayClose.difference.none" : by.signum() < 0
                ? "dayClose.difference.short" : "dayClose.difference.over", MoneyText.of(by.abs())));
    }

    private void failed(Throwable failure) {
        error.set(ErrorText.of(failure));
    }

    /** The day's payments, to refund one. */
    public DayPaymentsViewModel payments() {
        return payments;
    }

    public NoticeBoard notices() {
        return notices;
    }

    public ObservableList<CompanyInfo> branches() {
        return branches;
    }

    public ObjectProperty<CompanyInfo> branchProperty() {
        return branch;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<CashDay> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ObservableList<FigureLine> figures() {
        return figures;
    }

    public ObservableList<CashDay.CashMovement> movements() {
        return movements;
    }

    public StringProperty openingProperty() {
        return opening;
    }

    public StringProperty moveAmountProperty() {
        return moveAmount;
    }

    public BooleanProperty takeOutProperty() {
        return takeOut;
    }

    public StringProperty moveReasonProperty() {
        return moveReason;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty differenceProperty() {
        return difference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the shown day is closed: its forms are then read-only. */
    public BooleanBinding closed() {
        return closed;
    }
}
