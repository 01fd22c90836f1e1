package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.VisitStep;
import org.salondesk.booking.BookingInfo;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.Choice;
import org.testfx.api.FxRobot;

/**
 * Issue 18's visits and series at the desk, on the demo salon: Ctrl+Shift+N books a haircut and then a manicure as
 * one visit for a new client, each step with the master the engine found; Ctrl+Shift+R previews a weekly manicure and
 * books it as a series.
 */
class VisitAndSeriesWindowTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        window = DeskWindow.start(folder, clock, true, desk -> { });
        robot = window.robot();
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void aHaircutThenAManicureIsBookedAsOneVisitAndAWeeklyManicureAsASeries() throws Exception {
        // A day the visit fits, as the engine says: the demo's days are full in their own way.
        long branch = window.desk().booking().getCompaniesForBooking().get(0).id();
        List<VisitStep> steps = List.of(new VisitStep(List.of(service(branch, "Женская стрижка")), null),
                new VisitStep(List.of(service(branch, "Маникюр классический")), null));
        LocalDate day = window.desk().booking().visits().dates(branch, steps, false, 14).stream()
                .filter(date -> date.isAfter(TODAY)).findFirst().orElseThrow();
        robot.targetWindow(robot.lookup("#navigation").query().getScene().getWindow());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        window.waitUntil(() -> robot.lookup("#visit-dialog").tryQuery().isPresent()
                && !combo("#visit-service-0").getItems().isEmpty());
        robot.targetWindow(robot.lookup("#visit-dialog").query().getScene().getWindow());
        choose("#visit-service-0", "Женская стрижка");
        choose("#visit-service-1", "Маникюр классический");
        robot.interact(() -> robot.lookup("#visit-date").queryAs(DatePicker.class).setValue(day));
        robot.interact(() -> robot.lookup("#visit-find").queryAs(Button.class).fire());
        window.waitUntil(() -> !offers().getItems().isEmpty());
        type("#visit-phone", "8 926 555-44-33");
        type("#visit-name", "Вера");
        window.shot(robot.lookup("#visit-dialog").query().getScene().getRoot(), "visit");
        robot.interact(() -> robot.lookup("#visit-book").queryAs(Button.class).fire());
        window.waitUntil(() -> robot.lookup("#visit-dialog").tryQuery().isEmpty());

        long vera = window.desk().clients().findByPhone("+79265554433").orElseThrow().getId();
        List<BookingInfo> visit = window.desk().booking().getBookingsInfo(vera);
        assertThat(visit).hasSize(2);
        assertThat(visit).extracting(BookingInfo::date).containsOnly(day);
        // The manicure starts where the haircut ends (60 minutes later).
        assertThat(visit.get(1).time()).isEqualTo(visit.get(0).time().plusMinutes(60));
        assertThat(visit.get(0).serviceNames()).containsExactly("Женская стрижка");
        assertThat(visit.get(1).serviceNames()).containsExactly("Маникюр классический");

        robot.targetWindow(robot.lookup("#navigation").query().getScene().getWindow());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        window.waitUntil(() -> robot.lookup("#series-dialog").tryQuery().isPresent()
                && !combo("#series-service").getItems().isEmpty());
        robot.targetWindow(robot.lookup("#series-dialog").query().getScene().getWindow());
        choose("#series-service", "Маникюр классический");
        // Ending after a count of visits, on the first visit's weekday: the end date waits, no weekday is chosen.
        assertThat(robot.lookup("#series-until").query().isDisabled()).isTrue();
        List<javafx.scene.control.ToggleButton> weekdays = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(weekday -> robot.lookup("#series-day-" + weekday).queryAs(javafx.scene.control.ToggleButton.class))
                .toList();
        assertThat(weekdays).noneMatch(javafx.scene.control.ToggleButton::isSelected);
        robot.interact(() -> {
            robot.lookup("#series-first").queryAs(DatePicker.class).setValue(TODAY.plusDays(7));
            robot.lookup("#series-every").queryAs(Spinner.class).getValueFactory().setValue(1);
            robot.lookup("#series-count").queryAs(Spinner.class).getValueFactory().setValue(4);
        });
        type("#series-time", "12:00");
        robot.type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#series-time").queryAs(TextField.class).getText().equals("12:00"));
        robot.interact(() -> robot.lookup("#series-preview").queryAs(Button.class).fire());
        window.waitUntil(() -> robot.lookup("#series-time-3").tryQuery().isPresent()
                || !robot.lookup("#series-error").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        assertThat(robot.lookup("#series-error").queryAs(javafx.scene.control.Label.class).getText()).isEmpty();
        type("#series-phone", "8 926 555-44-33");
        window.shot(robot.lookup("#series-dialog").query().getScene().getRoot(), "series");
        robot.interact(() -> robot.lookup("#series-book").queryAs(Button.class).fire());
        window.waitUntil(() -> robot.lookup("#series-dialog").tryQuery().isEmpty());

        List<BookingInfo> all = window.desk().booking().getBookingsInfo(vera);
        List<Long> visitIds = visit.stream().map(BookingInfo::id).toList();
        List<BookingInfo> manicures = all.stream().filter(booking -> !visitIds.contains(booking.id())).toList();
        assertThat(manicures).isNotEmpty().allSatisfy(booking -> {
            assertThat(booking.serviceNames()).containsExactly("Маникюр классический");
            assertThat(booking.date().getDayOfWeek()).isEqualTo(TODAY.plusDays(7).getDayOfWeek());
        });
        // Each week's date as previewed, at 12:00 or the nearest free time kept that day; a week with none left out.
        assertThat(manicures).extracting(BookingInfo::date).isSubsetOf(TODAY.plusDays(7), TODAY.plusDays(14),
                TODAY.plusDays(21), TODAY.plusDays(28));
        assertThat(manicures).extracting(BookingInfo::time).allMatch(time -> !time.isBefore(LocalTime.of(9, 0)));

        // The booking card of the series' second visit cancels it and the later ones, with the reason typed.
        List<BookingInfo> byDate = manicures.stream().sorted(java.util.Comparator.comparing(BookingInfo::date))
                .toList();
        BookingInfo from = byDate.get(byDate.size() > 1 ? 1 : 0);
        robot.targetWindow(robot.lookup("#navigation").query().getScene().getWindow());
        robot.interact(() -> window.app().wiring().calendar().details().show(from.id()));
        window.waitUntil(() -> robot.lookup("#details-series-cancel").tryQuery().filter(Node::isVisible).isPresent());
        robot.interact(() -> window.app().wiring().calendar().details().cancelReasonProperty().set("переезжает"));
        robot.interact(() -> robot.lookup("#details-series-cancel").queryAs(Button.class).fire());
        window.waitUntil(() -> !robot.lookup("#details-linked-done").queryAs(javafx.scene.control.Label.class)
                .getText().isEmpty());
        List<BookingInfo> after = window.desk().booking().getBookingsInfo(vera).stream()
                .filter(booking -> byDate.stream().anyMatch(manicure -> manicure.id() == booking.id())).toList();
        assertThat(after).allSatisfy(booking -> assertThat(booking.status() == BookingStatus.CANCELLED)
                .isEqualTo(!booking.date().isBefore(from.date())));
    }

    private long service(long branch, String title) {
        return window.desk().booking().getServicesForBooking(branch, null, null).stream()
                .filter(service -> service.title().equals(title)).findFirst().orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Choice<Long>> combo(String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> offers() {
        return robot.lookup("#visit-offers").queryAs(ListView.class);
    }

    private void choose(String query, String label) {
        ComboBox<Choice<Long>> combo = combo(query);
        robot.interact(() -> combo.setValue(combo.getItems().stream().filter(item -> item.label().equals(label))
                .findFirst().orElseThrow()));
    }

    /** Puts the focus in a field and types, as the receptionist does. */
    private void type(String query, String text) throws Exception {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.clear();
        });
        window.waitUntil(() -> window.hasFocus(query));
        robot.write(text);
        window.waitUntil(() -> field.getText().equals(text));
    }
}
