package org.salondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.apikey.BookingServerSwitch;
import org.salondesk.apikey.OnlineBookingForm;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/**
 * The booking server's settings: read and saved for every desk, the server switched on, off and onto a new port as
 * they are saved (and at the desk's start when they say on), bad numbers marked and nothing saved or switched.
 */
class OnlineBookingViewModelTest {

    /** A server that records what it was told. */
    static final class RecordingSwitch implements BookingServerSwitch {
        final List<String> calls = new ArrayList<>();
        boolean running;
        boolean portTaken;

        @Override
        public void start(int port) {
            calls.add("start " + port);
            if (portTaken) {
                throw new SalonDeskException(ErrorCode.ILLEGAL_STATE, "error.storage.query", "taken");
            }
            running = true;
        }

        @Override
        public void stop() {
            calls.add("stop");
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }

    private final RecordingSwitch server = new RecordingSwitch();
    private SalonDesk desk;
    private SmallSalon salon;
    private OnlineBookingViewModel form;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), TestToday.at(9, 0), true);
        salon = new SmallSalon(desk);
        form = new OnlineBookingViewModel(desk.onlineBooking(), desk.branches(), server,
                BackgroundExecutor.sameThread(), new NoticeBoard());
        form.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void showsTheDefaultsAndTheBookingPageOfEachBranch() {
        assertThat(form.enabledProperty().get()).isFalse();
        assertThat(form.port().text()).isEqualTo("8080");
        assertThat(form.leaseMinutes().text()).isEqualTo("10");
        assertThat(form.links()).anySatisfy(link -> assertThat(link)
                .endsWith("http://127.0.0.1:8080/book/" + salon.branch));
        assertThat(form.statusProperty().get()).isNotEmpty();
        assertThat(server.calls).isEmpty();
    }

    @Test
    void savingOnStartsTheServerAnotherPortMovesItAndOffStopsIt() {
        form.enabledProperty().set(true);
        form.save();
        assertThat(server.calls).containsExactly("start 8080");
        assertThat(desk.onlineBooking().read()).isEqualTo(new OnlineBookingForm(true, 8080, 10));
        assertThat(form.statusProperty().get()).contains("8080");

        form.leaseMinutes().textProperty().set("20");
        form.save();
        assertThat(server.calls).as("the same port: the server goes on").containsExactly("start 8080");

        form.port().textProperty().set("9090");
        form.save();
        assertThat(server.calls).containsExactly("start 8080", "stop", "start 9090");
        assertThat(form.links()).allSatisfy(link -> assertThat(link).contains(":9090/book/"));

        form.enabledProperty().set(false);
        form.save();
        assertThat(server.calls).containsExactly("start 8080", "stop", "start 9090", "stop");
        assertThat(desk.onlineBooking().read()).isEqualTo(new OnlineBookingForm(false, 9090, 20));
        assertThat(form.errorProperty().get()).isEmpty();
    }

    @Test
    void portsAndLeasesOutOfBoundsAreMarkedAndNothingIsSavedOrSwitched() {
        form.enabledProperty().set(true);
        form.port().textProperty().set("80");
        form.leaseMinutes().textProperty().set("31");
        form.save();

        assertThat(form.port().mark().get()).isNotEmpty();
        assertThat(form.leaseMinutes().mark().get()).isNotEmpty();
        assertThat(desk.onlineBooking().read()).isEqualTo(new OnlineBookingForm(false, 8080, 10));
        assertThat(server.calls).isEmpty();
    }

    @Test
    void theDeskStartsTheServerWhenTheSettingsSayOnAndSaysWhyWhenItCannot() {
        form.startServerIfOn();
        assertThat(server.calls).isEmpty();

        desk.onlineBooking().save(new OnlineBookingForm(true, 8181, 10));
        server.portTaken = true;
        form.startServerIfOn();
        assertThat(server.calls).containsExactly("start 8181");
        assertThat(form.errorProperty().get()).isNotEmpty();

        server.portTaken = false;
        form.startServerIfOn();
        assertThat(server.calls).containsExactly("start 8181", "start 8181");
        assertThat(form.statusProperty().get()).contains("8181");
    }
}
