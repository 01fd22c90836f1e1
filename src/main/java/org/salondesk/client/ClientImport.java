package org.salondesk.client;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.SpreadsheetCsv;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditNote;
import org.salondesk.audit.AuditTrail;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clients in and out as CSV (columns name, surname, phone, email, note; comma or semicolon): a preview that says
 * what is wrong with each row (no name, a bad phone, a phone twice in the file or already a client's), then the good
 * rows written in one transaction, in batches, with progress; and the export of all clients.
 */
public final class ClientImport {

    public static final List<String> COLUMNS = List.of("name", "surname", "phone", "email", "note");
    /** Written with semicolons, which Excel in a Russian locale splits into columns. */
    public static final CSVFormat EXPORT_FORMAT = SpreadsheetCsv.FORMAT;

    private static final Logger LOG = LoggerFactory.getLogger(ClientImport.class);
    private static final int BATCH = 500;

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public ClientImport(Database database, Clock clock, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.trail = trail;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** Reads the file and checks every row; writes nothing. A file that is not such a CSV is refused. */
    public ImportPreview preview(Reader file) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        List<CSVRecord> records = parse(file);
        Set<String> phones = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(check(record, phones));
        }
        Set<String> taken = takenPhones(rows.stream().filter(ImportRow::good).map(ImportRow::phone).toList());
        return new ImportPreview(rows.stream().map(row -> row.good() && taken.contains(row.phone())
                ? withProblem(row, Messages.get("clients.import.taken")) : row).toList());
    }

    /**
     * Writes the good rows of {@code preview} in one transaction; {@code progress} hears how many are written. Rows
     * whose phone became a client's since the preview are skipped. Answers how many clients were created.
     */
    public int run(ImportPreview preview, LongConsumer progress) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        long started = System.nanoTime();
        List<ImportRow> good = preview.goodRows();
        int created = database.fromTransaction(session -> {
            Set<String> taken = takenPhones(session, good.stream().map(ImportRow::phone).toList());
            List<ImportRow> rows = good.stream().filter(row -> !taken.contains(row.phone())).toList();
            insert(session, rows, progress);
            // Written with plain SQL, so recorded here: one row for the import, naming the clients it made.
            trail.record(session, new AuditNote(AuditKind.CLIENT, AuditAction.IMPORTED, "client", null,
                    "clients: " + rows.size() + "\n" + String.join("\n", rows.stream().map(row -> String.join(" ",
                            Objects.toString(row.name(), ""), Objects.toString(row.surname(), ""),
                            Objects.toString(row.phone(), "")).strip()).toList())));
            return rows.size();
        });
        LOG.info("Imported {} clients in {} ms", created, (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    /** Writes every client (merged records left out) with the import's columns, so that the file can come back. */
    public long export(Writer out) {
        currentStaff.require(Act.CLIENTS_MANAGE);
        try {
            SpreadsheetCsv printer = SpreadsheetCsv.start(out);
            printer.row(COLUMNS);
            long[] written = {0};
            database.inTransaction(session -> session.createSelectionQuery("select c.name, c.surname, c.phone,"
                            + " c.email, c.note from Client c where c.mergedIntoId is null order by c.id", Object[].class)
                    .getResultStream().forEach(row -> {
                        try {
                            printer.row(row);
                            written[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
            printer.flush();
            trail.record(new AuditNote(AuditKind.EXPORT, AuditAction.EXPORTED, "client", null,
                    "clients: " + written[0]));
            return written[0];
        } catch (IOException | UncheckedIOException e) {
            throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
        }
    }

    private static List<CSVRecord> parse(Reader file) {
        try {
            String text = read(file);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String firstLine = text.lines().findFirst().orElse("");
            char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                Map<String, Integer> header = parser.getHeaderMap();
                Set<String> columns = new HashSet<>();
                header.keySet().forEach(column -> columns.add(column.toLowerCase(Locale.ROOT)));
                if (!columns.contains("name") || !columns.contains("phone")) {
                    throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.import.columns",
                            String.join(", ", COLUMNS));
                }
                return parser.getRecords();
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new SalonDeskException(ErrorCode.INVALID_ARGUMENT, e, "error.import.unreadable", e.getMessage());
        }
    }

    private static String read(Reader file) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read; (read = file.read(buffer)) > 0; ) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private static ImportRow check(CSVRecord record, Set<String> phonesSoFar) {
        String name = field(record, "name");
        String surname = field(record, "surname");
        String phone = field(record, "phone");
        String email = field(record, "email");
        String note = field(record, "note");
        ImportRow row = new ImportRow(record.getRecordNumber() + 1, name, surname, phone, email, note, null);
        try {
            ClientForm checked = new ClientForm(name, surname, phone, email, note, null).checked(false);
            if (!phonesSoFar.add(checked.phone())) {
                return withProblem(row, Messages.get("clients.import.twice"));
            }
            return new ImportRow(row.line(), checked.name(), checked.surname(), checked.phone(), checked.email(),
                    checked.note(), null);
        } catch (SalonDeskException refused) {
            return withProblem(row, refused.getMessage());
        }
    }

    /** The cell's text; the quote an export put in front of a formula-like cell ({@link SpreadsheetCsv}) goes. */
    private static String field(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return record.isSet(name) ? SpreadsheetCsv.plain(record.get(name)) : null;
            }
        }
        return null;
    }

    private static ImportRow withProblem(ImportRow row, String problem) {
        return new ImportRow(row.line(), row.name(), row.surname(), row.phone(), row.email(), row.note(), problem);
    }

    private Set<String> takenPhones(List<String> phones) {
        return database.fromTransaction(session -> takenPhones(session, phones));
    }

    /** Which of {@code phones} are clients' already: one query per thousand phones, not one per row. */
    private static Set<String> takenPhones(Session session, List<String> phones) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < phones.size(); from += 1000) {
            taken.addAll(session.createSelectionQuery("select c.phone from Client c where c.phone in :phones",
                    String.class).setParameter("phones", phones.subList(from, Math.min(phones.size(), from + 1000)))
                    .getResultList());
        }
        return taken;
    }

    private void insert(Session session, List<ImportRow> rows, LongConsumer progress) {
        Timestamp now = Timestamp.from(clock.instant());
        Database.withConnection(session, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into client (name, surname, phone,"
                    + " email, note, blocked, unsubscribed, created_at, version)"
                    + " values (?, ?, ?, ?, ?, false, false, ?, 0)")) {
                for (int i = 0; i < rows.size(); i++) {
                    ImportRow row = rows.get(i);
                    insert.setString(1, row.name());
                    insert.setString(2, row.surname());
                    insert.setString(3, row.phone());
                    insert.setString(4, row.email());
                    insert.setString(5, row.note());
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
                        insert.executeBatch();
                        progress.accept(i + 1);
                    }
                }
            }
            return null;
        });
    }
}
