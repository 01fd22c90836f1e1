package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.DeskInternals;
import org.salondesk.SalonDesk;
import org.salondesk.availability.BookingStatus;
import org.salondesk.booking.BookingInfo;
import org.salondesk.booking.BookingSource;
import org.salondesk.booking.ServiceInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestSalon;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;

class BookingDialogViewModelTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(10, 7);
    private SalonDesk desk;
    private SmallSalon salon;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private BookingDialogViewModel fromCalendar(long employeeId, LocalDate date, LocalTime time) {
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), BackgroundExecutor.sameThread(), salon.branch, employeeId, date, time);
        dialog.open();
        return dialog;
    }

    private BookingDialogViewModel walkIn() {
        BookingDialogViewModel dialog = BookingDialogViewModel.walkIn(desk.booking(), desk.availability(),
                desk.clients(), BackgroundExecutor.sameThread(), clock, salon.branch);
        dialog.open();
        return dialog;
    }

    private static ServiceInfo find(BookingDialogViewModel dialog, String title) {
        return dialog.matchingServices().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    /** Makes sure the service is in the booking (a click's dialog may have proposed it already). */
    private static void ensure(BookingDialogViewModel dialog, String title) {
        if (dialog.chosen().stream().noneMatch(s -> s.title().equals(title))) {
            dialog.choose(find(dialog, title));
        }
    }

    @Test
    void aClickedMastersDialogOffersOnlyHerServicesAndHerFreeStarts() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));

        assertThat(dialog.masterProperty().get().employeeId()).isEqualTo(salon.pavel);
        // His only service is proposed; manicure (Olga's) is not even offered.
        assertThat(dialog.chosen()).extracting(ServiceInfo::title).containsExactly("Стрижка");
        assertThat(dialog.matchingServices()).isEmpty();

        assertThat(dialog.slots()).isNotEmpty().allMatch(slot -> slot.employeeId() == salon.pavel);
        assertThat(dialog.slots().get(0).time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dialog.slotProperty().get().time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(dialog.totalMinutesProperty().get()).isEqualTo(60);
        assertThat(dialog.totalPriceProperty().get()).isEqualByComparingTo("1800");
    }

    @Test
    void theSlotListFollowsTheChosenServices() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(9, 0),
                salon.olga, salon.anna);
        BookingDialogViewModel dialog = fromCalendar(salon.olga, TODAY.plusDays(1), LocalTime.of(9, 0));
        dialog.masterProperty().set(dialog.masters().get(0)); // any master

        ensure(dialog, "Стрижка");
        // Each start comes with the master the fair rule gives it: Pavel at 09:00 (Olga is booked), then Pavel still
        // (fewer booked minutes that day).
        assertThat(dialog.slots().get(0).time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dialog.slots().get(0).employeeId()).isEqualTo(salon.pavel);
        int haircutSlots = dialog.slots().size();

        dialog.choose(find(dialog, "Маникюр"));
        // Only Olga does both; 150 minutes after her 09:00 booking leave fewer starts in her 09:00–18:00 day.
        assertThat(dialog.slots()).isNotEmpty().allMatch(slot -> slot.employeeId() == salon.olga);
        assertThat(dialog.slots()).hasSizeLessThan(haircutSlots);
        assertThat(dialog.slots().get(0).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(dialog.slots().get(dialog.slots().size() - 1).time()).isEqualTo(LocalTime.of(15, 30));
        assertThat(dialog.totalMinutesProperty().get()).isEqualTo(150);

        dialog.remove(dialog.chosen().get(1));
        assertThat(dialog.slots()).hasSize(haircutSlots);
    }

    @Test
    void typingFiltersTheServicesAndEnterAddsTheFirstMatch() {
        BookingDialogViewModel dialog = walkIn();
        dialog.serviceSearchProperty().set("мани");
        assertThat(dialog.matchingServices()).extracting(ServiceInfo::title).containsExactly("Маникюр");

        assertThat(dialog.chooseFirstMatch()).isTrue();

        assertThat(dialog.chosen()).extracting(ServiceInfo::title).containsExactly("Маникюр");
        assertThat(dialog.serviceSearchProperty().get()).isEmpty();
        dialog.serviceSearchProperty().set("педикюр");
        assertThat(dialog.chooseFirstMatch()).isFalse();
    }

    @Test
    void theChosenStartIsHeldWhileTheDialogIsOpenAndReleasedOnClose() {
        LocalDate tomorrow = TODAY.plusDays(1);
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, tomorrow, LocalTime.of(14, 0));
        ensure(dialog, "Стрижка");
        assertThat(dialog.holdId()).isNotNull();

        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), tomorrow, salon.pavel, 60))
                .doesNotContain(LocalTime.of(14, 0));

        dialog.close();

        assertThat(desk.booking().getSlotsForBooking(salon.branch, List.of(salon.haircut), tomorrow, salon.pavel, 60))
                .contains(LocalTime.of(14, 0));
    }

    @Test
    void aWalkInIsProposedTheEarliestFreeStartFromNow() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY, LocalTime.of(10, 30), salon.olga,
                salon.anna);
        BookingDialogViewModel dialog = walkIn();

        dialog.choose(find(dialog, "Стрижка"));

        SlotChoice proposed = dialog.slotProperty().get();
        // 10:07 now: the first start on the 30-minute grid is 10:30; Olga has a booking then, Pavel is free.
        assertThat(proposed.time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(proposed.employeeId()).isEqualTo(salon.pavel);
        assertThat(proposed.masterName()).isEqualTo("Павел");
    }

    @Test
    void findsTheClientByPhoneInAnyFormatAndBooksConfirmedAtTheDesk() {
        BookingDialogViewModel dialog = walkIn();
        dialog.choose(find(dialog, "Стрижка"));
        dialog.noteProperty().set("Без укладки");

        dialog.phoneProperty().set("8 (916) 111-22");
        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.INCOMPLETE);
        assertThat(dialog.canSaveBinding().get()).isFalse();
        dialog.phoneProperty().set("8 (916) 111-22-33");
        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.clientTextProperty().get()).isEqualTo("Анна Смирнова");
        assertThat(dialog.canSaveBinding().get()).isTrue();

        dialog.save();

        BookingInfo saved = dialog.savedProperty().get();
        assertThat(saved).isNotNull();
        assertThat(saved.clientId()).isEqualTo(salon.anna);
        assertThat(saved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(saved.source()).isEqualTo(BookingSource.DESK);
        assertThat(saved.note()).isEqualTo("Без укладки");
        assertThat(saved.time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(dialog.holdId()).isNull();
        assertThat(count("slot_hold")).isZero();
    }

    @Test
    void aClientWithNoShowsUpToTheBranchsLimitIsBookableWithAWarning() {
        long other = desk.catalog().createBranch("Лаванда на Арбате", "Арбат, 5");
        new TestSalon(desk).insertBooking(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY.minusDays(3),
                LocalTime.of(10, 0), 60, BookingStatus.NO_SHOW);
        desk.clients().setSuggestBlockAfter(other, 1);
        BookingDialogViewModel dialog = walkIn();
        dialog.choose(find(dialog, "Стрижка"));

        // Only the other branch suggests blocking after one no-show: this branch books her without a word.
        dialog.phoneProperty().set("+79161112233");
        assertThat(dialog.clientTextProperty().get()).isEqualTo("Анна Смирнова");

        desk.clients().setSuggestBlockAfter(salon.branch, 1);
        dialog.phoneProperty().set("");
        dialog.phoneProperty().set("8 916 111-22-33");

        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.clientTextProperty().get()).contains("Анна Смирнова").contains("1")
                .isNotEqualTo("Анна Смирнова");
        assertThat(dialog.canSaveBinding().get()).isTrue();
    }

    @Test
    void aBlockedClientIsRefusedWithTheReasonShown() {
        desk.clients().setBlocked(salon.anna, true, "Три неявки подряд");
        BookingDialogViewModel dialog = walkIn();
        dialog.choose(find(dialog, "Стрижка"));

        dialog.phoneProperty().set("+79161112233");

        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.BLOCKED);
        assertThat(dialog.clientTextProperty().get()).contains("Три неявки подряд");
        assertThat(dialog.canSaveBinding().get()).isFalse();
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(count("booking")).isZero();
    }

    @Test
    void anUnknownPhoneMakesANewClientWithTheBooking() {
        BookingDialogViewModel dialog = walkIn();
        dialog.choose(find(dialog, "Стрижка"));
        dialog.phoneProperty().set("+7 903 555-44-33");
        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.NEW);
        assertThat(dialog.canSaveBinding().get()).isFalse();

        dialog.nameProperty().set("Мария");
        dialog.surnameProperty().set("Петрова");
        dialog.save();

        BookingInfo saved = dialog.savedProperty().get();
        assertThat(saved.clientName()).isEqualTo("Мария Петрова");
        assertThat(saved.clientPhone()).isEqualTo("+79035554433");
    }

    @Test
    void aSaveRefusedBecauseTheTimeWasTakenWritesNoClientAndOffersFreshStarts() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));
        ensure(dialog, "Стрижка");
        dialog.phoneProperty().set("+7 903 555-44-33");
        dialog.nameProperty().set("Мария");
        // Another desk takes 14:00 after the dialog's hold ran out.
        clock.advance(StartHold.HOLD_FOR.plusMinutes(1));
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(14, 0),
                salon.pavel, salon.anna);
        long clientsBefore = count("client");

        dialog.save();

        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(dialog.errorProperty().get()).isNotEmpty();
        assertThat(count("client")).isEqualTo(clientsBefore);
        assertThat(dialog.slots()).extracting(SlotChoice::time).doesNotContain(LocalTime.of(14, 0));
    }

    @Test
    void theMastersOwnPriceIsShownForHerStart() {
        DeskInternals.database(desk).inCatalogTransaction(session -> session.createMutationQuery(
                        "update EmployeeService es set es.price = :price where es.key.employeeId = :olga")
                .setParameter("price", new BigDecimal("2500"))
                .setParameter("olga", salon.olga)
                .executeUpdate());
        BookingDialogViewModel dialog = fromCalendar(salon.olga, TODAY.plusDays(1), LocalTime.of(9, 0));

        ensure(dialog, "Стрижка");

        assertThat(dialog.totalPriceProperty().get()).isEqualByComparingTo("2500");
    }

    @Test
    void aClickOffTheSlotGridChoosesTheClickedTimeWhenItIsFree() {
        // Calendar clicks snap to 15 minutes, the offered starts come every 30: 15:15 is booked as clicked.
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 15));
        ensure(dialog, "Стрижка");

        assertThat(dialog.slotProperty().get()).isNotNull()
                .satisfies(slot -> assertThat(slot.time()).isEqualTo(LocalTime.of(15, 15)));
        assertThat(dialog.slots()).extracting(SlotChoice::time)
                .containsSubsequence(LocalTime.of(15, 0), LocalTime.of(15, 15), LocalTime.of(15, 30));
        assertThat(dialog.nearest()).isEmpty();
        assertThat(dialog.slotsTextProperty().get()).isEmpty();

        dialog.phoneProperty().set("8 916 111-22-33");
        dialog.save();

        assertThat(dialog.savedProperty().get().time()).isEqualTo(LocalTime.of(15, 15));
    }

    @Test
    void aClickOnTakenTimeOffersTheNearestFreeStartsOnEitherSideMarked() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(15, 0),
                salon.pavel, salon.anna);
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 15));
        ensure(dialog, "Стрижка");

        assertThat(dialog.slotProperty().get()).isNull();
        assertThat(dialog.nearest()).extracting(SlotChoice::time).containsExactly(LocalTime.of(14, 0),
                LocalTime.of(16, 0));
        assertThat(dialog.slots()).containsAll(dialog.nearest());
        assertThat(dialog.slotsTextProperty().get()).isEqualTo(
                "15:15 is not free for these services; the nearest free starts are marked: 14:00, 16:00.");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Choose a start time.");

        dialog.chooseSlot(dialog.nearest().get(1));

        assertThat(dialog.slotProperty().get().time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(dialog.holdId()).isNotNull();
    }

    @Test
    void aDisabledBookAlwaysSaysWhy() {
        BookingDialogViewModel dialog = walkIn();
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Choose a service to book.");

        dialog.choose(find(dialog, "Стрижка"));
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Type the client's phone.");
        dialog.phoneProperty().set("8 903 555");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Finish the client's phone number.");
        dialog.phoneProperty().set("8 903 555-44-33");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Type the new client's name.");
        dialog.nameProperty().set("Мария");
        assertThat(dialog.canSaveBinding().get()).isTrue();
        assertThat(dialog.whyNotBinding().get()).isEmpty();

        desk.clients().setBlocked(salon.anna, true, "Три неявки подряд");
        dialog.phoneProperty().set("8 916 111-22-33");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("This client is blocked.");
    }

    @Test
    void aDateWithoutFreeTimeOffersTheNextFreeTimesOneClickAway() {
        LocalDate tomorrow = TODAY.plusDays(1);
        desk.schedules().addDayOff(salon.pavel, tomorrow);
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, tomorrow, LocalTime.of(15, 0));
        ensure(dialog, "Стрижка");

        assertThat(dialog.slots()).isEmpty();
        assertThat(dialog.slotsTextProperty().get()).startsWith("No free time on").endsWith("The next free times:");
        // His own next days first, at the time wanted; then any master's, from the same day on.
        assertThat(dialog.nextFree()).first().satisfies(next -> {
            assertThat(next.sameMaster()).isTrue();
            assertThat(next.employeeId()).isEqualTo(salon.pavel);
            assertThat(next.date()).isEqualTo(tomorrow.plusDays(1));
            assertThat(next.time()).isEqualTo(LocalTime.of(15, 0));
        });
        NextFree olga = dialog.nextFree().stream().filter(next -> !next.sameMaster()).findFirst().orElseThrow();
        assertThat(olga.employeeId()).isEqualTo(salon.olga);
        assertThat(olga.date()).isEqualTo(tomorrow);
        assertThat(olga.masterName()).isEqualTo("Ольга");

        dialog.useNextFree(olga);

        assertThat(dialog.masterProperty().get().employeeId()).isEqualTo(salon.olga);
        assertThat(dialog.dateProperty().get()).isEqualTo(tomorrow);
        assertThat(dialog.slotProperty().get()).isNotNull().satisfies(slot -> {
            assertThat(slot.time()).isEqualTo(LocalTime.of(15, 0));
            assertThat(slot.employeeId()).isEqualTo(salon.olga);
        });
        assertThat(dialog.chosen()).extracting(ServiceInfo::title).containsExactly("Стрижка");
        assertThat(dialog.nextFree()).isEmpty();
        assertThat(dialog.slotsTextProperty().get()).isEmpty();
    }

    @Test
    void aPastDateCannotBeBookedAndSaysOnlyThat() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 0));
        ensure(dialog, "Стрижка");
        assertThat(dialog.firstDateProperty().get()).isEqualTo(TODAY);

        // The picker offers no past day; typed into its field, one is still refused with one message.
        dialog.dateProperty().set(TODAY.minusDays(1));

        assertThat(dialog.slots()).isEmpty();
        assertThat(dialog.errorProperty().get()).isEmpty();
        assertThat(dialog.slotsTextProperty().get()).contains("has passed").doesNotContain("No free time");
        assertThat(dialog.nextFree()).isNotEmpty().allMatch(next -> !next.date().isBefore(TODAY));
        assertThat(dialog.canSaveBinding().get()).isFalse();
    }

    @Test
    void aPhoneIsMarkedOnlyWhenTheFieldIsLeftOrBookIsPressedSayingWhatIsWrong() {
        BookingDialogViewModel dialog = walkIn();
        dialog.choose(find(dialog, "Стрижка"));

        dialog.phoneProperty().set("8 916 12x");
        assertThat(dialog.phoneProblemProperty().get()).isEmpty();
        dialog.phoneLeft();
        assertThat(dialog.phoneProblemProperty().get()).contains("“x”");

        dialog.phoneProperty().set("8 916 12");
        assertThat(dialog.phoneProblemProperty().get()).as("typing again clears the mark").isEmpty();
        dialog.save();
        assertThat(dialog.phoneProblemProperty().get()).contains("too few digits (6)");
        assertThat(dialog.savedProperty().get()).isNull();

        // Every format the client search reads finds her.
        dialog.phoneProperty().set("8.916.111.22.33");
        dialog.phoneLeft();
        assertThat(dialog.clientStateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.phoneProblemProperty().get()).isEmpty();
    }

    @Test
    void aClickProposesTheMastersUsualServiceSoAPhoneAndBookAreEnough() {
        TestSalon builder = new TestSalon(desk);
        for (int weeksAgo = 1; weeksAgo <= 2; weeksAgo++) {
            builder.insertBooking(salon.branch, salon.olga, salon.anna, salon.manicure, TODAY.minusWeeks(weeksAgo),
                    LocalTime.of(10, 0), 90, BookingStatus.COMPLETED);
        }
        builder.insertBooking(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY.minusDays(1),
                LocalTime.of(10, 0), 60, BookingStatus.COMPLETED);

        BookingDialogViewModel dialog = fromCalendar(salon.olga, TODAY.plusDays(1), LocalTime.of(12, 0));

        assertThat(dialog.chosen()).extracting(ServiceInfo::title).containsExactly("Маникюр");
        assertThat(dialog.slotProperty().get().time()).isEqualTo(LocalTime.of(12, 0));
        dialog.phoneProperty().set("+7 916 111-22-33");
        dialog.save();
        assertThat(dialog.savedProperty().get().serviceNames()).containsExactly("Маникюр");
        // A walk-in proposes nothing: the client says what she wants.
        assertThat(walkIn().chosen()).isEmpty();
    }

    @Test
    void bookPressedWhileTheDialogStillReadsBooksOnceEverythingIsIn() {
        HeldBackground held = new HeldBackground();
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), held, salon.branch, salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));
        dialog.open();
        dialog.phoneProperty().set("8 916 111-22-33");

        // Enter right after the last digit: neither the service, the start nor the client is in yet.
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNull();
        held.runAll();

        assertThat(dialog.savedProperty().get()).isNotNull().satisfies(saved -> {
            assertThat(saved.clientId()).isEqualTo(salon.anna);
            assertThat(saved.time()).isEqualTo(LocalTime.of(14, 0));
            assertThat(saved.employeeId()).isEqualTo(salon.pavel);
        });
        assertThat(count("booking")).isEqualTo(1);
    }

    /** Background work that waits until the test lets it run, as a slow database would. */
    private static final class HeldBackground implements BackgroundExecutor {

        private final Deque<Runnable> waiting = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> BackgroundExecutor.sameThread().run(work, onSuccess, onFailure));
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.poll().run();
            }
        }
    }

    private long count(String table) {
        return DeskInternals.database(desk).withConnection(connection -> {
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
