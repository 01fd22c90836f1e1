package org.salondesk.ui.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CompanyInfo;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.waitlist.WaitlistStatus;

/**
 * The Waiting list screen without a screen: the form adds an entry for a client found by phone (or says why not), the
 * list and badge follow what the availability engine finds, Book asks for the dialog filled in with the first free
 * start, the booking made closes the entry, and Cancel takes it off.
 */
class WaitingListViewModelTest {

    private static final LocalDate DAY = TestToday.date().plusDays(2);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private final MutableClock clock = TestToday.at(9, 0);
    private final List<String> dialogs = new ArrayList<>();
    private SalonDesk desk;
    private SmallSalon salon;
    private WaitingListViewModel viewModel;
    private WaitlistAddForm form;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), clock, true);
        salon = new SmallSalon(desk);
        BackgroundExecutor background = BackgroundExecutor.sameThread();
        form = new WaitlistAddForm(desk.waitingList(), desk.booking(), desk.clients(), background, clock);
        viewModel = new WaitingListViewModel(desk.waitingList(), desk.waitlistMatching(), form, background,
                (branch, services, master, date, time, phone) -> {
                    dialogs.add(branch + " " + services + " " + master + " " + date + " " + time + " " + phone);
                    return null;
                });
        viewModel.branchProperty().set(new CompanyInfo(salon.branch, "Лаванда", null));
        viewModel.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void fillForm(String phone) {
        form.phoneProperty().set(phone);
        form.serviceProperty().set(form.services().stream().filter(s -> s.id() == salon.haircut).findFirst()
                .orElseThrow());
        form.masterProperty().set(form.masters().stream().filter(m -> m.id() == salon.olga).findFirst()
                .orElseThrow());
        form.dateFromProperty().set(DAY);
        form.dateToProperty().set(DAY);
        form.timeFromProperty().set(TEN);
        form.timeToProperty().set(LocalTime.of(11, 0));
    }

    @Test
    void anUnknownPhoneIsSaidAndNothingIsAdded() {
        fillForm("+7 999 000-00-00");
        form.add();

        assertThat(form.errorProperty().get()).contains("+7 999 000-00-00");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(desk.waitingList().list(salon.branch)).isEmpty();
    }

    @Test
    void timeFreedShowsOnTheListAndTheBadgeAndBooksTheEntry() {
        long taken = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga,
                salon.anna).id();
        long maria = desk.clients().createClient("Мария", "Орлова", "+7 916 222-33-44");
        fillForm("+7 916 222-33-44");
        form.add();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.entry().clientId()).isEqualTo(maria);
            assertThat(row.matched()).isFalse();
            assertThat(row.offered()).isEmpty();
        });
        assertThat(viewModel.matchedCountProperty().get()).isZero();
        assertThat(viewModel.book(viewModel.rows().get(0))).isNull();
        assertThat(dialogs).isEmpty();

        desk.booking().cancelBooking(salon.branch, taken);
        viewModel.refresh();

        assertThat(viewModel.matchedCountProperty().get()).isEqualTo(1);
        WaitlistRow row = viewModel.rows().get(0);
        assertThat(row.entry().status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(row.offered()).contains("10:00");
        viewModel.book(row);
        assertThat(dialogs).containsExactly(salon.branch + " [" + salon.haircut + "] " + salon.olga + " " + DAY
                + " 10:00 +79162223344");

        BookingInfo booked = desk.booking().createBooking(salon.branch, List.of(salon.haircut), DAY, TEN, salon.olga,
                maria);
        viewModel.booked(row, booked);

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.matchedCountProperty().get()).isZero();
        assertThat(desk.waitingList().list(salon.branch)).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(WaitlistStatus.BOOKED));
    }

    @Test
    void cancelTakesTheEntryOff() {
        desk.clients().createClient("Мария", "Орлова", "+7 916 222-33-44");
        fillForm("+7 916 222-33-44");
        form.add();

        viewModel.cancel(viewModel.rows().get(0));

        assertThat(viewModel.rows()).isEmpty();
        assertThat(desk.waitingList().list(salon.branch, WaitlistStatus.CANCELLED)).hasSize(1);
    }

    @Test
    void servicesKeptOneAfterAnotherAreAllWanted() {
        desk.clients().createClient("Мария", "Орлова", "+7 916 222-33-44");
        fillForm("+7 916 222-33-44");
        form.keepService();
        assertThat(form.serviceProperty().get()).as("emptied for the next").isNull();
        form.serviceProperty().set(form.services().stream().filter(s -> s.id() == salon.manicure).findFirst()
                .orElseThrow());
        assertThat(form.keptText().get()).isEqualTo("Стрижка");

        form.add();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(desk.waitingList().list(salon.branch)).singleElement()
                .satisfies(entry -> assertThat(entry.serviceIds()).containsExactly(salon.haircut, salon.manicure));
        assertThat(form.kept()).as("a new entry starts afresh").isEmpty();
    }

    @Test
    void aServiceKeptTwiceOrAlsoInTheComboIsWantedOnce() {
        fillForm("+7 916 111-22-33");
        form.keepService();
        form.serviceProperty().set(form.services().stream().filter(s -> s.id() == salon.haircut).findFirst()
                .orElseThrow());
        form.keepService();
        form.serviceProperty().set(form.services().stream().filter(s -> s.id() == salon.haircut).findFirst()
                .orElseThrow());

        assertThat(form.wanted()).containsExactly(salon.haircut);
        form.clearKept();
        assertThat(form.keptText().get()).isEmpty();
        assertThat(form.wanted()).containsExactly(salon.haircut);
    }
}
