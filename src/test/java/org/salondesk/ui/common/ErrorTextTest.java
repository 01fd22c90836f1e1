package org.salondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.slf4j.LoggerFactory;

/** A storage failure reaches the log with its cause; a refusal of the user's input does not clutter it. */
class ErrorTextTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorText.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private SalonDesk desk;

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
        desk = TestDatabases.freshDesk(TestToday.at(9, 0));
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        desk.close();
    }

    @Test
    void aValueTheDatabaseCannotHoldIsAStorageErrorWhoseCauseIsLogged() {
        long branch = desk.branches().createBranch("Лаванда", null);
        SalonDeskException failure = catchThrowableOfType(() -> DeskInternals.database(desk).inTransaction(session ->
                session.createNativeMutationQuery("update branch set name = :name where id = :id")
                        .setParameter("name", "л".repeat(201)).setParameter("id", branch).executeUpdate()),
                SalonDeskException.class);
        assertThat(failure.code()).isEqualTo(ErrorCode.STORAGE);

        String shown = ErrorText.of(failure);

        assertThat(shown).startsWith("The database could not complete the request");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(causes(event.getThrowableProxy())).as("the cause chain is in the log")
                    .contains("org.hibernate.exception.DataException");
        });
    }

    @Test
    void aRefusalOfTheUsersInputIsShownAndNotLogged() {
        String shown = ErrorText.of(new SalonDeskException(ErrorCode.INVALID_ARGUMENT, "error.required",
                "name"));

        assertThat(shown).isEqualTo("Please fill in the name.");
        assertThat(log.list).isEmpty();
    }

    private static String causes(IThrowableProxy proxy) {
        StringBuilder chain = new StringBuilder();
        for (IThrowableProxy cause = proxy; cause != null; cause = cause.getCause()) {
            chain.append(cause.getClassName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return chain.toString();
    }
}
