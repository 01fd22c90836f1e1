package org.salondesk;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as a spreadsheet on the salon's PC opens it: a byte order mark and semicolons (Excel in a Russian locale
 * splits those into columns), and no cell that the spreadsheet would run as a formula. A client named
 * {@code =HYPERLINK(...)} or a phone {@code +7 912 ...} is written {@code '=HYPERLINK(...)} / {@code '+7 912 ...}, the
 * OWASP way against CSV injection: the quote makes the spreadsheet read the cell as text. Every export writes through
 * this class, so no writer can forget it; the client import reads it back with {@link #plain(String)}.
 */
public final class SpreadsheetCsv {

    /** The format written (and read back by whoever imports the file). */
    public static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    /** What makes a spreadsheet take a cell for a formula (or, for tab and CR, hides what follows them). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char GUARD = '\'';

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts the file on {@code out}: the byte order mark, then rows as they come. */
    public static SpreadsheetCsv start(Writer out) throws IOException {
        out.write('\uFEFF');
        return new SpreadsheetCsv(new CSVPrinter(out, FORMAT));
    }

    /** Writes one row, each cell made safe; a null is an empty cell. */
    public void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? null : cell(cells[i].toString());
        }
        printer.printRecord(safe);
    }

    /** Writes one row of {@code cells}, as {@link #row(Object...)}. */
    public void row(Iterable<?> cells) throws IOException {
        List<Object> list = new ArrayList<>();
        cells.forEach(list::add);
        row(list.toArray());
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /**
     * The cell as written: text a spreadsheet would run gets a leading quote. A text that already starts with a quote
     * in front of such a text gets one more, so that {@link #plain(String)} gives back exactly what was written.
     */
    public static String cell(String text) {
        return guarded(text) ? GUARD + text : text;
    }

    /** The text of a cell {@link #cell(String)} wrote: exactly its protecting quote taken off, nothing else. */
    public static String plain(String cell) {
        if (cell != null && !cell.isEmpty() && cell.charAt(0) == GUARD && guarded(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Whether {@link #cell(String)} puts a quote in front of the text. */
    private static boolean guarded(String text) {
        int quotes = 0;
        while (quotes < text.length() && text.charAt(quotes) == GUARD) {
            quotes++;
        }
        return quotes < text.length() && FORMULA_STARTS.indexOf(text.charAt(quotes)) >= 0;
    }
}
