package org.salondesk.checkout;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salondesk.Require;
import org.salondesk.TextLimit;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.booking.BookingService;
import org.salondesk.guard.AvailabilityGuard;
import org.salondesk.guard.GuardedWrite;
import org.salondesk.persistence.Database;

/**
 * The checkout of a booking the client came to: its lines, discount, tip and payments written and the booking
 * completed in one transaction (decision 0029). Anything refused writes nothing.
 */
public final class CheckoutService {

    /** A reason typed at the checkout: a changed price, a discount, a refund. */
    public static final TextLimit REASON = new TextLimit("fieldName.reason", 500);

    private final Database database;
    private final AvailabilityGuard guard;
    private final BookingService bookings;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;
    private final Clock clock;

    public CheckoutService(Database database, AvailabilityGuard guard, BookingService bookings,
                           CurrentStaff currentStaff, AuditTrail trail, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.bookings = bookings;
        this.currentStaff = currentStaff;
        this.trail = trail;
        this.clock = clock;
    }

    /** The booking's services as booked: the lines a checkout starts with. */
    public List<ServiceLine> serviceLines(long bookingId) {
        currentStaff.require(Act.CHECKOUT);
        return database.withConnection(connection -> CheckoutReads.bookedServices(connection, bookingId));
    }

    /**
     * What was paid ahead for the booking (zero when nothing), which the desk counts against the total while the
     * checkout is filled in; refused for a booking that cannot be checked out.
     */
    public BigDecimal prepaid(long bookingId) {
        currentStaff.require(Act.CHECKOUT);
        return database.withConnection(connection -> CheckoutReads.served(connection, bookingId).prepaid());
    }

    /** A catalogue service as a line to add, at its catalogue price. */
    public ServiceLine serviceLine(long serviceId) {
        currentStaff.require(Act.CHECKOUT);
        return database.withConnection(connection -> CheckoutReads.catalogueService(connection, serviceId));
    }

    /**
     * The checkout's figures as they stand while it is being filled in (products at their prices, the prepayment),
     * writing nothing; refused for what could never be completed (a discount over the total, too little stock).
     */
    public CheckoutTotals totals(Checkout checkout) {
        currentStaff.require(Act.CHECKOUT);
        Require.present(checkout, "field.checkout");
        List<ServiceLine> lines = checkout.services().stream().map(CheckoutService::checked).toList();
        return database.withConnection(connection -> {
            CheckoutReads.Served booking = CheckoutReads.served(connection, checkout.bookingId());
            List<BigDecimal> amounts = new ArrayList<>(lines.stream().map(ServiceLine::price).toList());
            CheckoutReads.priced(connection, booking.branchId(), checkout.products())
                    .forEach(sale -> amounts.add(sale.amount()));
            return CheckoutTotals.of(amounts, checkout.discount(), checkout.tip(), booking.prepaid(),
                    checkout.payments());
        });
    }

    /** Completes the checkout: refused (nothing written) unless every line, the discount and the payments hold. */
    public CompletedCheckout complete(Checkout checkout) {
        currentStaff.require(Act.CHECKOUT);
        Require.present(checkout, "field.checkout");
        Require.that(!checkout.services().isEmpty() || !checkout.products().isEmpty(), "error.checkout.noLines");
        List<ServiceLine> lines = checkout.services().stream().map(CheckoutService::checked).toList();
        checkout.products().forEach(sale -> Require.within(sale.quantity(), Money.QUANTITY));
        String discountReason = checkout.discount().none() ? null
                : Require.text(checkout.discount().reason(), "field.discountReason", REASON);
        return guard.write(write -> {
            // Everything is read and decided under the master's lock before the first write, so that a refusal
            // leaves not even an id used up.
            long master = write.lockBookingMaster(checkout.bookingId(), List.of());
            Connection connection = write.connection();
            CheckoutReads.Served booking = CheckoutReads.served(connection, checkout.bookingId());
            long branchId = booking.branchId();
            LocalDate day = write.today(branchId);
            boolean afterClose = ClosedDays.takeDrawer(connection, currentStaff, branchId, day);
            List<ServiceLine> services = CheckoutReads.listed(connection, checkout.bookingId(), lines);
            List<CheckoutReads.PricedSale> sales = CheckoutReads.priced(connection, branchId, checkout.products());
            List<BigDecimal> amounts = new ArrayList<>(services.stream().map(ServiceLine::price).toList());
            sales.forEach(sale -> amounts.add(sale.amount()));
            CheckoutTotals totals = CheckoutTotals.of(amounts, checkout.discount(), checkout.tip(),
                    booking.prepaid(), checkout.payments()).requireSettled();
            bookings.completeForCheckout(write, checkout.bookingId());
            CheckoutWriter writer = new CheckoutWriter(connection, new CheckoutWriter.Stamp(branchId, day,
                    clock.instant(), currentStaff.id()));
            long id = writer.checkout(checkout.bookingId(), totals, discountReason);
            int lineNo = 0;
            for (ServiceLine line : services) {
                writer.line(id, master, ++lineNo, line.serviceId(), null, line.title(), 1, line.price(), line.price(),
                        line.priceReason());
            }
            for (CheckoutReads.PricedSale sale : sales) {
                writer.takeStock(sale);
                writer.line(id, master, ++lineNo, null, sale.productId(), sale.name(), sale.quantity(), sale.unitPrice(),
                        sale.amount(), null);
            }
            writePayments(writer, id, checkout.payments(), totals);
            trail.record(write.session(), new AuditNote(AuditKind.CHECKOUT, AuditAction.CREATED, "checkout", id,
                    describe(checkout.bookingId(), totals) + (afterClose ? "\nafter the close: yes" : "")));
            return new CompletedCheckout(id, totals);
        });
    }

    /** One payment row a method: cash as it stays in the drawer (change taken off), what was handed over beside it. */
    private static void writePayments(CheckoutWriter writer, long checkoutId, List<Tender> tenders,
                                      CheckoutTotals totals) throws SQLException {
        Map<PaymentMethod, BigDecimal> byMethod = new EnumMap<>(PaymentMethod.class);
        tenders.forEach(tender -> byMethod.merge(tender.method(), Money.kopecks(tender.amount()), BigDecimal::add));
        for (Map.Entry<PaymentMethod, BigDecimal> paid : byMethod.entrySet()) {
            boolean cash = paid.getKey() == PaymentMethod.CASH;
            BigDecimal kept = cash ? totals.cashKept() : paid.getValue();
            if (kept.signum() > 0) {
                writer.payment(checkoutId, paid.getKey(), kept, cash ? paid.getValue() : null, null, null);
            }
        }
    }

    /** The line's price and title checked; its reason, if any, fits (whether it is needed is decided later). */
    private static ServiceLine checked(ServiceLine line) {
        Require.present(line, "field.service");
        BigDecimal price = Money.of(line.price(), Money.AMOUNT);
        String title = Require.text(line.title(), "field.title", new TextLimit("fieldName.title", 200));
        return new ServiceLine(line.serviceId(), title, line.listPrice(), price,
                Require.optionalText(line.priceReason(), REASON));
    }

    private static String describe(long bookingId, CheckoutTotals totals) {
        return "booking: " + bookingId + "\nlines: " + totals.linesTotal().toPlainString() + "\ndiscount: "
                + totals.discount().toPlainString() + "\ntip: " + totals.tip().toPlainString() + "\nprepaid: "
                + totals.prepaid().toPlainString() + "\npaid: " + totals.paid().toPlainString() + "\nchange: "
                + totals.change().toPlainString();
    }
}
