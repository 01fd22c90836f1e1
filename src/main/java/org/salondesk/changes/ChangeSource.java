package org.salondesk.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

/** One engine's way for a desk to hear of the changes committed to its database. */
interface ChangeSource {

    /** Starts listening on the feed's own {@code connection}: what is committed from now on is heard. */
    Listening listen(Connection connection) throws SQLException;

    /** Listening on one connection; an {@link SQLException} means the connection is lost. */
    interface Listening {

        /**
         * The changes committed since the last call, after waiting a moment for one (less once {@code closing} is
         * counted down); null when there were none.
         */
        Change next(CountDownLatch closing) throws SQLException, InterruptedException;
    }
}
