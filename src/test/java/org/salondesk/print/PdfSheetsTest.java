package org.salondesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfSheetsTest {

    @Test
    void cyrillicTextTablesAndTotalsAreInThePdfAsWritten() throws IOException {
        Sheet sheet = new Sheet(Sheet.Paper.A4, "Чек № 42", List.of("Салон «Ромашка»", "ул. Ленина, 1"),
                List.of(new Sheet.Table(List.of(Sheet.Column.text("Услуга", 3), Sheet.Column.figure("Сумма", 1)),
                                List.of(List.of("Стрижка женская", "1 500,00"), List.of("Окрашивание", "3 200,00"))),
                        new Sheet.Totals(List.of(new Sheet.Total("Итого", "4 700,00", true)))),
                "Спасибо!");

        String text = text(PdfSheets.write(sheet));

        assertThat(text).contains("Чек № 42", "Салон «Ромашка»", "ул. Ленина, 1", "Услуга", "Сумма",
                "Стрижка женская", "1 500,00", "Окрашивание", "Итого", "4 700,00", "Спасибо!");
    }

    @Test
    void aLongTableGoesOnToNewPagesWithItsHeaderAgain() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(String.format("%02d:00", i % 24), "Клиент " + i));
        }
        Sheet sheet = new Sheet(Sheet.Paper.A4, "День", List.of(),
                List.of(new Sheet.Table(List.of(Sheet.Column.text("Время", 1), Sheet.Column.text("Клиент", 3)),
                        rows)), null);

        byte[] pdf = PdfSheets.write(sheet);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Время", "Клиент");
            }
        }
        assertThat(text(pdf)).contains("Клиент 1\n", "Клиент 150");
    }

    @Test
    void aLongCellWrapsInsteadOfRunningIntoTheNextColumnAndAGlyphTheFontLacksPrintsAsAQuestionMark()
            throws IOException {
        String note = "Аллергия на аммиак, краску подбирать только без аммиака, предупредить мастера заранее";
        Sheet sheet = new Sheet(Sheet.Paper.RECEIPT, "Карточка", List.of("Анна 🌸"),
                List.of(new Sheet.Table(List.of(Sheet.Column.text("Заметка", 1)), List.of(List.of(note)))), null);

        String text = text(PdfSheets.write(sheet));

        assertThat(text.replaceAll("\\s+", " ")).contains(note);
        assertThat(text).contains("Анна ?").doesNotContain("🌸");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
