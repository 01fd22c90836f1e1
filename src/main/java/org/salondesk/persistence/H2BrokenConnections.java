package org.salondesk.persistence;

import java.sql.SQLException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the pool which H2 errors mean the connection itself is gone. H2 reports a session closed under it (by a
 * restore, which closes every other session, or by a shutdown at the desk that serves the file) with its own codes,
 * not the SQL states HikariCP knows; without this the pool would hand the same dead connection out again and again to
 * a desk that queries often, and that desk would never read the database again.
 */
public final class H2BrokenConnections implements SQLExceptionOverride {

    /** H2's "object already closed", "connection broken", "database is closed", "database closed at shutdown". */
    private static final Set<Integer> GONE = Set.of(90007, 90067, 90098, 90121);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return GONE.contains(e.getErrorCode()) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
