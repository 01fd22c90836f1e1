package org.salondesk.persistence;

/**
 * The desk's line to its database as start-up and the screens see it: where it is, its schema version, whether the
 * server answers, and word when it stops answering. Nothing is read or written through it: that is the services' work.
 */
public interface DatabaseLink {

    /** The database's address (say it to the user with {@link JdbcUrl#describe()}, never with its password). */
    JdbcUrl url();

    /** The version of the schema the database is at (the last migration applied). */
    String schemaVersion();

    /** Throws CONNECTION_LOST unless the server answers now. */
    void ping();

    /** Whether anything has asked for the object mapping yet: the desk's start keeps it for after the calendar. */
    boolean mappingStarted();

    /** {@code listener} runs (on the thread that noticed) each time work fails because the connection is lost. */
    void whenConnectionLost(Runnable listener);
}
