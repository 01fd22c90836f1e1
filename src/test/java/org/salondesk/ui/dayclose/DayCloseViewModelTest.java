package org.salondesk.ui.dayclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.checkout.Checkout;
import org.salondesk.checkout.Tender;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The day's close screen: the drawer's figures, cash moved, the difference as it is typed, the close and its paper. */
class DayCloseViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(19, 30);
    private final List<byte[]> printed = new ArrayList<>();
    private SalonDesk desk;
    private SmallSalon salon;
    private DayCloseViewModel viewModel;

    @BeforeEach
    void open() {
        clock.set(TODAY.atTime(9, 0));
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        long booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(10, 0),
                salon.olga, salon.anna).id();
        desk.booking().changeStatus(booking, BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(booking, BookingStatus.ARRIVED, null);
        desk.checkout().complete(new Checkout(booking, desk.checkout().serviceLines(booking), null, null, null,
                List.of(Tender.cash("3000"))));
        clock.set(TODAY.atTime(19, 30));
        viewModel = new DayCloseViewModel(desk.dayClose(), desk.payments(), desk.booking(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), (pdf, job) -> printed.add(pdf), clock);
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theDrawerIsCountedAndClosedWithItsDifferenceShownAsItIsTyped() throws IOException {
        String cash = figure("Taken in cash");
        viewModel.openingProperty().set("1,000");
        viewModel.saveOpening();
        viewModel.takeOutProperty().set(true);
        viewModel.moveAmountProperty().set("500");
        viewModel.moveReasonProperty().set("инкассация");
        viewModel.moveCash();

        assertThat(viewModel.movements()).singleElement().satisfies(move -> assertThat(move.reason())
                .isEqualTo("инкассация"));
        assertThat(figure("Cash expected in the drawer")).isEqualTo(money(1000 + parse(cash) - 500));

        String expected = figure("Cash expected in the drawer");
        viewModel.countedProperty().set(money(parse(expected) - 50));
        assertThat(viewModel.differenceProperty().get()).isEqualTo("The drawer is short by 50.00.");
        viewModel.closeDay();
        assertThat(viewModel.errorProperty().get()).contains("say why in the note");
        assertThat(viewModel.closed().get()).isFalse();

        viewModel.noteProperty().set("сдача без чека");
        viewModel.closeDay();

        assertThat(viewModel.closed().get()).isTrue();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("Closed ");
        viewModel.print();
        assertThat(printed).singleElement().satisfies(pdf -> assertThat(text(pdf)).contains("Day's close",
                "Cash counted", money(parse(expected) - 50), "сдача без чека", "инкассация"));
    }

    @Test
    void aTypoInAnAmountIsSaidAndNothingIsWritten(@TempDir Path folder) throws IOException {
        viewModel.moveAmountProperty().set("5,0,0");
        viewModel.moveReasonProperty().set("размен");
        viewModel.moveCash();

        assertThat(viewModel.errorProperty().get()).startsWith("Amount:");
        assertThat(viewModel.movements()).isEmpty();

        Path file = folder.resolve("close.pdf");
        viewModel.savePdf(file);
        assertThat(text(Files.readAllBytes(file))).contains("Day's close", "The day is not closed yet.");
    }

    @Test
    void aPaymentOfTheDayIsRefundedWithItsReasonAndTheDrawerExpectsLess() {
        String expected = figure("Cash expected in the drawer");
        DayPaymentsViewModel payments = viewModel.payments();
        assertThat(payments.rows()).singleElement().satisfies(row -> assertThat(row.amount()).isPositive());

        payments.refund();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Choose the payment to refund.");
        payments.selectedProperty().set(payments.rows().get(0));
        payments.amountProperty().set("300");
        payments.reasonProperty().set("жалоба на стрижку");
        payments.refund();

        assertThat(payments.rows()).hasSize(2).last().satisfies(row -> {
            assertThat(row.amount()).isEqualByComparingTo("-300");
            assertThat(row.reason()).isEqualTo("жалоба на стрижку");
        });
        assertThat(figure("Refunds among them")).isEqualTo("-300.00");
        assertThat(figure("Cash expected in the drawer")).isEqualTo(money(parse(expected) - 300));
    }

    private String figure(String label) {
        return viewModel.figures().stream().filter(line -> line.label().equals(label)).findFirst().orElseThrow()
                .amount();
    }

    private static long parse(String amount) {
        return Long.parseLong(amount.replace(",", "").replace(".00", ""));
    }

    private static String money(long roubles) {
        return String.format(java.util.Locale.US, "%,d.00", roubles);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
