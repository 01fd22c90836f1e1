package org.salondesk;

import static org.salondesk.access.StaffRole.ADMIN;
import static org.salondesk.access.StaffRole.RECEPTIONIST;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.salondesk.access.StaffRole;
import org.salondesk.availability.BookingStatus;
import org.salondesk.checkout.Checkout;
import org.salondesk.checkout.CompletedCheckout;
import org.salondesk.checkout.PaymentRow;
import org.salondesk.checkout.ProductForm;
import org.salondesk.checkout.Tender;

/**
 * The role table's lines of issue 17: products (the catalogue's lines), checkout and the day's payments (admin and
 * receptionist), refunds (admin).
 */
final class CheckoutRoleCases {

    private static final Set<StaffRole> A = EnumSet.of(ADMIN);
    private static final Set<StaffRole> AR = EnumSet.of(ADMIN, RECEPTIONIST);

    private CheckoutRoleCases() {
    }

    static List<RoleCases.Operation> all() {
        return List.of(
                op("the products", AR, f -> f, (d, p, me) -> d.products().products(fixture(p).salon().branch)),
                op("a product", A, f -> f, (d, p, me) -> d.products().create(fixture(p).salon().branch,
                        new ProductForm("Шампунь", new BigDecimal("650.50"), 3, true))),
                op("edit a product", A, f -> f.desk().products().create(f.salon().branch,
                        new ProductForm("Воск " + f.next(), BigDecimal.TEN, 1, true)),
                        (d, p, me) -> d.products().update((Long) p, new ProductForm("Воск", BigDecimal.ONE, 2, false))),
                op("a booking's lines for its checkout", AR, f -> f.book(f.salon().pavel),
                        (d, p, me) -> d.checkout().serviceLines((Long) p)),
                op("a checkout's figures", AR, CheckoutRoleCases::servedToday,
                        (d, p, me) -> d.checkout().totals(paidInCash((Long) p))),
                op("check a client out", AR, CheckoutRoleCases::servedToday,
                        (d, p, me) -> d.checkout().complete(paidInCash((Long) p))),
                op("the day's payments", AR, f -> f,
                        (d, p, me) -> d.payments().onDay(fixture(p).salon().branch, fixture(p).today())),
                op("refund a payment", A, CheckoutRoleCases::payment,
                        (d, p, me) -> d.payments().refund((Long) p, BigDecimal.TEN, "сдача")),
                op("the day's drawer", AR, f -> f,
                        (d, p, me) -> d.dayClose().day(fixture(p).salon().branch, fixture(p).today())),
                op("put cash in the drawer", AR, f -> f, (d, p, me) -> d.dayClose().moveCash(
                        fixture(p).salon().branch, fixture(p).today(), BigDecimal.ONE, "размен")),
                op("the drawer's opening cash", AR, f -> f, (d, p, me) -> d.dayClose().setOpening(
                        fixture(p).salon().branch, fixture(p).today(), BigDecimal.TEN)),
                // Each case closes a day of its own, long past, so that today stays open for the other cases.
                op("close a day", AR, f -> f.today().minusDays(100 + f.next()), (d, p, me) -> d.dayClose().close(
                        RoleTableTest.salon.branch, (java.time.LocalDate) p, BigDecimal.ZERO, null)));
    }

    /**
     * A haircut at the first free hour of today (Павел's, then Ольга's), the client come. On a master's desk the
     * checkout's line refuses before the booking is looked at, so whose booking it is does not matter.
     */
    private static long servedToday(RoleCases.Fixture f) {
        SalonDesk desk = f.desk();
        List<Long> haircut = List.of(f.salon().haircut);
        for (long master : List.of(f.salon().pavel, f.salon().olga)) {
            List<LocalTime> free = desk.booking().getSlotsForBooking(f.salon().branch, haircut, f.today(), master,
                    60);
            if (!free.isEmpty()) {
                long booking = desk.booking().createBooking(f.salon().branch, haircut, f.today(), free.get(0),
                        master, f.salon().anna).id();
                desk.booking().changeStatus(booking, BookingStatus.CONFIRMED, null);
                desk.booking().changeStatus(booking, BookingStatus.ARRIVED, null);
                return booking;
            }
        }
        throw new IllegalStateException("No free hour left today");
    }

    /** A cash payment of a checkout made by the trusted desk. */
    private static long payment(RoleCases.Fixture f) {
        CompletedCheckout done = f.desk().checkout().complete(paidInCash(servedToday(f)));
        return f.desk().payments().onDay(f.salon().branch, f.today()).stream()
                .filter(row -> row.checkoutId() == done.checkoutId()).mapToLong(PaymentRow::id).findFirst()
                .orElseThrow();
    }

    /** The booking's services as booked, paid in cash (with change). */
    private static Checkout paidInCash(long booking) {
        return new Checkout(booking, RoleTableTest.trusted.checkout().serviceLines(booking), null, null, null,
                List.of(Tender.cash("5000")));
    }

    private static RoleCases.Fixture fixture(Object prepared) {
        return (RoleCases.Fixture) prepared;
    }

    private static RoleCases.Operation op(String name, Set<StaffRole> allowed,
                                          java.util.function.Function<RoleCases.Fixture, Object> prepare,
                                          RoleCases.Call call) {
        return new RoleCases.Operation(name, allowed, prepare, call);
    }
}
