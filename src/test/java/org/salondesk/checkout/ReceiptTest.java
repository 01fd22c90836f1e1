package org.salondesk.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDeskException;
import org.salondesk.availability.BookingStatus;
import org.salondesk.print.PdfSheets;
import org.salondesk.print.Sheet;

/** A real checkout read back as its receipt and printed to a PDF whose text says it all, in Russian. */
class ReceiptTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private final CheckoutDesk at = new CheckoutDesk();

    @AfterEach
    void close() {
        at.close();
    }

    @Test
    void theReceiptOfAMixedPaymentWithADiscountSaysEveryFigureInRussian() throws IOException {
        long booking = at.booking(BookingStatus.ARRIVED);
        at.execute("UPDATE booking SET prepaid_amount = 500.00 WHERE id = " + booking);
        long shampoo = at.product("Шампунь", "650.50", 3);
        List<ServiceLine> lines = new ArrayList<>(at.desk.checkout().serviceLines(booking));
        lines.set(1, lines.get(1).withPrice(new BigDecimal("2000"), "скол на одном ногте"));
        // 1 800 + 2 000 + 1 301 = 5 101.00; −10 % = −510.10; tip 300 → 4 890.90; −500 prepaid → 4 390.90;
        // card 3 000 + cash 1 500 handed over → 109.10 change, 1 390.90 cash kept.
        at.desk.checkout().complete(new Checkout(booking, lines, List.of(new ProductSale(shampoo, 2)),
                Discount.percent(BigDecimal.TEN, "постоянная клиентка"), new BigDecimal("300"),
                List.of(Tender.card("3000"), Tender.cash("1500"))));

        Receipt receipt = at.desk.receipts().ofBooking(booking);
        assertThat(receipt.paid()).isEqualTo(new BigDecimal("4390.90"));
        Sheet sheet = new ReceiptSheet(RU).of(receipt);
        assertThat(sheet.paper()).isEqualTo(Sheet.Paper.RECEIPT);
        String text = textOf(PdfSheets.write(sheet));

        long number = at.desk.bookingQueries().details(booking).number();
        assertThat(text).contains("Лаванда", "Тверская, 1", "Запись " + number, "Клиент: Анна Смирнова",
                "Мастер: Ольга", "Стрижка", "Маникюр", "Цена", "скол на одном ногте", "Шампунь",
                "1 800,00", "2 000,00", "1 301,00", "Итого 5 101,00", "Скидка (постоянная клиентка) −510,10",
                "Чаевые 300,00", "К оплате 4 890,90", "Предоплата 500,00", "Картой 3 000,00",
                "Наличными 1 390,90", "Получено наличными 1 500,00", "Сдача 109,10", "не фискальный чек");
    }

    @Test
    void aBookingNotCheckedOutHasNoReceipt() {
        long booking = at.booking(BookingStatus.ARRIVED);
        SalonDeskException refused = catchThrowableOfType(
                () -> at.desk.receipts().ofBooking(booking), SalonDeskException.class);
        assertThat(refused.messageKey()).isEqualTo("error.receipt.notFound");
    }

    /** The PDF's text in reading order, wrapped lines joined, non-breaking spaces (Russian thousands) as plain ones. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
        }
    }
}
