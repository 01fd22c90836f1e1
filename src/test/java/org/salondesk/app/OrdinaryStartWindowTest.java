package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.TestToday;

/**
 * The window's start on a salon that exists already (the demo salon made by an earlier start): nothing before the
 * filled calendar asks for Hibernate, whose build would share the two processors with the calendar's first layout
 * (decision 0015). A screen that reads its choices as soon as the calendar's branch is set did, once.
 */
class OrdinaryStartWindowTest {

    @TempDir
    Path folder;

    private DeskWindow window;

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void nothingBeforeTheFilledCalendarAsksForHibernate() throws Exception {
        window = DeskWindow.start(folder, TestToday.at(8, 0), true, SalonDesk::seedDemoIfEmpty);

        window.waitUntil(() -> window.app().mappingAskedBeforeCalendar() != null);
        assertThat(window.app().mappingAskedBeforeCalendar()).as("Hibernate asked for before the calendar filled")
                .isFalse();
    }
}
