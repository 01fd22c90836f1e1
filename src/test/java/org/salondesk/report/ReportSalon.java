package org.salondesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.catalog.PayRates;
import org.salondesk.checkout.Checkout;
import org.salondesk.checkout.CompletedCheckout;
import org.salondesk.checkout.Discount;
import org.salondesk.checkout.PaymentRow;
import org.salondesk.checkout.ProductForm;
import org.salondesk.checkout.ProductSale;
import org.salondesk.checkout.ServiceLine;
import org.salondesk.checkout.Tender;
import org.salondesk.persistence.Database;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Three days of the small salon, lived through the desk with the clock moved a day at a time: bookings come, are
 * checked out through CheckoutService (discounts, a tip, a product, mixed payments), cancelled or not come to, and
 * a payment of the first day is partly refunded on the second. Haircuts pay 40 %, a manicure 500 a service, Ольга
 * has a daily rate of 1 000 and a break on the second day.
 */
public final class ReportSalon implements AutoCloseable {

    public static final LocalDate DAY1 = TestToday.date();
    public static final LocalDate DAY2 = DAY1.plusDays(1);
    public static final LocalDate DAY3 = DAY1.plusDays(2);

    public final MutableClock clock = TestToday.at(8, 0);
    public final SalonDesk desk = TestDatabases.freshDesk(clock);
    public final SmallSalon salon = new SmallSalon(desk);
    final long boris = desk.clients().createClient("Борис", "Петров", "+7 916 222-33-44");
    final long vera = desk.clients().createClient("Вера", "Иванова", "+7 916 333-44-55");
    final long shampoo = desk.products().create(salon.branch,
            new ProductForm("Шампунь", new BigDecimal("650.50"), 5, true));

    public ReportSalon() {
        desk.payRates().setCommission(salon.haircut, PayRates.Commission.percent(new BigDecimal("40")));
        desk.payRates().setCommission(salon.manicure, PayRates.Commission.fixed(new BigDecimal("500")));
        desk.payRates().setDailyRate(salon.olga, new BigDecimal("1000"));
        desk.schedules().addBreak(salon.olga, DAY2, LocalTime.of(13, 0), LocalTime.of(14, 0));

        // Day 1: Анна with Ольга (−10 %, card and cash), Борис's manicure (−100, transfer), Вера cancels with Павел,
        // Анна does not come to Павел (booked online).
        long annaCut = book(salon.olga, List.of(salon.haircut), 9, salon.anna, BookingStatus.ARRIVED);
        long borisNails = book(salon.olga, List.of(salon.manicure), 11, boris, BookingStatus.ARRIVED);
        long veraCut = book(salon.pavel, List.of(salon.haircut), 9, vera, BookingStatus.CONFIRMED);
        long annaNoShow = book(salon.pavel, List.of(salon.haircut), 12, salon.anna, BookingStatus.CONFIRMED);
        CompletedCheckout first = checkout(annaCut, List.of(), Discount.percent(BigDecimal.TEN, "постоянная"),
                null, List.of(Tender.card("1000"), Tender.cash("1000")));
        checkout(borisNails, List.of(), Discount.amount(new BigDecimal("100"), "скол"), null,
                List.of(Tender.transfer("2100")));
        desk.booking().changeStatus(veraCut, BookingStatus.CANCELLED, "заболела");
        evening();
        desk.booking().changeStatus(annaNoShow, BookingStatus.NO_SHOW, null);

        // Day 2: Анна with Павел (haircut at 1 500, a shampoo, a tip, cash); 300 of day 1's card payment given back;
        // Борис with Ольга: a haircut and a manicure, paid by card.
        nextDay();
        long annaAgain = book(salon.pavel, List.of(salon.haircut), 10, salon.anna, BookingStatus.ARRIVED);
        List<ServiceLine> cheaper = List.of(desk.checkout().serviceLines(annaAgain).get(0)
                .withPrice(new BigDecimal("1500"), "короткие волосы"));
        checkout(annaAgain, cheaper, null, List.of(new ProductSale(shampoo, 1)), List.of(Tender.cash("3000")),
                new BigDecimal("200"));
        long card = desk.payments().onDay(salon.branch, DAY1).stream()
                .filter(row -> row.checkoutId() == first.checkoutId() && row.amount().signum() > 0)
                .filter(row -> row.method().name().equals("CARD")).map(PaymentRow::id).findFirst().orElseThrow();
        desk.payments().refund(card, new BigDecimal("300"), "недовольна чёлкой");
        long borisBoth = book(salon.olga, List.of(salon.haircut, salon.manicure), 15, boris, BookingStatus.ARRIVED);
        checkout(borisBoth, List.of(), null, null, List.of(Tender.card("4000")));

        // Day 3: Вера books online with Ольга and does not come; Борис is still expected with Павел.
        nextDay();
        long veraOnline = book(salon.olga, List.of(salon.manicure), 10, vera, BookingStatus.NEW);
        book(salon.pavel, List.of(salon.haircut), 16, boris, BookingStatus.CONFIRMED);
        evening();
        desk.booking().changeStatus(veraOnline, BookingStatus.NO_SHOW, null);
        // The short createBooking is the online request's; all but two were made at the desk.
        execute("UPDATE booking SET source = 'DESK' WHERE id NOT IN (" + annaNoShow + ", " + veraOnline + ")");
    }

    private long book(long master, List<Long> services, int hour, long client, BookingStatus status) {
        long id = desk.booking().createBooking(salon.branch, services, today(), LocalTime.of(hour, 0), master,
                client).id();
        for (BookingStatus step : List.of(BookingStatus.CONFIRMED, BookingStatus.ARRIVED)) {
            if (status.ordinal() >= step.ordinal()) {
                desk.booking().changeStatus(id, step, null);
            }
        }
        return id;
    }

    private CompletedCheckout checkout(long booking, List<ServiceLine> lines, Discount discount,
                                       List<ProductSale> products, List<Tender> paid) {
        return checkout(booking, lines, discount, products, paid, null);
    }

    private CompletedCheckout checkout(long booking, List<ServiceLine> lines, Discount discount,
                                       List<ProductSale> products, List<Tender> paid, BigDecimal tip) {
        List<ServiceLine> services = lines.isEmpty() ? desk.checkout().serviceLines(booking) : lines;
        return desk.checkout().complete(new Checkout(booking, services, products, discount, tip, paid));
    }

    private void evening() {
        clock.set(today().atTime(19, 0));
    }

    private void nextDay() {
        clock.set(today().plusDays(1).atTime(8, 0));
    }

    private LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    void execute(String sql) {
        database().withConnection(connection -> {
            try (var update = connection.prepareStatement(sql)) {
                return update.executeUpdate();
            }
        });
    }

    Database database() {
        return DeskInternals.database(desk);
    }

    ReportQuery query(LocalDate from, LocalDate to, Long master) {
        return new ReportQuery(salon.branch, from, to, master);
    }

    @Override
    public void close() {
        desk.close();
    }
}
