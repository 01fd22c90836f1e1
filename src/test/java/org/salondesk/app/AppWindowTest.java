package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.calendarfx.view.DayEntryView;

import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/** The real window, headless, on the demo salon: a column per master and the known booking of today. */
class AppWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(8, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void opensOnTheDemoSalonWithAColumnPerMasterAndTodaysBookings() throws Exception {
        long branch = window.desk().booking().getCompaniesForBooking().get(0).id();
        List<EmployeeInfo> masters = window.desk().booking().getEmployeesForBooking(branch, null, null, null);
        assertThat(masters).hasSizeGreaterThanOrEqualTo(4);

        window.waitUntil(() -> robot.lookup(node -> node instanceof DayEntryView).queryAll().size() > 5);
        for (EmployeeInfo master : masters) {
            Label name = robot.lookup("#master-" + master.id() + " .master-name").queryAs(Label.class);
            assertThat(name.getText()).isEqualTo(master.name());
            assertThat(name.isVisible()).isTrue();
        }

        DayEntryView known = robot.lookup(node -> node instanceof DayEntryView view
                && view.getEntry().getTitle().startsWith(DemoSalon.KNOWN_CLIENT)
                && view.getEntry().getStartTime().equals(DemoSalon.KNOWN_TIME)).queryAs(DayEntryView.class);
        assertThat(known.getEntry().getTitle()).contains(DemoSalon.KNOWN_SERVICE);
        assertThat(DeskWindow.masterOf(known)).isEqualTo(masters.stream()
                .filter(master -> master.name().equals(DemoSalon.KNOWN_MASTER)).findFirst().orElseThrow().id());
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).contains(folder.toString());
        assertThat(known.getEntry().getStartDate()).isEqualTo(TODAY);
        assertThat(known.getEntry().getEndTime()).isEqualTo(LocalTime.of(12, 0));
    }
}
