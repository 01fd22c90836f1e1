package org.salondesk.ui.dayclose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.checkout.Money;
import org.salondesk.checkout.PaymentRow;
import org.salondesk.checkout.Payments;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.NumberText;

/**
 * The payments of the day the close shows, and a refund of one of them (an admin's): a new negative payment by the
 * same method with its reason, never more than is left of the payment; the drawer's figures are read again after it.
 */
public final class DayPaymentsViewModel {

    private final Payments payments;
    private final ZoneId zone;
    private final BackgroundExecutor background;
    private final Consumer<String> problem;
    private final Runnable refunded;
    private final NumberText numbers = NumberText.desk();
    private final ObservableList<PaymentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    /** {@code problem} shows what went wrong in words; {@code refunded} runs once a refund is written. */
    public DayPaymentsViewModel(Payments payments, BackgroundExecutor background, ZoneId zone,
                                Consumer<String> problem, Runnable refunded) {
        this.payments = payments;
        this.zone = zone;
        this.background = background;
        this.problem = problem;
        this.refunded = refunded;
    }

    void read(long branchId, LocalDate date) {
        background.run(() -> payments.onDay(branchId, date), rows::setAll,
                failure -> problem.accept(ErrorText.of(failure)));
    }

    void clear() {
        rows.setAll(List.of());
    }

    /** Refunds the typed amount of the chosen payment, for the typed reason. */
    public void refund() {
        PaymentRow chosen = selected.get();
        if (chosen == null) {
            problem.accept(Messages.get("dayClose.refund.choose"));
            return;
        }
        String typed = amount.get();
        String wrong = numbers.problem(typed, Money.PAYMENT, false);
        if (!wrong.isEmpty()) {
            problem.accept(Messages.get("dayClose.refund.amount") + ": " + wrong);
            return;
        }
        BigDecimal back = numbers.parse(typed);
        String why = reason.get();
        background.run(() -> payments.refund(chosen.id(), back, why), id -> {
            amount.set("");
            reason.set("");
            refunded.run();
        }, failure -> problem.accept(ErrorText.of(failure)));
    }

    /** When the payment was made, on the desk's clock. */
    public String time(PaymentRow row) {
        return Messages.timeFormatter().withZone(zone).format(row.paidAt());
    }

    public ObservableList<PaymentRow> rows() {
        return rows;
    }

    public ObjectProperty<PaymentRow> selectedProperty() {
        return selected;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
