package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestSort;
import org.salondesk.booking.RequestsCsv;
import org.salondesk.client.ClientRow;
import org.salondesk.client.ImportPreview;
import org.salondesk.client.ImportRow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * Every CSV the desk writes opens in a spreadsheet without running a cell as a formula (OWASP's CSV injection), and
 * the client import reads the client export back unchanged.
 */
class SpreadsheetCsvTest {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final MutableClock clock = TestToday.at(8, 0);

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+7 912 345-67-89", "-2+3", "@SUM(A1)", "\tcalc", "\rcalc", "'=1+2", "''@x",
            "'", "''", "'abc", "Анна", "", "a=b", "=", "'\t"})
    void aCellIsWrittenSafelyAndReadsBackAsTyped(String text) throws Exception {
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = SpreadsheetCsv.start(out);
        csv.row(text, "next");
        csv.flush();

        CSVRecord record = parse(out.toString()).get(0);

        assertSafe(record);
        assertThat(SpreadsheetCsv.plain(record.get(0))).isEqualTo(text);
        assertThat(record.get(1)).isEqualTo("next");
    }

    @Test
    void onlyAFormulaLikeCellGetsTheQuote() {
        assertThat(SpreadsheetCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetCsv.cell("+7 912")).isEqualTo("'+7 912");
        assertThat(SpreadsheetCsv.cell("'abc")).as("a quote before plain text is the user's").isEqualTo("'abc");
        assertThat(SpreadsheetCsv.plain("'abc")).isEqualTo("'abc");
        assertThat(SpreadsheetCsv.cell("Анна Смирнова")).isEqualTo("Анна Смирнова");
    }

    @Test
    void theRequestExportHasNoFormulaCell() throws Exception {
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            long branch = desk.branches().createBranch("=Лаванда", "@Тверская, 1");
            long cut = desk.serviceCatalog().createService(branch, null, "+Стрижка", null, new BigDecimal("1500"), 60);
            long master = desk.masters().createMaster(branch, "-Павел", "=cmd|' /C calc'!A0", null);
            desk.provisions().assignServices(master, List.of(cut));
            for (DayOfWeek day : DayOfWeek.values()) {
                desk.schedules().setWeeklyShift(master, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
            }
            long client = desk.clients().createClient("=HYPERLINK(\"http://x\")", "@Иванова", "8 916 123-45-67");
            LocalDate date = TestToday.date().plusDays(1);
            desk.booking().createBooking(branch, List.of(cut), date, LocalTime.of(10, 0), master, client);
            StringWriter out = new StringWriter();

            long written = new RequestsCsv(desk.requestQueries()).export(RequestFilter.all(),
                    RequestSort.byDateTime(), out, rows -> { });

            assertThat(written).isEqualTo(1);
            List<CSVRecord> records = parse(out.toString());
            assertThat(records).hasSize(2);
            records.forEach(SpreadsheetCsvTest::assertSafe);
            CSVRecord row = records.get(1);
            assertThat(row.get(3)).isEqualTo("'=Лаванда");
            assertThat(row.get(4)).startsWith("'-Павел");
            assertThat(row.get(5)).isEqualTo("'+Стрижка");
            assertThat(row.get(6)).isEqualTo("'=HYPERLINK(\"http://x\") @Иванова");
            assertThat(row.get(7)).isEqualTo("'+7 916 123-45-67");
        }
    }

    @Test
    void theClientExportHasNoFormulaCellAndImportsBackUnchanged() throws Exception {
        StringWriter out = new StringWriter();
        List<ClientRow> clients;
        try (SalonDesk desk = TestDatabases.freshDesk(clock)) {
            desk.clients().createClient("=HYPERLINK(\"http://x\")", "@Иванова", "+7 916 123-45-67");
            desk.clients().createClient("'=1+2", "-Орлова", "8 903 111-22-33");
            desk.clients().createClient("'Анна", "Смирнова", "+7 905 000-00-01");
            clients = desk.clients().search("", 0, 10);

            assertThat(desk.clientImport().export(out)).isEqualTo(3);
        }

        List<CSVRecord> records = parse(out.toString());
        assertThat(records).hasSize(4);
        records.forEach(SpreadsheetCsvTest::assertSafe);
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(1).get(2)).isEqualTo("'+79161234567");

        try (SalonDesk other = TestDatabases.freshDesk(clock)) {
            ImportPreview preview = other.clientImport().preview(new StringReader(out.toString()));
            assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problem()).isNull());
            assertThat(preview.rows()).extracting(ImportRow::name)
                    .containsExactlyInAnyOrder("=HYPERLINK(\"http://x\")", "'=1+2", "'Анна");

            assertThat(other.clientImport().run(preview, written -> { })).isEqualTo(3);

            assertThat(other.clients().search("", 0, 10))
                    .extracting(ClientRow::name, ClientRow::surname, ClientRow::phone)
                    .containsExactlyInAnyOrderElementsOf(clients.stream()
                            .map(row -> org.assertj.core.groups.Tuple.tuple(row.name(), row.surname(), row.phone()))
                            .toList());
        }
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        assertThat(csv).startsWith("\uFEFF");
        return SpreadsheetCsv.FORMAT.parse(new StringReader(csv.substring(1))).getRecords();
    }

    /** No cell of the record starts with what a spreadsheet runs as a formula. */
    private static void assertSafe(CSVRecord record) {
        for (String cell : record) {
            assertThat(cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0)
                    .as("cell %s of line %d", cell, record.getRecordNumber()).isTrue();
        }
    }
}
