package org.salondesk.ui.checkout;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.salondesk.SalonDeskException;
import org.salondesk.booking.BookingDetails;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.checkout.Checkout;
import org.salondesk.checkout.CheckoutTotals;
import org.salondesk.checkout.Discount;
import org.salondesk.checkout.Money;
import org.salondesk.checkout.PaymentMethod;
import org.salondesk.checkout.ProductRow;
import org.salondesk.checkout.Receipt;
import org.salondesk.checkout.ServiceLine;
import org.salondesk.checkout.Tender;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.NumberText;
import org.salondesk.ui.common.SheetPrinter;

/**
 * The checkout of one booking the client came to: its service lines (prices changed with a reason, added, removed),
 * products, a discount, a tip and the payments by method. The figures follow every keystroke through the pure
 * {@link CheckoutTotals} (no database on the way); Complete is possible once nothing is wrong and it is paid, and
 * writes everything in the background. Then the receipt can be printed or saved.
 */
public final class CheckoutViewModel {

    private final CheckoutServices services;
    private final BackgroundExecutor background;
    private final long bookingId;
    private final NumberText numbers = NumberText.desk();
    private final ReceiptActions receiptActions;
    private Runnable onCompleted = () -> { };
    private BigDecimal prepaid = Money.ZERO;

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ObservableList<ServiceItem> serviceItems = FXCollections.observableArrayList(item ->
            new Observable[]{item.priceProperty(), item.reasonProperty()});
    private final ObservableList<ProductItem> productItems = FXCollections.observableArrayList(item ->
            new Observable[]{item.quantityProperty()});
    private final ObservableList<ServiceInfo> offeredServices = FXCollections.observableArrayList();
    private final ObservableList<ProductRow> offeredProducts = FXCollections.observableArrayList();
    private final StringProperty productQuantity = new SimpleStringProperty(this, "productQuantity", "1");
    private final BooleanProperty discountPercent = new SimpleBooleanProperty(this, "discountPercent", true);
    private final StringProperty discountValue = new SimpleStringProperty(this, "discountValue", "");
    private final StringProperty discountReason = new SimpleStringProperty(this, "discountReason", "");
    private final StringProperty tip = new SimpleStringProperty(this, "tip", "");
    private final Map<PaymentMethod, StringProperty> payments = Map.of(
            PaymentMethod.CASH, new SimpleStringProperty(this, "cash", ""),
            PaymentMethod.CARD, new SimpleStringProperty(this, "card", ""),
            PaymentMethod.TRANSFER, new SimpleStringProperty(this, "transfer", ""));
    private final CheckoutFigures figures = new CheckoutFigures();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper told = new ReadOnlyStringWrapper(this, "told", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canComplete = new ReadOnlyBooleanWrapper(this, "canComplete");
    private final ReadOnlyObjectWrapper<Receipt> receipt = new ReadOnlyObjectWrapper<>(this, "receipt");
    private CheckoutTotals totals;

    CheckoutViewModel(CheckoutServices services, BackgroundExecutor background, SheetPrinter printer,
                      long bookingId) {
        this.services = services;
        this.background = background;
        this.bookingId = bookingId;
        this.receiptActions = new ReceiptActions(background, printer, told::set);
        InvalidationListener recompute = obs -> recompute();
        // A refusal from the last try is stale once she changes what she typed.
        InvalidationListener typed = obs -> {
            error.set("");
            recompute();
        };
        for (Observable input : List.of(serviceItems, productItems, discountPercent, discountValue, discountReason,
                tip, payments.get(PaymentMethod.CASH), payments.get(PaymentMethod.CARD),
                payments.get(PaymentMethod.TRANSFER))) {
            input.addListener(typed);
        }
        for (Observable state : List.of(loaded, busy, receipt)) {
            state.addListener(recompute);
        }
    }

    /** Who hears that the booking was checked out (the calendar and the card show it completed). */
    public void setOnCompleted(Runnable onCompleted) {
        this.onCompleted = onCompleted;
    }

    /** Reads the booking, its prepayment, its services as lines and what can be added to them. */
    public void open() {
        busy.set(true);
        background.run(() -> {
            BookingDetails details = services.queries().details(bookingId);
            return new Opened(details, services.checkout().prepaid(bookingId),
                    services.checkout().serviceLines(bookingId),
                    services.booking().getServicesForBooking(details.branchId(), null, details.masterId()),
                    services.products().products(details.branchId()).stream().filter(ProductRow::active).toList());
        }, opened -> {
            heading.set(Messages.get("checkout.heading", opened.details().number(), opened.details().clientName(),
                    opened.details().masterName()));
            prepaid = opened.prepaid();
            serviceItems.setAll(opened.lines().stream().map(line -> new ServiceItem(line, numbers)).toList());
            offeredServices.setAll(opened.offered());
            offeredProducts.setAll(opened.products());
            busy.set(false);
            loaded.set(true);
        }, this::failed);
    }

    private record Opened(BookingDetails details, BigDecimal prepaid, List<ServiceLine> lines,
                          List<ServiceInfo> offered, List<ProductRow> products) {
    }

    /** Adds a catalogue service at its catalogue price. */
    public void addService(ServiceInfo service) {
        if (service == null || receipt.get() != null) {
            return;
        }
        background.run(() -> services.checkout().serviceLine(service.id()),
                line -> serviceItems.add(new ServiceItem(line, numbers)), this::failed);
    }

    public void removeService(ServiceItem item) {
        if (receipt.get() == null) {
            serviceItems.remove(item);
        }
    }

    /** Adds the product in the quantity typed; the same product again adds to its line. */
    public void addProduct(ProductRow product) {
        BigDecimal quantity = numbers.parse(productQuantity.get());
        String wrong = numbers.problem(productQuantity.get(), Money.QUANTITY, false);
        if (product == null || receipt.get() != null) {
            return;
        }
        if (!wrong.isEmpty()) {
            error.set(wrong);
            return;
        }
        error.set("");
        for (ProductItem item : productItems) {
            if (item.productId() == product.id()) {
                item.quantityProperty().set(Integer.toString(item.quantity(numbers) + quantity.intValueExact()));
                return;
            }
        }
        productItems.add(new ProductItem(product, quantity.intValueExact()));
        productQuantity.set("1");
    }

    public void removeProduct(ProductItem item) {
        if (receipt.get() == null) {
            productItems.remove(item);
        }
    }

    /** The line's price differs from its list price: its reason field shows. */
    public boolean priceChanged(ServiceItem item) {
        return item.changed(numbers);
    }

    /** A product line's amount as shown. */
    public String productAmount(ProductItem item) {
        return CheckoutFigures.amount(item.amount(numbers));
    }

    /** Puts what is still to pay on {@code method}, on top of what was typed there. */
    public void payRestBy(PaymentMethod method) {
        if (totals == null || totals.stillToPay().signum() == 0 || receipt.get() != null) {
            return;
        }
        BigDecimal typed = amountOrZero(payments.get(method).get());
        payments.get(method).set(numbers.format(typed.add(totals.stillToPay())));
    }

    /** Completes the checkout in the background: the booking is completed, the receipt read for printing. */
    public void complete() {
        if (!canComplete.get()) {
            return;
        }
        Checkout checkout = checkout();
        busy.set(true);
        error.set("");
        background.run(() -> {
            services.checkout().complete(checkout);
            return services.receipts().ofBooking(bookingId);
        }, done -> {
            busy.set(false);
            receipt.set(done);
            told.set(Messages.get("checkout.completed"));
            onCompleted.run();
        }, this::failed);
    }

    public void printReceipt() {
        if (receipt.get() != null) {
            receiptActions.print(receipt.get());
        }
    }

    public void saveReceipt(Path file) {
        if (receipt.get() != null && file != null) {
            receiptActions.save(receipt.get(), file);
        }
    }

    /** The file name proposed for the receipt's PDF. */
    public String receiptFileName() {
        return receipt.get() == null ? "" : ReceiptActions.fileName(receipt.get());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(ErrorText.of(failure));
    }

    /** The figures and the first thing wrong, from what is typed now; Complete waits until nothing is. */
    private void recompute() {
        String wrong = firstProblem();
        totals = null;
        if (wrong.isEmpty()) {
            try {
                totals = CheckoutTotals.of(lineAmounts(), discount(), amountOrZero(tip.get()), prepaid, tenders());
                figures.show(totals);
                wrong = settledProblem(totals);
            } catch (SalonDeskException refused) {
                wrong = refused.getMessage();
            }
        }
        if (totals == null) {
            figures.clear();
        }
        problem.set(wrong);
        canComplete.set(wrong.isEmpty() && loaded.get() && !busy.get() && receipt.get() == null);
    }

    private String firstProblem() {
        List<String> found = new ArrayList<>();
        serviceItems.forEach(item -> found.add(item.problem(numbers)));
        productItems.forEach(item -> found.add(item.problem(numbers)));
        boolean percent = discountPercent.get();
        found.add(numbers.problem(discountValue.get(), percent ? Money.PERCENT : Money.AMOUNT, true));
        if (amountOrZero(discountValue.get()).signum() > 0 && discountReason.get().isBlank()) {
            found.add(Messages.get("checkout.problem.discountReason"));
        }
        found.add(numbers.problem(tip.get(), Money.AMOUNT, true));
        payments.values().forEach(typed -> found.add(numbers.problem(typed.get(), Money.AMOUNT, true)));
        if (loaded.get() && serviceItems.isEmpty() && productItems.isEmpty()) {
            found.add(Messages.get("error.checkout.noLines"));
        }
        return found.stream().filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    private static String settledProblem(CheckoutTotals totals) {
        try {
            totals.requireSettled();
            return "";
        } catch (SalonDeskException refused) {
            return refused.getMessage();
        }
    }

    private List<BigDecimal> lineAmounts() {
        List<BigDecimal> amounts = new ArrayList<>();
        serviceItems.forEach(item -> amounts.add(item.price(numbers)));
        productItems.forEach(item -> amounts.add(item.amount(numbers)));
        return amounts;
    }

    private Discount discount() {
        BigDecimal value = amountOrZero(discountValue.get());
        if (value.signum() == 0) {
            return Discount.NONE;
        }
        String reason = discountReason.get().strip();
        return discountPercent.get() ? Discount.percent(value, reason) : Discount.amount(value, reason);
    }

    private List<Tender> tenders() {
        List<Tender> tenders = new ArrayList<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            BigDecimal amount = amountOrZero(payments.get(method).get());
            if (amount.signum() > 0) {
                tenders.add(new Tender(method, amount));
            }
        }
        return tenders;
    }

    private Checkout checkout() {
        return new Checkout(bookingId, serviceItems.stream().map(item -> item.line(numbers)).toList(),
                productItems.stream().map(item -> item.sale(numbers)).toList(), discount(),
                amountOrZero(tip.get()), tenders());
    }

    /** A typed amount already checked by {@link #firstProblem}; blank is zero. */
    private BigDecimal amountOrZero(String typed) {
        BigDecimal value = numbers.parse(typed);
        return value == null ? Money.ZERO : value;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<ServiceItem> serviceItems() {
        return serviceItems;
    }

    public ObservableList<ProductItem> productItems() {
        return productItems;
    }

    public ObservableList<ServiceInfo> offeredServices() {
        return offeredServices;
    }

    public ObservableList<ProductRow> offeredProducts() {
        return offeredProducts;
    }

    public StringProperty productQuantityProperty() {
        return productQuantity;
    }

    public BooleanProperty discountPercentProperty() {
        return discountPercent;
    }

    public StringProperty discountValueProperty() {
        return discountValue;
    }

    public StringProperty discountReasonProperty() {
        return discountReason;
    }

    public StringProperty tipProperty() {
        return tip;
    }

    public StringProperty paymentProperty(PaymentMethod method) {
        return payments.get(method);
    }

    public CheckoutFigures figures() {
        return figures;
    }

    /** The first thing that keeps the checkout from completing, in the desk's words; "" when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why reading or writing failed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What became of the checkout and its receipt (completed, printed, saved). */
    public ReadOnlyStringProperty toldProperty() {
        return told.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompleteProperty() {
        return canComplete.getReadOnlyProperty();
    }

    /** The receipt once the checkout is completed; null before. */
    public ReadOnlyObjectProperty<Receipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }
}
