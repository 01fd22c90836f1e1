package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import com.calendarfx.view.DayEntryView;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.booking.BookingSummary;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.testfx.api.FxRobot;

/**
 * The calendar's resource columns on the real window, on the demo salon (issue 18, decision 0037): the day's columns
 * switch to the basins and the massage room, the colour's rinse and a massage sit in them over the stretches they
 * take, a card picked shows its booking's details, and Ctrl+Shift+C brings the masters back.
 */
class ResourceColumnsWindowTest {

    private static final LocalDate TODAY = TestToday.date();

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

    /**
     * A day the database says has both a colour rinsed at a basin and a massage in the room; of those, the one with
     * the most uses (the fullest picture).
     */
    private LocalDate dayWithRinseAndMassage(long basin, long room) {
        LocalDate best = null;
        int most = 0;
        for (LocalDate day = TODAY.minusDays(21); !day.isAfter(TODAY.plusDays(7)); day = day.plusDays(1)) {
            List<ResourceUseSummary> uses = window.desk().bookingQueries().resourceUses(branch, day).stream()
                    .filter(ResourceUseSummary::takes).toList();
            boolean both = uses.stream().anyMatch(use -> use.resourceId() == basin
                    && use.services().equals(DemoSalon.COLOUR_SERVICE))
                    && uses.stream().anyMatch(use -> use.resourceId() == room);
            if (both && uses.size() > most) {
                best = day;
                most = uses.size();
            }
        }
        assertThat(best).as("a day of the demo with a colour's rinse and a massage").isNotNull();
        return best;
    }

    private Optional<DayEntryView> card(ResourceUseSummary use) {
        String id = "use-" + use.bookingId() + "-" + use.resourceId() + "-" + use.startMinute();
        return robot.lookup(node -> node instanceof DayEntryView view && view.isVisible()
                && id.equals(view.getEntry().getId())).tryQueryAs(DayEntryView.class);
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theDaysColumnsBecomeTheBasinsAndTheMassageRoomAndBackToTheMasters() throws Exception {
        List<CalendarResource> resources = window.desk().bookingQueries().calendarResources(branch);
        long basin = resources.stream().filter(r -> r.name().equals("Мойка")).findFirst().orElseThrow().id();
        long room = resources.stream().filter(r -> r.name().equals("Массажный кабинет")).findFirst().orElseThrow()
                .id();
        LocalDate day = dayWithRinseAndMassage(basin, room);
        List<ResourceUseSummary> uses = window.desk().bookingQueries().resourceUses(branch, day);
        ResourceUseSummary rinse = uses.stream().filter(use -> use.resourceId() == basin && use.takes()
                && use.services().equals(DemoSalon.COLOUR_SERVICE)).findFirst().orElseThrow();
        ResourceUseSummary massage = uses.stream().filter(use -> use.resourceId() == room && use.takes())
                .findFirst().orElseThrow();
        BookingSummary colour = window.desk().bookingQueries().forCalendar(branch, day, day).stream()
                .filter(booking -> booking.id() == rinse.bookingId()).findFirst().orElseThrow();

        robot.clickOn("#nav-calendar");
        robot.interact(() -> window.app().wiring().calendar().showDay(day));
        window.waitUntil(() -> window.entry(colour.id()).isPresent());
        assertThat(robot.lookup("#calendar-columns").query().isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#calendar-columns-resources").queryAs(ButtonBase.class).fire());

        window.waitUntil(() -> showing("#calendar-resource-columns") && !showing("#calendar-resources")
                && card(rinse).isPresent() && card(massage).isPresent());
        Label basinHeader = (Label) robot.lookup("#resource-" + basin).lookup(".master-name").query();
        assertThat(basinHeader.getText()).isEqualTo("Мойка · 2");
        assertThat(robot.lookup("#resource-" + room).lookup(".master-name").queryAs(Label.class).getText())
                .isEqualTo("Массажный кабинет · 1");
        // The rinse only: the basin is taken from the end of the colour's processing to the end of the colour.
        DayEntryView rinseCard = card(rinse).orElseThrow();
        LocalTime rinseStart = colour.start().plusMinutes(colour.processingFromMinutes() + colour.processingMinutes());
        assertThat(rinseCard.getEntry().getStartTime()).isEqualTo(rinseStart).isAfter(colour.start());
        assertThat(rinseCard.getEntry().getEndTime()).isEqualTo(colour.end());
        assertThat(rinseCard.getEntry().getTitle()).contains(colour.clientName(), DemoSalon.COLOUR_SERVICE,
                DemoSalon.COLOUR_MASTER);
        // One massage room: taken all through the massage.
        assertThat(robot.lookup("#resource-full-" + room).queryAs(Label.class).getText())
                .contains(massage.start().toString());

        robot.clickOn(rinseCard);
        window.waitUntil(() -> {
            BookingSummary picked = window.app().wiring().calendar().selectedProperty().get();
            return picked != null && picked.id() == colour.id()
                    && robot.lookup("#details-client").tryQueryAs(Label.class)
                    .map(client -> client.getText().contains(colour.clientName())).orElse(false);
        });
        window.shot(robot.lookup("#calendar-resource-columns").query().getScene().getRoot(), "resource-columns");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        window.waitUntil(() -> showing("#calendar-resources") && !showing("#calendar-resource-columns")
                && window.entry(colour.id()).isPresent());
        assertThat(window.app().wiring().calendar().resourceColumns().resourceColumnsProperty().get()).isFalse();
        assertThat(window.app().wiring().calendar().selectedProperty().get().id()).as("still picked")
                .isEqualTo(colour.id());
    }
}
