package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.availability.ServiceNeed;
import org.salondesk.availability.TimeSpan;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.CalendarResource;
import org.salondesk.booking.ResourceUseSummary;
import org.salondesk.changes.Change;
import org.salondesk.changes.ChangeKind;
import org.salondesk.changes.TouchedBooking;
import org.salondesk.i18n.Messages;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.booking.BookingDialogs;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.ViewPreferences;

/**
 * The calendar's resource columns without a screen (decision 0037): which columns, which cards with which stretches,
 * when every unit is taken, the choice remembered, and the day following the masters' day and the change feed.
 */
class ResourceColumnsViewModelTest {

    private static final LocalDate TODAY = TestToday.date();
    private static final LocalDate DAY = TODAY.plusDays(1);

    private final MutableClock clock = TestToday.at(8, 0);
    private final ViewPreferences preferences = ViewPreferences.inMemory();
    private SalonDesk desk;
    private SmallSalon salon;
    private CalendarViewModel calendar;
    private ResourceColumnsViewModel columns;
    private long colour;
    private long massage;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        calendar = calendarViewModel();
        columns = calendar.resourceColumns();
    }

    private CalendarViewModel calendarViewModel() {
        NoticeBoard notices = new NoticeBoard();
        BookingDetailsViewModel details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), BackgroundExecutor.sameThread(), notices, clock);
        return new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(),
                BackgroundExecutor.sameThread(), notices, details, (BookingDialogs) null, clock, preferences);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    /** Two basins for the colour's rinse, one massage room for the whole massage. */
    private long[] addResources() {
        long basin = desk.resources().createResource(salon.branch, "Мойка", 2);
        long room = desk.resources().createResource(salon.branch, "Массажный кабинет", 1);
        colour = desk.serviceCatalog().createService(salon.branch, null, "Окрашивание", null, new BigDecimal("4000"),
                75);
        desk.resources().setPhases(colour, 30, 30, List.of(new ServiceNeed(colour, basin, ServiceNeed.Phase.AFTER)));
        massage = desk.serviceCatalog().createService(salon.branch, null, "Массаж", null, new BigDecimal("3000"), 60);
        desk.resources().setPhases(massage, 0, 0, List.of(new ServiceNeed(massage, room, ServiceNeed.Phase.WHOLE)));
        desk.provisions().assignServices(salon.olga, List.of(salon.haircut, salon.manicure, colour, massage));
        desk.provisions().assignServices(salon.pavel, List.of(salon.haircut, colour));
        return new long[]{basin, room};
    }

    private BookingInfo book(long service, long master, String start) {
        return desk.booking().createBooking(salon.branch, List.of(service), DAY, LocalTime.parse(start), master,
                salon.anna);
    }

    private CalendarResource column(long id) {
        return columns.resources().stream().filter(resource -> resource.id() == id).findFirst().orElseThrow();
    }

    private List<ResourceUseSummary> usesOf(long resourceId) {
        return columns.usesOf(columns.dayProperty().get(), resourceId);
    }

    @Test
    void aBranchWithoutResourcesOffersNoChoiceAndSaysWhy() {
        calendar.start();
        columns.resourceColumnsProperty().set(true);

        assertThat(columns.availableProperty().get()).isFalse();
        assertThat(columns.shownProperty().get()).isFalse();
        assertThat(columns.hint()).isEqualTo(Messages.get("calendar.columns.none"));
        columns.resourceColumnsProperty().set(false);
        columns.toggle();
        assertThat(columns.resourceColumnsProperty().get()).as("nothing to switch to").isFalse();
    }

    @Test
    void eachActiveResourceIsAColumnWithTheStretchesItsBookingsTakeAndWhenEveryUnitIsTaken() {
        long[] ids = addResources();
        long basin = ids[0];
        long room = ids[1];
        long spare = desk.resources().createResource(salon.branch, "Кресло педикюра", 1);
        desk.resources().setResourceActive(spare, false);
        // Colour 10:00: applied 10:00-10:30, processes 10:30-11:00, rinsed at a basin 11:00-11:15; both masters.
        BookingInfo olgasColour = book(colour, salon.olga, "10:00");
        BookingInfo pavelsColour = book(colour, salon.pavel, "10:00");
        BookingInfo pavelsLater = book(colour, salon.pavel, "12:00");
        BookingInfo olgasMassage = book(massage, salon.olga, "14:00");
        book(salon.haircut, salon.olga, "16:00");
        calendar.start();
        calendar.next();

        assertThat(columns.availableProperty().get()).isTrue();
        assertThat(columns.shownProperty().get()).isFalse();
        columns.toggle();

        assertThat(columns.shownProperty().get()).isTrue();
        assertThat(columns.resources()).extracting(CalendarResource::name).containsExactly("Массажный кабинет",
                "Мойка");
        assertThat(ResourceColumnsViewModel.header(column(basin))).isEqualTo("Мойка · 2");
        assertThat(columns.dayProperty().get().date()).isEqualTo(DAY);
        assertThat(usesOf(basin)).extracting(ResourceUseSummary::bookingId)
                .containsExactly(olgasColour.id(), pavelsColour.id(), pavelsLater.id());
        assertThat(usesOf(basin).get(0)).satisfies(use -> {
            assertThat(use.start()).isEqualTo(LocalTime.of(11, 0));
            assertThat(use.end()).isEqualTo(LocalTime.of(11, 15));
            assertThat(use.number()).isEqualTo(olgasColour.number());
            assertThat(ResourceColumnsViewModel.title(use)).isEqualTo("Анна Смирнова\nОкрашивание · Ольга");
        });
        assertThat(usesOf(room)).singleElement().satisfies(use -> {
            assertThat(use.bookingId()).isEqualTo(olgasMassage.id());
            assertThat(use.span()).isEqualTo(TimeSpan.of(LocalTime.of(14, 0), LocalTime.of(15, 0)));
            assertThat(use.masterName()).isEqualTo("Ольга");
        });
        // Both basins at 11:00-11:15 only; the one room for the whole massage.
        assertThat(ResourceColumnsViewModel.fullSpans(columns.dayProperty().get(), column(basin)))
                .containsExactly(TimeSpan.of(LocalTime.of(11, 0), LocalTime.of(11, 15)));
        assertThat(ResourceColumnsViewModel.fullText(columns.dayProperty().get(), column(room)))
                .isEqualTo(Messages.get("calendar.resourceFull", "14:00–15:00"));

        // Picking a card picks its booking, as in a master's column.
        columns.select(usesOf(room).get(0));
        assertThat(calendar.selectedProperty().get().id()).isEqualTo(olgasMassage.id());

        calendar.previous();
        assertThat(columns.dayProperty().get().date()).isEqualTo(TODAY);
        assertThat(columns.dayProperty().get().uses()).isEmpty();
    }

    @Test
    void aCancelledBookingGivesItsStretchBackAndShowsOnlyWithTheCancelledOnes() {
        long basin = addResources()[0];
        BookingInfo first = book(colour, salon.olga, "10:00");
        book(colour, salon.pavel, "10:00");
        columns.resourceColumnsProperty().set(true);
        calendar.start();
        calendar.next();
        assertThat(ResourceColumnsViewModel.fullSpans(columns.dayProperty().get(), column(basin))).hasSize(1);

        desk.booking().cancelBooking(salon.branch, first.id());
        calendar.changed(Change.of(List.of(new TouchedBooking(first.id(), salon.branch, salon.olga, DAY))));

        assertThat(usesOf(basin)).singleElement().satisfies(use ->
                assertThat(use.status()).isNotEqualTo(BookingStatus.CANCELLED));
        assertThat(ResourceColumnsViewModel.fullSpans(columns.dayProperty().get(), column(basin))).isEmpty();
        calendar.showCancelledProperty().set(true);
        assertThat(usesOf(basin)).hasSize(2);
    }

    @Test
    void theChangeFeedBringsNewBookingsAndCatalogueChangesToTheColumns() {
        long[] ids = addResources();
        columns.resourceColumnsProperty().set(true);
        calendar.start();
        calendar.next();
        assertThat(usesOf(ids[1])).isEmpty();

        // Another desk books the massage room and takes the basins out of use.
        BookingInfo massageBooked = book(massage, salon.olga, "09:00");
        calendar.changed(Change.of(List.of(new TouchedBooking(massageBooked.id(), salon.branch, salon.olga, DAY))));
        assertThat(usesOf(ids[1])).extracting(ResourceUseSummary::bookingId).containsExactly(massageBooked.id());

        desk.resources().setResourceActive(ids[0], false);
        calendar.changed(Change.of(ChangeKind.CATALOG));
        assertThat(columns.resources()).extracting(CalendarResource::id).containsExactly(ids[1]);
        desk.resources().setResourceActive(ids[1], false);
        calendar.changed(Change.of(ChangeKind.CATALOG));
        assertThat(columns.shownProperty().get()).as("no resource left: the masters again").isFalse();
    }

    @Test
    void theChoiceIsRememberedAndOnlyTheDayLayoutShowsResources() {
        addResources();
        calendar.start();
        columns.resourceColumnsProperty().set(true);
        assertThat(columns.shownProperty().get()).isTrue();

        calendar.modeProperty().set(CalendarMode.WEEK);
        assertThat(columns.shownProperty().get()).isFalse();
        columns.toggle();
        assertThat(columns.resourceColumnsProperty().get()).as("no switch outside the day layout").isTrue();
        calendar.modeProperty().set(CalendarMode.DAY);
        assertThat(columns.shownProperty().get()).isTrue();

        assertThat(calendarViewModel().resourceColumns().resourceColumnsProperty().get()).as("remembered").isTrue();
        columns.toggle();
        assertThat(columns.shownProperty().get()).isFalse();
        assertThat(calendarViewModel().resourceColumns().resourceColumnsProperty().get()).isFalse();
    }
}
