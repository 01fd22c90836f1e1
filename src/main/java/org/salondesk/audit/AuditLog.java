package org.salondesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.SpreadsheetCsv;
import org.salondesk.access.Act;
import org.salondesk.access.CurrentStaff;
import org.salondesk.i18n.Messages;
import org.salondesk.persistence.Database;

/**
 * The audit trail read back, for admins only: filtered, a page at a time, counted, and exported as CSV (the export is
 * itself recorded). Nothing here changes or deletes a row.
 */
public final class AuditLog {

    /** The CSV's columns, as bundle keys. */
    public static final List<String> HEADER_KEYS = List.of("audit.column.when", "audit.column.who",
            "audit.column.kind", "audit.column.action", "audit.column.record", "audit.column.changes");

    private static final String SELECT = "select a.id, a.occurred_at, a.staff_user_id, u.display_name, u.login,"
            + " a.kind, a.action, a.record_type, a.record_id, a.changes"
            + " from audit_entry a left join staff_user u on u.id = a.staff_user_id";
    private static final int EXPORT_PAGE = 500;

    private final Database database;
    private final Clock clock;
    private final CurrentStaff currentStaff;
    private final AuditTrail trail;

    public AuditLog(Database database, Clock clock, CurrentStaff currentStaff, AuditTrail trail) {
        this.database = database;
        this.clock = clock;
        this.currentStaff = currentStaff;
        this.trail = trail;
    }

    /** The rows the filter finds, newest first, {@code limit} from {@code offset}. */
    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        currentStaff.require(Act.AUDIT);
        AuditQuery query = new AuditQuery(filter, clock.getZone());
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + query.where()
                    + " order by a.occurred_at desc, a.id desc offset ? rows fetch next ? rows only")) {
                int next = query.bind(statement);
                statement.setInt(next, Math.max(0, offset));
                statement.setInt(next + 1, Math.max(0, limit));
                return rows(statement);
            }
        });
    }

    /** How many rows the filter finds. */
    public long count(AuditFilter filter) {
        currentStaff.require(Act.AUDIT);
        AuditQuery query = new AuditQuery(filter, clock.getZone());
        return database.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from audit_entry a" + query.where())) {
                query.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Writes every row the filter finds as CSV, newest first; {@code progress} hears rows written. */
    public long export(AuditFilter filter, Writer out, Consumer<Long> progress) {
        currentStaff.require(Act.AUDIT);
        long written = 0;
        try {
            SpreadsheetCsv printer = SpreadsheetCsv.start(out);
            printer.row(HEADER_KEYS.stream().map(Messages::get).toList());
            List<AuditRow> rows;
            do {
                rows = page(filter, (int) written, EXPORT_PAGE);
                for (AuditRow row : rows) {
                    printer.row(row.when().atZone(clock.getZone()).toLocalDateTime().withNano(0), who(row),
                            Messages.get("audit.kind." + row.kind().name()),
                            Messages.get("audit.action." + row.action().name()), record(row), row.changes());
                }
                written += rows.size();
                progress.accept(written);
            } while (rows.size() == EXPORT_PAGE);
            printer.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new SalonDeskException(ErrorCode.STORAGE, e, "error.export.write", e.getMessage());
        }
        trail.record(new AuditNote(AuditKind.EXPORT, AuditAction.EXPORTED, "audit_entry", null,
                "rows: " + written));
        return written;
    }

    /** Who as the screen and the CSV say it: her name and login, or SalonDesk itself. */
    public static String who(AuditRow row) {
        if (row.staffUserId() == null) {
            return Messages.get("audit.desk");
        }
        return row.who() == null ? "#" + row.staffUserId() : row.who();
    }

    /** The record as the screen and the CSV say it: "booking #12". */
    public static String record(AuditRow row) {
        if (row.recordType() == null) {
            return "";
        }
        return row.recordId() == null ? row.recordType() : row.recordType() + " #" + row.recordId();
    }

    private static List<AuditRow> rows(PreparedStatement statement) throws SQLException {
        List<AuditRow> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long staff = rows.getLong(3);
                Long staffUserId = rows.wasNull() ? null : staff;
                String name = rows.getString(4);
                String who = name == null ? null : name + " (" + rows.getString(5) + ")";
                long record = rows.getLong(9);
                Long recordId = rows.wasNull() ? null : record;
                result.add(new AuditRow(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        staffUserId, who, AuditKind.valueOf(rows.getString(6)), AuditAction.valueOf(rows.getString(7)),
                        rows.getString(8), recordId, rows.getString(10)));
            }
        }
        return result;
    }
}
