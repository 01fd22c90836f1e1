package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.calendarfx.view.DayEntryView;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.catalog.ResourceRow;
import org.salondesk.catalog.ServicePhases;
import org.salondesk.catalog.ServiceRow;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/**
 * Processing time and resources on the real window, on the demo salon (issue 18): the admin gives a service its
 * processing and a basin, and the desk books a short service for the colourist while her client's colour processes.
 */
class ProcessingWindowTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalTime IN_PROCESSING = DemoSalon.COLOUR_TIME.plusMinutes(30);

    @TempDir
    Path folder;

    private DeskWindow window;
    private FxRobot robot;
    private long branch;

    @BeforeEach
    void launch() throws Exception {
        MutableClock clock = TestToday.at(9, 0);
        window = DeskWindow.start(folder, clock, true, null);
        robot = window.robot();
        branch = window.desk().booking().getCompaniesForBooking().stream()
                .filter(candidate -> candidate.name().equals(DemoSalon.KNOWN_BRANCH)).mapToLong(CompanyInfo::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void fire(String query) throws Exception {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
    }

    private void type(String query, String text) throws Exception {
        robot.interact(() -> {
            TextField field = robot.lookup(query).queryAs(TextField.class);
            field.clear();
            field.requestFocus();
        });
        window.waitUntil(() -> window.hasFocus(query));
        robot.write(text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceGetsProcessingAndABasinThenTheColouristIsBookedWhileHerClientsColourProcesses() throws Exception {
        // (a) The catalogue: processing and a basin after it for the one-tone colour.
        robot.clickOn("#nav-catalog");
        window.waitUntil(() -> !window.app().wiring().catalog().services().isEmpty()
                && !window.app().wiring().catalog().resourcesTab().rows().isEmpty());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#catalog-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tab.getId().equals("catalog-tab-services")).findFirst().orElseThrow());
        });
        TableView<ServiceRow> services = robot.lookup("#catalog-services").queryAs(TableView.class);
        ServiceRow colour = services.getItems().stream().filter(s -> s.title().equals("Окрашивание в один тон"))
                .findFirst().orElseThrow();
        robot.interact(() -> services.getSelectionModel().select(colour));
        window.waitUntil(() -> robot.lookup("#catalog-service-title").queryAs(TextField.class).getText()
                .equals(colour.title()));
        type("#catalog-service-busy-before", "40");
        type("#catalog-service-processing", "35");
        ResourceRow basin = window.app().wiring().catalog().resourcesTab().rows().stream()
                .filter(r -> r.name().equals("Мойка")).findFirst().orElseThrow();
        robot.interact(() -> {
            ((ComboBox<ResourceRow>) robot.lookup("#catalog-service-need-resource").queryAs(ComboBox.class))
                    .setValue(basin);
            ((ComboBox<ServiceNeed.Phase>) robot.lookup("#catalog-service-need-phase").queryAs(ComboBox.class))
                    .setValue(ServiceNeed.Phase.AFTER);
        });
        fire("#catalog-service-need-add");
        window.waitUntil(() -> !window.app().wiring().catalog().serviceForm().phases().needList().isEmpty());
        window.shot(robot.lookup("#catalog-tabs").query().getScene().getRoot(), "resources");
        assertThat(robot.lookup("#catalog-service-save").queryAs(Button.class).isDisabled()).isFalse();
        fire("#catalog-service-save");

        window.waitUntil(() -> window.desk().resources().phases(colour.id()).hasProcessing());
        ServicePhases phases = window.desk().resources().phases(colour.id());
        assertThat(phases.busyBeforeMinutes()).isEqualTo(40);
        assertThat(phases.processingMinutes()).isEqualTo(35);
        assertThat(phases.needs()).containsExactly(new ServiceNeed(colour.id(), basin.id(), ServiceNeed.Phase.AFTER));

        // (b) The calendar: the demo's colour at noon processes 12:30–13:00, and the colourist is free then.
        EmployeeInfo colourist = window.desk().booking().getEmployeesForBooking(branch, List.of(), null, null)
                .stream().filter(m -> m.name().equals(DemoSalon.COLOUR_MASTER)).findFirst().orElseThrow();
        // On her first working day from today, whatever day today is.
        BookingSummary processing = window.desk().bookingQueries().forCalendar(branch, TODAY, TODAY.plusDays(6))
                .stream().filter(b -> b.services().equals(DemoSalon.COLOUR_SERVICE) && b.masterId() == colourist.id()
                        && b.start().equals(DemoSalon.COLOUR_TIME) && b.status() != BookingStatus.CANCELLED)
                .findFirst().orElseThrow();
        LocalDate day = processing.date();
        assertThat(processing.processingFromMinutes()).isEqualTo(30);
        robot.clickOn("#nav-calendar");
        robot.interact(() -> window.app().wiring().calendar().showDay(day));
        window.waitUntil(() -> window.entry(processing.id()).isPresent());
        DayEntryView colourCard = window.entry(processing.id()).orElseThrow();
        window.waitUntil(() -> colourCard.lookup(".processing-band") != null
                && colourCard.lookup(".processing-band").isVisible());

        robot.clickOn(window.pointAt(colourist.id(), day, freeTimeOf(colourist.id(), day)));
        window.waitUntil(() -> window.hasFocus("#dialog-phone"));
        robot.targetWindow(robot.lookup("#booking-dialog").query().getScene().getWindow());
        // The colourist's usual service may be proposed: only the fringe is wanted.
        robot.interact(() -> robot.lookup(".service-chip").queryAllAs(Button.class).forEach(Button::fire));
        type("#dialog-service-search", "Стрижка чёл");
        robot.type(KeyCode.ENTER);
        String slot = "#slot-" + IN_PROCESSING.toString().replace(":", "") + "-" + colourist.id();
        window.waitUntil(() -> robot.lookup(slot).tryQuery().isPresent());
        fire(slot);
        type("#dialog-phone", "8 926 000-77-66");
        type("#dialog-name", "Вера");
        window.waitUntil(() -> !robot.lookup("#dialog-save").queryAs(Button.class).isDisabled());
        fire("#dialog-save");
        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#calendar-walk-in").query().getScene().getWindow());

        BookingSummary fringe = window.desk().bookingQueries().forCalendar(branch, day, day).stream()
                .filter(b -> b.masterId() == colourist.id() && b.start().equals(IN_PROCESSING)
                        && b.status() != BookingStatus.CANCELLED)
                .findFirst().orElseThrow();
        assertThat(fringe.services()).isEqualTo("Стрижка чёлки");
        window.waitUntil(() -> window.entry(fringe.id()).isPresent() && window.entry(processing.id()).isPresent());
        DayEntryView fringeCard = window.entry(fringe.id()).orElseThrow();
        DayEntryView colourNow = window.entry(processing.id()).orElseThrow();
        Bounds fringeBounds = fringeCard.localToScene(fringeCard.getLayoutBounds());
        Bounds colourBounds = colourNow.localToScene(colourNow.getLayoutBounds());
        assertThat(fringeBounds.getMinY()).as("in the colour's processing, beside it")
                .isBetween(colourBounds.getMinY(), colourBounds.getMaxY());
        assertThat(fringeBounds.getMinX()).isNotEqualTo(colourBounds.getMinX());
        Node band = colourNow.lookup(".processing-band");
        assertThat(band.isVisible()).isTrue();
        // For the picture: masters who are off hidden and the scale zoomed in, so that the band is plain to see.
        fire("#calendar-hide-off");
        fire("#calendar-zoom-in");
        fire("#calendar-zoom-in");
        window.waitUntil(() -> window.entry(processing.id()).isPresent());
        window.shot(robot.lookup("#calendar-resources").query().getScene().getRoot(), "processing");
    }

    /** A quarter hour of the master's day with no card on it, outside her lunch, to click on. */
    private LocalTime freeTimeOf(long master, LocalDate day) {
        List<BookingSummary> hers = window.desk().bookingQueries().forCalendar(branch, day, day).stream()
                .filter(b -> b.masterId() == master).toList();
        for (LocalTime time = LocalTime.of(10, 0); time.isBefore(LocalTime.of(19, 30)); time = time.plusMinutes(15)) {
            LocalTime start = time;
            LocalTime end = time.plusMinutes(30);
            boolean lunch = start.isBefore(LocalTime.of(15, 0)) && end.isAfter(LocalTime.of(14, 0));
            if (!lunch && hers.stream().noneMatch(b -> b.start().isBefore(end) && b.end().isAfter(start))) {
                return start;
            }
        }
        throw new AssertionError("the demo leaves the colourist no free half hour on " + day);
    }
}
