package org.salondesk.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.RequestFilter;
import org.salondesk.booking.RequestRow;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.ColumnLayout;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

class RequestsViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    @TempDir
    Path folder;

    private final MutableClock clock = TestToday.at(8, 0);
    private final ViewPreferences preferences = ViewPreferences.inMemory();
    private SalonDesk desk;
    private SmallSalon salon;
    private RequestsViewModel viewModel;

    @BeforeEach
    void open() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        NoticeBoard notices = new NoticeBoard();
        BookingDetailsViewModel card = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(), desk.tasks(),
                BackgroundExecutor.sameThread(), notices, clock);
        viewModel = new RequestsViewModel(desk.booking(), desk.requestQueries(), BackgroundExecutor.sameThread(),
                notices, card, clock, preferences);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private BookingInfo book(LocalDate date, int hour, long master) {
        return desk.booking().createBooking(salon.branch, List.of(salon.haircut), date, LocalTime.of(hour, 0), master,
                salon.anna);
    }

    @Test
    void quickFiltersMeanTheRangesOfTheAdminGuide() {
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.TODAY);
        assertThat(viewModel.filter()).extracting(RequestFilter::from, RequestFilter::to)
                .containsExactly(TODAY, TODAY);
        viewModel.quickProperty().set(QuickFilter.WEEK);
        assertThat(viewModel.filter()).extracting(RequestFilter::from, RequestFilter::to)
                .containsExactly(TODAY, TODAY.plusDays(6));
        viewModel.quickProperty().set(QuickFilter.MONTH);
        assertThat(viewModel.filter()).extracting(RequestFilter::from, RequestFilter::to)
                .containsExactly(TODAY, TODAY.plusDays(29));
        viewModel.byDateProperty().set(TODAY.minusDays(40));
        viewModel.quickProperty().set(QuickFilter.BY_DATE);
        assertThat(viewModel.filter()).extracting(RequestFilter::from, RequestFilter::to)
                .containsExactly(TODAY.minusDays(40), TODAY.minusDays(40));
        viewModel.quickProperty().set(QuickFilter.ALL);
        assertThat(viewModel.filter()).extracting(RequestFilter::from, RequestFilter::to, RequestFilter::statuses)
                .containsExactly(null, null, Set.of());
        viewModel.statusProperty().set(BookingStatus.CONFIRMED);
        viewModel.quickProperty().set(QuickFilter.NEW);
        assertThat(viewModel.filter().statuses()).containsExactly(BookingStatus.NEW);
    }

    @Test
    void opensOnNewRequestsWhenThereAreAnyAndCountsThem() {
        book(TODAY, 10, salon.olga);
        book(TODAY.plusDays(3), 10, salon.olga);
        BookingInfo confirmed = book(TODAY.plusDays(1), 11, salon.pavel);
        desk.booking().changeStatus(confirmed.id(), BookingStatus.CONFIRMED, null);

        viewModel.start();

        assertThat(viewModel.quickProperty().get()).isEqualTo(QuickFilter.NEW);
        assertThat(viewModel.newCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.rows()).hasSize(2).allSatisfy(row -> assertThat(row.status()).isEqualTo(BookingStatus.NEW));
        assertThat(viewModel.counts()).containsEntry(BookingStatus.NEW, 2L).containsEntry(BookingStatus.CONFIRMED, 1L);
    }

    @Test
    void filtersByDateMasterStatusAndSearch() {
        book(TODAY, 10, salon.olga);
        book(TODAY, 12, salon.pavel);
        book(TODAY.plusDays(1), 10, salon.olga);
        viewModel.start();

        viewModel.quickProperty().set(QuickFilter.TODAY);
        assertThat(viewModel.rows()).hasSize(2);
        assertThat(viewModel.totalProperty().get()).isEqualTo(2);

        viewModel.branchProperty().set(viewModel.branches().get(0));
        viewModel.masterProperty().set(viewModel.masters().stream().filter(m -> m.id() == salon.pavel)
                .findFirst().orElseThrow());
        assertThat(viewModel.rows()).singleElement().extracting(RequestRow::masterId).isEqualTo(salon.pavel);

        viewModel.masterProperty().set(null);
        viewModel.statusProperty().set(BookingStatus.CONFIRMED);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.counts()).containsEntry(BookingStatus.NEW, 2L);

        viewModel.statusProperty().set(null);
        viewModel.quickProperty().set(QuickFilter.ALL);
        viewModel.searchProperty().set("8 916 111");
        assertThat(viewModel.rows()).hasSize(3);
        viewModel.searchProperty().set("Петров");
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void pagesThroughMoreThanAPage() {
        for (int day = 1; day <= 12; day++) {
            for (int hour = 9; hour < 18; hour++) {
                book(TODAY.plusDays(day), hour, salon.olga);
            }
        }
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.ALL);

        assertThat(viewModel.totalProperty().get()).isEqualTo(108);
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.rows()).hasSize(RequestsViewModel.PAGE_SIZE);
        viewModel.pageProperty().set(1);
        assertThat(viewModel.rows()).hasSize(8);
        viewModel.searchProperty().set("Анна");
        assertThat(viewModel.pageProperty().get()).isZero();
    }

    @Test
    void bulkConfirmTouchesOnlyNewOnesAndBulkCancelNeedsAReason() {
        BookingInfo first = book(TODAY, 10, salon.olga);
        BookingInfo second = book(TODAY, 12, salon.olga);
        desk.booking().changeStatus(second.id(), BookingStatus.CONFIRMED, null);
        desk.booking().changeStatus(second.id(), BookingStatus.ARRIVED, null);
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.TODAY);

        viewModel.selection().setAll(viewModel.rows());
        viewModel.confirmSelected();

        assertThat(desk.booking().getActiveBookingInfo(first.id()).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(desk.booking().getActiveBookingInfo(second.id()).status()).isEqualTo(BookingStatus.ARRIVED);
        assertThat(viewModel.notices().currentProperty().get().text()).contains("1");

        viewModel.selection().setAll(viewModel.rows());
        viewModel.cancelSelected(" ");
        assertThat(viewModel.errorProperty().get()).isNotEmpty();
        assertThat(desk.booking().getActiveBookingInfo(first.id()).status()).isEqualTo(BookingStatus.CONFIRMED);

        viewModel.cancelSelected("Салон закрыт на санитарный день");
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(BookingStatus.CANCELLED));
    }

    @Test
    void exportsTheWholeFilteredListNotJustThePage() throws Exception {
        for (int day = 1; day <= 12; day++) {
            for (int hour = 9; hour < 18; hour++) {
                book(TODAY.plusDays(day), hour, salon.pavel);
            }
        }
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.ALL);
        Path file = folder.resolve("requests.csv");

        viewModel.export(file);

        assertThat(Files.readAllLines(file)).hasSize(108 + 1);
        assertThat(viewModel.exportProgressProperty().get()).isEqualTo(-1);
        assertThat(viewModel.notices().currentProperty().get().text()).contains("108");
    }

    @Test
    void aFileThatCannotBeWrittenSaysSo() {
        viewModel.start();
        viewModel.export(folder.resolve("no/such/folder/requests.csv"));
        assertThat(viewModel.notices().currentProperty().get().error()).isTrue();
        assertThat(viewModel.notices().currentProperty().get().text()).doesNotContain("Exception");
    }

    @Test
    void onlyNewRequestsAmongOthersStandOut() {
        BookingInfo waiting = book(TODAY.plusDays(1), 10, salon.olga);
        BookingInfo confirmed = book(TODAY.plusDays(1), 12, salon.olga);
        desk.booking().changeStatus(confirmed.id(), BookingStatus.CONFIRMED, null);
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.ALL);
        RequestRow fresh = viewModel.rows().stream().filter(row -> row.id() == waiting.id()).findFirst().orElseThrow();
        RequestRow sure = viewModel.rows().stream().filter(row -> row.id() == confirmed.id()).findFirst()
                .orElseThrow();
        assertThat(viewModel.standsOut(fresh)).isTrue();
        assertThat(viewModel.standsOut(sure)).isFalse();

        viewModel.quickProperty().set(QuickFilter.NEW);
        assertThat(viewModel.rows()).containsExactly(fresh);
        assertThat(viewModel.standsOut(fresh)).as("a list of only new requests marks none").isFalse();
        viewModel.quickProperty().set(QuickFilter.ALL);
        viewModel.statusProperty().set(BookingStatus.NEW);
        assertThat(viewModel.standsOut(fresh)).isFalse();
    }

    @Test
    void theColumnsComeBackAsTheUserArrangedThem() {
        ColumnLayout columns = viewModel.columns();
        assertThat(columns.order()).isEmpty();
        assertThat(columns.widths()).isEmpty();

        columns.moved(List.of("column-client", "column-phone", "column-master"));
        columns.resized("column-phone", 172.4);
        columns.resized("column-services", 260);

        RequestsViewModel again = new RequestsViewModel(desk.booking(), desk.requestQueries(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), viewModel.card(), clock, preferences);
        assertThat(again.columns().order()).containsExactly("column-client", "column-phone", "column-master");
        assertThat(again.columns().widths()).containsEntry("column-phone", 172.0).containsEntry("column-services",
                260.0).hasSize(2);
        assertThat(preferences.get("requests.columns.widths")).isEqualTo("column-phone=172,column-services=260");
    }

    @Test
    void nonsenseInTheStoreMakesColumnsFitTheirContentAgain() {
        preferences.put("requests.columns.widths", "column-phone=wide,=,column-client=150");
        RequestsViewModel again = new RequestsViewModel(desk.booking(), desk.requestQueries(),
                BackgroundExecutor.sameThread(), new NoticeBoard(), viewModel.card(), clock, preferences);
        assertThat(again.columns().widths()).containsOnlyKeys("column-client");
    }

    private Change booked(BookingInfo booking) {
        return Change.of(List.of(new TouchedBooking(booking.id(), salon.branch, booking.masterId(),
                booking.date())));
    }

    @Test
    void aRequestMadeElsewhereShowsInTheListAndTheCountsWithoutTheLoadingSign() {
        book(TODAY, 10, salon.olga);
        viewModel.start();
        List<Boolean> loading = new ArrayList<>();
        viewModel.loadingProperty().addListener((obs, old, now) -> loading.add(now));

        BookingInfo online = book(TODAY, 12, salon.pavel);
        viewModel.changed(booked(online));

        assertThat(viewModel.rows()).extracting(RequestRow::id).contains(online.id());
        assertThat(viewModel.counts()).containsEntry(BookingStatus.NEW, 2L);
        assertThat(viewModel.newCountProperty().get()).isEqualTo(2);
        assertThat(loading).isEmpty();
    }

    @Test
    void aChangeOutsideTheFilterCountsTheNewOnesOnlyAndAnUnchangedPageIsLeftAlone() {
        viewModel.start();
        viewModel.quickProperty().set(QuickFilter.TODAY);
        book(TODAY, 10, salon.olga);
        viewModel.reload();
        List<RequestRow> shown = List.copyOf(viewModel.rows());
        List<Object> replaced = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<RequestRow>) replaced::add);
        // Booked today without a word to the list: only reading the page again would show it.
        BookingInfo unseen = book(TODAY, 14, salon.olga);

        BookingInfo tomorrow = book(TODAY.plusDays(1), 10, salon.pavel);
        viewModel.changed(booked(tomorrow));

        assertThat(viewModel.rows()).containsExactlyElementsOf(shown);
        assertThat(viewModel.newCountProperty().get()).isEqualTo(3);
        viewModel.changed(Change.of(ChangeKind.TASKS));
        assertThat(replaced).isEmpty();

        viewModel.changed(booked(unseen));
        assertThat(viewModel.rows()).extracting(RequestRow::id).contains(unseen.id());
    }
}
