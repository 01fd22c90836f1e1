package org.salondesk.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.SpreadsheetCsv;
import org.salondesk.client.PhoneNumbers;
import org.salondesk.i18n.Messages;

/**
 * Exports a filtered request list to CSV ({@link SpreadsheetCsv}: semicolons, a byte order mark and no cell a
 * spreadsheet would run as a formula), headers and statuses in the desk's language.
 */
public final class RequestsCsv {

    /** The columns, in order; each names its header in the message bundle. */
    public static final List<String> HEADER_KEYS = List.of("requests.column.number", "requests.column.date",
            "requests.column.time", "requests.column.branch", "requests.column.master", "requests.column.services",
            "requests.column.client", "requests.column.phone", "requests.column.status", "requests.column.source",
            "requests.column.total");

    /** The format written (and read back by whoever imports it). */
    public static final CSVFormat FORMAT = SpreadsheetCsv.FORMAT;

    private final RequestQueries queries;

    public RequestsCsv(RequestQueries queries) {
        this.queries = queries;
    }

    /** Writes every request the filter finds, in the list's order; {@code progress} hears rows written so far. */
    public long export(RequestFilter filter, RequestSort sort, Writer out, LongConsumer progress) {
        long[] written = {0};
        try {
            SpreadsheetCsv printer = SpreadsheetCsv.start(out);
            printer.row(HEADER_KEYS.stream().map(Messages::get).toList());
            queries.forEach(filter, sort, row -> {
                try {
                    printer.row(row.number(), row.date(), row.time(), row.branchName(), row.masterName(),
                            row.services(), row.clientName(), PhoneNumbers.display(row.clientPhone()),
                            Messages.get("status." + row.status().name()),
                            Messages.get("details.source." + row.source().name()), row.total().toPlainString());
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, progress::accept);
            printer.flush();
            return written[0];
        } catch (IOException | UncheckedIOException e) {
            throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
        }
    }
}
