package org.salondesk.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's guard of the audit trail (migration V17): refuses every update and delete of an {@code audit_entry} row, so
 * that not even plain SQL on the database can rewrite what was done. H2 has no trigger language of its own.
 */
public final class H2AppendOnly implements Trigger {

    /** The SQL state PostgreSQL's guard raises too (insufficient privilege). */
    static final String REFUSED = "42501";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        // Nothing to prepare: every row is refused alike.
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry rows are never changed or deleted", REFUSED);
    }
}
