package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.PrivatePostgres;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

/**
 * The database server goes away while the booking dialog is open: Book says so in words, everything typed stays in
 * the dialog, and Book pressed again once the server is back makes exactly one booking.
 */
class BookingDialogOutageTest {

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(10, 7);
    private PrivatePostgres postgres;
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void openDesk() {
        postgres = PrivatePostgres.start(folder);
        desk = SalonDesk.open(JdbcUrl.of(postgres.createDatabase("salon")), clock, false);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void close() {
        desk.close();
        postgres.close();
    }

    @Test
    void whatWasTypedStaysThroughTheOutageAndBooksOnceTheServerIsBack() {
        LocalDate tomorrow = TestToday.date().plusDays(1);
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), BackgroundExecutor.sameThread(), salon.branch, salon.olga, tomorrow,
                LocalTime.of(14, 0));
        dialog.open();
        ServiceInfo haircut = dialog.services().chosen().stream().filter(s -> s.title().equals("Стрижка")).findFirst()
                .orElseGet(() -> {
                    ServiceInfo found = dialog.services().matching().stream().filter(s -> s.title().equals("Стрижка"))
                            .findFirst().orElseThrow();
                    dialog.services().choose(found);
                    return found;
                });
        dialog.client().phoneProperty().set("8 916 111-22-33");
        dialog.noteProperty().set("Позвонить за час");
        assertThat(dialog.client().textProperty().get()).isEqualTo("Анна Смирнова");

        postgres.stop();
        dialog.save();

        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(dialog.errorProperty().get()).startsWith("The connection to the database server localhost:"
                + postgres.port() + " is lost, so nothing was saved.");
        assertThat(dialog.services().chosen()).containsExactly(haircut);
        assertThat(dialog.client().phoneProperty().get()).isEqualTo("8 916 111-22-33");
        assertThat(dialog.noteProperty().get()).isEqualTo("Позвонить за час");
        assertThat(dialog.starts().slotProperty().get().time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(dialog.canSaveBinding().get()).isTrue();

        postgres.startAgain();
        dialog.save();

        BookingInfo saved = dialog.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(saved.clientId()).isEqualTo(salon.anna);
        assertThat(desk.booking().getBookingsInfo(salon.anna)).hasSize(1);
    }
}
