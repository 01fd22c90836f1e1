package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.demo.DemoSalon;
import org.salondesk.testing.DeskWindow;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.MasterChoice;
import org.salondesk.ui.waitlist.WaitlistAddForm;
import org.salondesk.ui.waitlist.WaitlistRow;
import org.salondesk.waitlist.WaitlistStatus;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the demo salon the admin puts a client on the waiting list for the known booking's time; the booking is
 * cancelled, and at once the screen's badge and the entry's time found appear; Book opens the booking dialog filled in
 * (services, master, date, time, client), and once booked the entry is BOOKED.
 */
class WaitingListWindowTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(9, 0);
    private DeskWindow window;
    private FxRobot robot;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<WaitlistRow> table() {
        return robot.lookup("#waitlist-table").queryAs(TableView.class);
    }

    private void fire(String query) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(ButtonBase.class).fire()).get();
    }

    @Test
    void freedTimeIsOfferedAndBookedFromTheWaitingList() throws Exception {
        window = DeskWindow.start(folder, clock, true, null, true);
        robot = window.robot();
        window.waitUntil(() -> !robot.lookup("#signed-in-user").queryAs(Labeled.class).getText().isEmpty());
        BookingInfo known = window.desk().booking().getBookingsInfo(window.desk().clients()
                        .findByPhone(DemoSalon.KNOWN_CLIENT_PHONE).orElseThrow().getId()).stream()
                .filter(b -> b.date().equals(TestToday.date()) && b.time().equals(DemoSalon.KNOWN_TIME)).findFirst()
                .orElseThrow();
        long vera = window.desk().clients().createClient("Вера", "Лебедева", "+7 916 555-66-77");

        fire("#nav-waitlist");
        WaitlistAddForm form = window.app().wiring().waitlist().form();
        window.waitUntil(() -> robot.lookup("#waitlist-table").tryQuery().isPresent()
                && form.services().stream().anyMatch(s -> s.id() == known.serviceIds().get(0))
                && form.masters().stream().anyMatch(m -> m.id() == known.masterId()));
        WaitForAsyncUtils.asyncFx(() -> {
            form.phoneProperty().set("+7 916 555-66-77");
            ServiceInfo service = form.services().stream().filter(s -> s.id() == known.serviceIds().get(0))
                    .findFirst().orElseThrow();
            form.serviceProperty().set(service);
            form.masterProperty().set(form.masters().stream().filter(m -> m.id() == known.masterId()).findFirst()
                    .orElseThrow());
            form.dateFromProperty().set(TestToday.date());
            form.dateToProperty().set(TestToday.date().plusDays(1));
            form.timeFromProperty().set(DemoSalon.KNOWN_TIME);
            form.timeToProperty().set(DemoSalon.KNOWN_TIME.plusMinutes(known.duration()));
        }).get();
        fire("#waitlist-add");
        window.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).entry().clientId()).isEqualTo(vera);
        assertThat(table().getItems().get(0).matched()).isFalse();
        assertThat(robot.lookup("#badge-waitlist").queryAs(Label.class).isVisible()).isFalse();

        window.desk().booking().cancelBooking(known.branchId(), known.id());

        window.waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0).matched());
        WaitlistRow row = table().getItems().get(0);
        assertThat(row.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(row.offered()).contains(DemoSalon.KNOWN_TIME.toString());
        window.waitUntil(() -> robot.lookup("#badge-waitlist").queryAs(Label.class).getText().equals("1"));
        WaitForAsyncUtils.asyncFx(() -> table().getSelectionModel().select(0)).get();
        window.shot(robot.lookup("#navigation").queryParent().getScene().getRoot(), "waiting-list");

        fire("#waitlist-book");
        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isPresent());
        window.waitUntil(() -> robot.lookup("#dialog-client").queryAs(Label.class).getText().equals("Вера Лебедева")
                && !robot.lookup("#dialog-save").queryAs(ButtonBase.class).isDisabled());
        assertThat(((MasterChoice) robot.lookup("#dialog-master").queryAs(ComboBox.class).getValue()).masterId())
                .isEqualTo(known.masterId());
        assertThat(robot.lookup("#dialog-date").queryAs(DatePicker.class).getValue()).isEqualTo(TestToday.date());
        assertThat(robot.lookup("#slot-" + DemoSalon.KNOWN_TIME.toString().replace(":", "") + "-" + known.masterId())
                .queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dialog-chosen").queryAs(FlowPane.class).getChildren()).singleElement()
                .satisfies(chip -> assertThat(((Labeled) chip).getText()).startsWith(known.serviceNames().get(0)));
        fire("#dialog-save");
        window.waitUntil(() -> robot.lookup("#booking-dialog").tryQuery().isEmpty());

        window.waitUntil(() -> window.desk().waitingList().list(known.branchId()).get(0).status()
                == WaitlistStatus.BOOKED && table().getItems().isEmpty());
        List<BookingInfo> veras = window.desk().booking().getBookingsInfo(vera);
        assertThat(veras).singleElement().satisfies(booking -> {
            assertThat(booking.time()).isEqualTo(DemoSalon.KNOWN_TIME);
            assertThat(booking.masterId()).isEqualTo(known.masterId());
            assertThat(booking.status()).isNotEqualTo(BookingStatus.CANCELLED);
        });
        assertThat(window.desk().waitingList().list(known.branchId()).get(0).bookingId())
                .isEqualTo(veras.get(0).id());
    }

}
