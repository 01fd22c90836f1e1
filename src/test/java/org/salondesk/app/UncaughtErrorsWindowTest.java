package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import javafx.application.Platform;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught goes to the log with its stack trace and shows as one friendly line in the window. */
class UncaughtErrorsWindowTest {

    @TempDir
    Path folder;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtErrors.class);
    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(10, 0), false, SmallSalon::new);
        robot = window.robot();
        log.start();
        logger.addAppender(log);
        // The test harness hears of the FX thread's exception too; here it is expected, not a test failure.
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterEach
    void stop() throws Exception {
        logger.detachAppender(log);
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
        window.stop();
    }

    @Test
    void anExceptionOnTheFxThreadIsLoggedAndTheWindowSaysSoInOneLine() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("thrown on the FX thread by the test");
        });

        window.waitUntil(() -> robot.lookup("#status-trouble").query().isVisible());
        String line = robot.lookup("#status-trouble").queryAs(Label.class).getText();
        assertThat(line).startsWith("Something went wrong at 10:00").contains("log").doesNotContain("Exception");
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("thrown on the FX thread by the test");
            assertThat(event.getFormattedMessage()).contains("JavaFX Application Thread");
        });

        robot.clickOn("#status-trouble");
        window.waitUntil(() -> !robot.lookup("#status-trouble").query().isVisible());
    }

    @Test
    void anExceptionOnAnotherThreadIsLoggedAndTheWindowSaysSo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("thrown in the background by the test");
        }, "test-worker");
        worker.start();
        worker.join();

        window.waitUntil(() -> robot.lookup("#status-trouble").query().isVisible());
        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalArgumentException.class.getName());
            assertThat(event.getFormattedMessage()).contains("test-worker");
        });
    }

    @Test
    void theSameExceptionOverAndOverIsLoggedInFullOnceThenCounted() throws Exception {
        for (int i = 0; i < 12; i++) {
            Platform.runLater(() -> {
                throw new IllegalStateException("again and again");
            });
        }

        window.waitUntil(() -> log.list.size() == 2);
        assertThat(log.list.get(0).getThrowableProxy()).isNotNull();
        assertThat(log.list.get(1).getThrowableProxy()).isNull();
        assertThat(log.list.get(1).getFormattedMessage()).contains("10 times");
    }
}
