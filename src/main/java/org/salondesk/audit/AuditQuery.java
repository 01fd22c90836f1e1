package org.salondesk.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salondesk.persistence.LikeText;

/** The WHERE clause of an {@link AuditFilter} and its parameters, in the order they appear. */
final class AuditQuery {

    /** "12", "#12", "booking 12", "booking #12". */
    private static final Pattern RECORD = Pattern.compile("(?:([\\p{L}_]+)\\s*)?#?(\\d+)");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    AuditQuery(AuditFilter filter, ZoneId zone) {
        if (filter.from() != null) {
            add(" and a.occurred_at >= ?", OffsetDateTime.ofInstant(filter.from().atStartOfDay(zone).toInstant(),
                    ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            add(" and a.occurred_at < ?", OffsetDateTime.ofInstant(filter.to().plusDays(1).atStartOfDay(zone)
                    .toInstant(), ZoneOffset.UTC));
        }
        if (filter.staffUserId() != null && filter.staffUserId() == AuditFilter.DESK) {
            where.append(" and a.staff_user_id is null");
        } else if (filter.staffUserId() != null) {
            add(" and a.staff_user_id = ?", filter.staffUserId());
        }
        if (filter.kind() != null) {
            add(" and a.kind = ?", filter.kind().name());
        }
        String record = filter.record() == null ? "" : filter.record().strip();
        if (!record.isEmpty()) {
            record(record);
        }
    }

    private void record(String text) {
        Matcher id = RECORD.matcher(text);
        if (id.matches()) {
            add(" and a.record_id = ?", Long.parseLong(id.group(2)));
            if (id.group(1) != null) {
                add(" and lower(a.record_type) = ?", id.group(1).toLowerCase(Locale.ROOT));
            }
            return;
        }
        String like = "%" + LikeText.literal(text.toLowerCase(Locale.ROOT)) + "%";
        add(" and (lower(a.record_type) like ?" + LikeText.ESCAPE + " or lower(a.changes) like ?" + LikeText.ESCAPE
                + ")", like);
        parameters.add(like);
    }

    private void add(String condition, Object parameter) {
        where.append(condition);
        parameters.add(parameter);
    }

    String where() {
        return where.toString();
    }

    /** Sets the parameters from the first; answers the index of the next one. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
