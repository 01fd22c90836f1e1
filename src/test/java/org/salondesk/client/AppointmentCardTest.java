package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.salondesk.availability.BookingStatus;
import org.salondesk.print.PdfSheets;
import org.salondesk.print.Sheet;

/** The appointment card: only the visits still to come, soonest first, on the receipt printer's roll. */
class AppointmentCardTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 3, 14);

    @Test
    void onlyTheVisitsToComeAreOnTheCardSoonestFirst() throws IOException {
        ClientCard card = card(
                visit(TODAY.plusDays(20), 11, "Павел", "Стрижка", BookingStatus.CONFIRMED),
                visit(TODAY.plusDays(3), 10, "Ольга", "Маникюр", BookingStatus.NEW),
                visit(TODAY.plusDays(5), 16, "Ольга", "Окрашивание", BookingStatus.CANCELLED),
                visit(TODAY.minusDays(7), 12, "Ольга", "Педикюр", BookingStatus.COMPLETED));

        Sheet sheet = AppointmentCard.of(card, TODAY, Locale.forLanguageTag("ru"));
        String text = text(sheet).replaceAll("\\s+", " ");

        assertThat(sheet.paper()).isEqualTo(Sheet.Paper.RECEIPT);
        assertThat(text).contains("Ваши следующие визиты", "Анна Смирнова", "Маникюр", "Стрижка", "Павел")
                .doesNotContain("Окрашивание", "Педикюр");
        assertThat(text.indexOf("Маникюр")).isLessThan(text.indexOf("Стрижка"));
        assertThat(AppointmentCard.nextVisits(card(visit(TODAY.minusDays(1), 9, "Ольга", "Маникюр",
                BookingStatus.CONFIRMED)), TODAY)).isEmpty();
    }

    private static ClientVisit visit(LocalDate date, int hour, String master, String services, BookingStatus status) {
        return new ClientVisit(date.toEpochDay(), date.toEpochDay(), date, LocalTime.of(hour, 0), master, services,
                new BigDecimal("1800"), status);
    }

    private static ClientCard card(ClientVisit... visits) {
        ClientRow anna = new ClientRow(1, "Анна", "Смирнова", "+79161112233", null, false, null, null, null, null,
                null);
        return new ClientCard(anna, null, false, List.of(), List.of(visits), BigDecimal.ZERO, 0, 0, null, null,
                false);
    }

    private static String text(Sheet sheet) throws IOException {
        try (PDDocument document = Loader.loadPDF(PdfSheets.write(sheet))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
