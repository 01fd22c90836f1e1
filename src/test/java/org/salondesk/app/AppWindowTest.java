package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.calendarfx.view.DayEntryView;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.SmallSalon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it opens on a prepared file database and shows today's masters and bookings. */
class AppWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private SalonDeskApp app;
    private SmallSalon salon;
    private BookingInfo booking;

    @BeforeEach
    void launch() throws Exception {
        LaunchSettings settings = new LaunchSettings(folder, JdbcUrl.embeddedIn(folder), false, true);
        LocalDate today = LocalDate.now();
        // Prepared as if at midnight, so that a morning booking can be made whatever the time the test runs.
        Clock midnight = Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (SalonDesk desk = SalonDesk.open(settings.databaseUrl(), midnight, false)) {
            salon = new SmallSalon(desk);
            booking = desk.booking().createBooking(salon.branch, List.of(salon.haircut), today,
                    LocalTime.of(11, 0), salon.olga, salon.anna);
        }
        FxToolkit.registerPrimaryStage();
        app = (SalonDeskApp) FxToolkit.setupApplication(() -> new SalonDeskApp(settings, Clock.systemDefaultZone()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.wiring() != null
                && app.wiring().calendar().snapshotProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void showsAColumnPerMasterAndTheBookingsOfToday() {
        Node olga = robot.lookup("#master-" + salon.olga).query();
        Node pavel = robot.lookup("#master-" + salon.pavel).query();
        assertThat(olga.isVisible()).isTrue();
        assertThat(pavel.isVisible()).isTrue();
        assertThat(robot.lookup("#master-" + salon.olga + " .master-name").queryAs(Label.class).getText())
                .isEqualTo("Ольга");

        DayEntryView entry = robot.lookup(node -> node instanceof DayEntryView view
                && ("booking-" + booking.id()).equals(view.getEntry().getId())).queryAs(DayEntryView.class);
        assertThat(entry.getEntry().getTitle()).contains("Анна Смирнова").contains("Стрижка");
        assertThat(entry.getEntry().getStartTime()).isEqualTo(LocalTime.of(11, 0));
    }
}
