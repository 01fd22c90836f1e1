package org.salondesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.report.ReportSalon;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.Choice;
import org.salondesk.ui.common.NoticeBoard;

/**
 * The Reports screen's model without a screen, over the three days of {@link ReportSalon}: it picks the branch and
 * shows the first report, switches reports and masters, refuses a backward range, and exports what it shows as CSV
 * and PDF (the PDF's text read back, Cyrillic included) and prints it.
 */
class ReportsViewModelTest {

    private static ReportSalon at;
    private static Locale before;
    private final List<String> printed = new ArrayList<>();
    private ReportsViewModel model;

    @BeforeAll
    static void liveThreeDays() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        at = new ReportSalon();
    }

    @AfterAll
    static void close() {
        Locale.setDefault(before);
        if (at != null) {
            at.close();
        }
    }

    private ReportsViewModel model() {
        ReportsViewModel vm = new ReportsViewModel(at.desk.reports(), at.desk.branches(), at.desk.masters(),
                BackgroundExecutor.sameThread(), (pdf, job) -> {
                    printed.add(job);
                    return pdf.length > 0;
                },
                new NoticeBoard(), at.clock);
        vm.fromProperty().set(ReportSalon.DAY1);
        vm.toProperty().set(ReportSalon.DAY3);
        vm.start();
        return vm;
    }

    @Test
    void itShowsTheFirstReportAndAnotherOnceChosen() {
        model = model();
        assertThat(model.branchProperty().get().label()).isEqualTo("Лаванда");
        assertThat(model.tableProperty().get().rows()).containsExactly(
                List.of(ReportSalon.DAY1.toString(), "2", "3720.00"),
                List.of(ReportSalon.DAY2.toString(), "2", "6150.50"),
                List.of("Итого", "", "9870.50"));
        assertThat(model.tableProperty().get().points()).hasSize(2);

        choose(ReportKind.PAYMENTS);
        model.show();
        assertThat(model.tableProperty().get().rows()).contains(
                List.of("Карта", "2", "5000.00", "-300.00", "4700.00"));

        model.masterProperty().set(model.masters().stream().filter(choice -> "Павел".equals(choice.label()))
                .findFirst().orElseThrow());
        choose(ReportKind.PAYROLL);
        model.show();
        assertThat(model.tableProperty().get().rows()).containsExactly(
                List.of("Павел", "Стрижка", "1", "1500.00", "600.00"),
                List.of("Павел", "Итого", "", "", "600.00"));
    }

    @Test
    void aBackwardRangeIsRefusedAndTheReportShownStays() {
        model = model();
        ReportTable shown = model.tableProperty().get();
        model.toProperty().set(ReportSalon.DAY1.minusDays(1));
        model.show();
        assertThat(model.errorProperty().get()).startsWith("Период заканчивается");
        assertThat(model.tableProperty().get()).isSameAs(shown);
    }

    @Test
    void whatIsShownExportsAsCsvAndPdfAndPrints(@TempDir Path folder) throws IOException {
        model = model();
        choose(ReportKind.NO_SHOWS_BY_CHANNEL);
        model.show();
        Path csv = folder.resolve("report.csv");
        Path pdf = folder.resolve("report.pdf");
        model.exportCsv(csv);
        model.exportPdf(pdf, null);
        model.print(null);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8).lines()).containsExactly(
                "\uFEFFКанал;Записи;Отменено;Отмен, %;Неявки;Неявок, %",
                "Стойка и телефон;6;1;16.7;0;0.0",
                "Онлайн;2;0;0.0;2;100.0");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Отмены и неявки по каналам: Лаванда", "Стойка и телефон", "Онлайн", "100.0");
        }
        assertThat(printed).singleElement().asString().startsWith("Отмены и неявки по каналам");
    }

    private void choose(ReportKind kind) {
        Choice<ReportKind> choice = model.kinds().stream().filter(each -> each.value() == kind).findFirst()
                .orElseThrow();
        model.kindProperty().set(choice);
    }
}
