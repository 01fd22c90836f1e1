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

    private BookingDialogViewModel fromCalendar(long masterId, LocalDate date, LocalTime time) {
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), BackgroundExecutor.sameThread(), salon.branch, masterId, date, time);
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
        return dialog.services().matching().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    /** Makes sure the service is in the booking (a click's dialog may have proposed it already). */
    private static void ensure(BookingDialogViewModel dialog, String title) {
        if (dialog.services().chosen().stream().noneMatch(s -> s.title().equals(title))) {
            dialog.services().choose(find(dialog, title));
        }
    }

    @Test
    void aClickedMastersDialogOffersOnlyHerServicesAndHerFreeStarts() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));

        assertThat(dialog.masterProperty().get().masterId()).isEqualTo(salon.pavel);
        // His only service is proposed; manicure (Olga's) is not even offered.
        assertThat(dialog.services().chosen()).extracting(ServiceInfo::title).containsExactly("Стрижка");
        assertThat(dialog.services().matching()).isEmpty();

        assertThat(dialog.starts().slots()).isNotEmpty().allMatch(slot -> slot.masterId() == salon.pavel);
        assertThat(dialog.starts().slots().get(0).time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dialog.starts().slotProperty().get().time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(dialog.totals().minutesProperty().get()).isEqualTo(60);
        assertThat(dialog.totals().priceProperty().get()).isEqualByComparingTo("1800");
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
        assertThat(dialog.starts().slots().get(0).time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(dialog.starts().slots().get(0).masterId()).isEqualTo(salon.pavel);
        int haircutSlots = dialog.starts().slots().size();

        dialog.services().choose(find(dialog, "Маникюр"));
        // Only Olga does both; 150 minutes after her 09:00 booking leave fewer starts in her 09:00–18:00 day.
        assertThat(dialog.starts().slots()).isNotEmpty().allMatch(slot -> slot.masterId() == salon.olga);
        assertThat(dialog.starts().slots()).hasSizeLessThan(haircutSlots);
        assertThat(dialog.starts().slots().get(0).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(dialog.starts().slots().get(dialog.starts().slots().size() - 1).time()).isEqualTo(LocalTime.of(15, 30));
        assertThat(dialog.totals().minutesProperty().get()).isEqualTo(150);

        dialog.services().remove(dialog.services().chosen().get(1));
        assertThat(dialog.starts().slots()).hasSize(haircutSlots);
    }

    @Test
    void typingFiltersTheServicesAndEnterAddsTheFirstMatch() {
        BookingDialogViewModel dialog = walkIn();
        dialog.services().searchProperty().set("мани");
        assertThat(dialog.services().matching()).extracting(ServiceInfo::title).containsExactly("Маникюр");

        assertThat(dialog.services().chooseFirstMatch()).isTrue();

        assertThat(dialog.services().chosen()).extracting(ServiceInfo::title).containsExactly("Маникюр");
        assertThat(dialog.services().searchProperty().get()).isEmpty();
        dialog.services().searchProperty().set("педикюр");
        assertThat(dialog.services().chooseFirstMatch()).isFalse();
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

        dialog.services().choose(find(dialog, "Стрижка"));

        SlotChoice proposed = dialog.starts().slotProperty().get();
        // 10:07 now: the first start on the 30-minute grid is 10:30; Olga has a booking then, Pavel is free.
        assertThat(proposed.time()).isEqualTo(LocalTime.of(10, 30));
        assertThat(proposed.masterId()).isEqualTo(salon.pavel);
        assertThat(proposed.masterName()).isEqualTo("Павел");
    }

    @Test
    void findsTheClientByPhoneInAnyFormatAndBooksConfirmedAtTheDesk() {
        BookingDialogViewModel dialog = walkIn();
        dialog.services().choose(find(dialog, "Стрижка"));
        dialog.noteProperty().set("Без укладки");

        dialog.client().phoneProperty().set("8 (916) 111-22");
        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.INCOMPLETE);
        assertThat(dialog.canSaveBinding().get()).isFalse();
        dialog.client().phoneProperty().set("8 (916) 111-22-33");
        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.client().textProperty().get()).isEqualTo("Анна Смирнова");
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
        long other = desk.branches().createBranch("Лаванда на Арбате", "Арбат, 5");
        new TestSalon(desk).insertBooking(salon.branch, salon.olga, salon.anna, salon.haircut, TODAY.minusDays(3),
                LocalTime.of(10, 0), 60, BookingStatus.NO_SHOW);
        desk.branches().savePolicies(other, desk.branches().policies(other).withSuggestBlockAfter(1));
        BookingDialogViewModel dialog = walkIn();
        dialog.services().choose(find(dialog, "Стрижка"));

        // Only the other branch suggests blocking after one no-show: this branch books her without a word.
        dialog.client().phoneProperty().set("+79161112233");
        assertThat(dialog.client().textProperty().get()).isEqualTo("Анна Смирнова");

        desk.branches().savePolicies(salon.branch, desk.branches().policies(salon.branch).withSuggestBlockAfter(1));
        dialog.client().phoneProperty().set("");
        dialog.client().phoneProperty().set("8 916 111-22-33");

        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.client().textProperty().get()).contains("Анна Смирнова").contains("1")
                .isNotEqualTo("Анна Смирнова");
        assertThat(dialog.canSaveBinding().get()).isTrue();
    }

    @Test
    void aBlockedClientIsRefusedWithTheReasonShown() {
        desk.clients().setBlocked(salon.anna, true, "Три неявки подряд");
        BookingDialogViewModel dialog = walkIn();
        dialog.services().choose(find(dialog, "Стрижка"));

        dialog.client().phoneProperty().set("+79161112233");

        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.BLOCKED);
        assertThat(dialog.client().textProperty().get()).contains("Три неявки подряд");
        assertThat(dialog.canSaveBinding().get()).isFalse();
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(count("booking")).isZero();
    }

    @Test
    void anUnknownPhoneMakesANewClientWithTheBooking() {
        BookingDialogViewModel dialog = walkIn();
        dialog.services().choose(find(dialog, "Стрижка"));
        dialog.client().phoneProperty().set("+7 903 555-44-33");
        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.NEW);
        assertThat(dialog.canSaveBinding().get()).isFalse();

        dialog.client().nameProperty().set("Мария");
        dialog.client().surnameProperty().set("Петрова");
        dialog.save();

        BookingInfo saved = dialog.savedProperty().get();
        assertThat(saved.clientName()).isEqualTo("Мария Петрова");
        assertThat(saved.clientPhone()).isEqualTo("+79035554433");
    }

    @Test
    void aSaveRefusedBecauseTheTimeWasTakenWritesNoClientAndOffersFreshStarts() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));
        ensure(dialog, "Стрижка");
        dialog.client().phoneProperty().set("+7 903 555-44-33");
        dialog.client().nameProperty().set("Мария");
        // Another desk takes 14:00 after the dialog's hold ran out.
        clock.advance(StartHold.HOLD_FOR.plusMinutes(1));
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(14, 0),
                salon.pavel, salon.anna);
        long clientsBefore = count("client");

        dialog.save();

        assertThat(dialog.savedProperty().get()).isNull();
        assertThat(dialog.errorProperty().get()).isNotEmpty();
        assertThat(count("client")).isEqualTo(clientsBefore);
        assertThat(dialog.starts().slots()).extracting(SlotChoice::time).doesNotContain(LocalTime.of(14, 0));
    }

    @Test
    void theMastersOwnPriceIsShownForHerStart() {
        DeskInternals.database(desk).inCatalogTransaction(session -> session.createMutationQuery(
                        "update ProvidedService es set es.price = :price where es.key.masterId = :olga")
                .setParameter("price", new BigDecimal("2500"))
                .setParameter("olga", salon.olga)
                .executeUpdate());
        BookingDialogViewModel dialog = fromCalendar(salon.olga, TODAY.plusDays(1), LocalTime.of(9, 0));

        ensure(dialog, "Стрижка");

        assertThat(dialog.totals().priceProperty().get()).isEqualByComparingTo("2500");
    }

    @Test
    void aClickOffTheSlotGridChoosesTheClickedTimeWhenItIsFree() {
        // Calendar clicks snap to 15 minutes, the offered starts come every 30: 15:15 is booked as clicked.
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 15));
        ensure(dialog, "Стрижка");

        assertThat(dialog.starts().slotProperty().get()).isNotNull()
                .satisfies(slot -> assertThat(slot.time()).isEqualTo(LocalTime.of(15, 15)));
        assertThat(dialog.starts().slots()).extracting(SlotChoice::time)
                .containsSubsequence(LocalTime.of(15, 0), LocalTime.of(15, 15), LocalTime.of(15, 30));
        assertThat(dialog.starts().nearest()).isEmpty();
        assertThat(dialog.starts().slotsTextProperty().get()).isEmpty();

        dialog.client().phoneProperty().set("8 916 111-22-33");
        dialog.save();

        assertThat(dialog.savedProperty().get().time()).isEqualTo(LocalTime.of(15, 15));
    }

    @Test
    void aClickOnTakenTimeOffersTheNearestFreeStartsOnEitherSideMarked() {
        desk.booking().createBooking(salon.branch, List.of(salon.haircut), TODAY.plusDays(1), LocalTime.of(15, 0),
                salon.pavel, salon.anna);
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 15));
        ensure(dialog, "Стрижка");

        assertThat(dialog.starts().slotProperty().get()).isNull();
        assertThat(dialog.starts().nearest()).extracting(SlotChoice::time).containsExactly(LocalTime.of(14, 0),
                LocalTime.of(16, 0));
        assertThat(dialog.starts().slots()).containsAll(dialog.starts().nearest());
        assertThat(dialog.starts().slotsTextProperty().get()).isEqualTo(
                "15:15 is not free for these services; the nearest free starts are marked: 14:00, 16:00.");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Choose a start time.");

        dialog.chooseSlot(dialog.starts().nearest().get(1));

        assertThat(dialog.starts().slotProperty().get().time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(dialog.holdId()).isNotNull();
    }

    @Test
    void aDisabledBookAlwaysSaysWhy() {
        BookingDialogViewModel dialog = walkIn();
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Choose a service to book.");

        dialog.services().choose(find(dialog, "Стрижка"));
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Type the client's phone.");
        dialog.client().phoneProperty().set("8 903 555");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Finish the client's phone number.");
        dialog.client().phoneProperty().set("8 903 555-44-33");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("Type the new client's name.");
        dialog.client().nameProperty().set("Мария");
        assertThat(dialog.canSaveBinding().get()).isTrue();
        assertThat(dialog.whyNotBinding().get()).isEmpty();

        desk.clients().setBlocked(salon.anna, true, "Три неявки подряд");
        dialog.client().phoneProperty().set("8 916 111-22-33");
        assertThat(dialog.whyNotBinding().get()).isEqualTo("This client is blocked.");
    }

    @Test
    void aDateWithoutFreeTimeOffersTheNextFreeTimesOneClickAway() {
        LocalDate tomorrow = TODAY.plusDays(1);
        desk.schedules().addDayOff(salon.pavel, tomorrow);
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, tomorrow, LocalTime.of(15, 0));
        ensure(dialog, "Стрижка");

        assertThat(dialog.starts().slots()).isEmpty();
        assertThat(dialog.starts().slotsTextProperty().get()).startsWith("No free time on").endsWith("The next free times:");
        // His own next days first, at the time wanted; then any master's, from the same day on.
        assertThat(dialog.starts().nextFree()).first().satisfies(next -> {
            assertThat(next.sameMaster()).isTrue();
            assertThat(next.masterId()).isEqualTo(salon.pavel);
            assertThat(next.date()).isEqualTo(tomorrow.plusDays(1));
            assertThat(next.time()).isEqualTo(LocalTime.of(15, 0));
        });
        NextFree olga = dialog.starts().nextFree().stream().filter(next -> !next.sameMaster()).findFirst().orElseThrow();
        assertThat(olga.masterId()).isEqualTo(salon.olga);
        assertThat(olga.date()).isEqualTo(tomorrow);
        assertThat(olga.masterName()).isEqualTo("Ольга");

        dialog.useNextFree(olga);

        assertThat(dialog.masterProperty().get().masterId()).isEqualTo(salon.olga);
        assertThat(dialog.dateProperty().get()).isEqualTo(tomorrow);
        assertThat(dialog.starts().slotProperty().get()).isNotNull().satisfies(slot -> {
            assertThat(slot.time()).isEqualTo(LocalTime.of(15, 0));
            assertThat(slot.masterId()).isEqualTo(salon.olga);
        });
        assertThat(dialog.services().chosen()).extracting(ServiceInfo::title).containsExactly("Стрижка");
        assertThat(dialog.starts().nextFree()).isEmpty();
        assertThat(dialog.starts().slotsTextProperty().get()).isEmpty();
    }

    @Test
    void aPastDateCannotBeBookedAndSaysOnlyThat() {
        BookingDialogViewModel dialog = fromCalendar(salon.pavel, TODAY.plusDays(1), LocalTime.of(15, 0));
        ensure(dialog, "Стрижка");
        assertThat(dialog.firstDateProperty().get()).isEqualTo(TODAY);

        // The picker offers no past day; typed into its field, one is still refused with one message.
        dialog.dateProperty().set(TODAY.minusDays(1));

        assertThat(dialog.starts().slots()).isEmpty();
        assertThat(dialog.errorProperty().get()).isEmpty();
        assertThat(dialog.starts().slotsTextProperty().get()).contains("has passed").doesNotContain("No free time");
        assertThat(dialog.starts().nextFree()).isNotEmpty().allMatch(next -> !next.date().isBefore(TODAY));
        assertThat(dialog.canSaveBinding().get()).isFalse();
    }

    @Test
    void aPhoneIsMarkedOnlyWhenTheFieldIsLeftOrBookIsPressedSayingWhatIsWrong() {
        BookingDialogViewModel dialog = walkIn();
        dialog.services().choose(find(dialog, "Стрижка"));

        dialog.client().phoneProperty().set("8 916 12x");
        assertThat(dialog.client().phoneProblemProperty().get()).isEmpty();
        dialog.client().phoneLeft();
        assertThat(dialog.client().phoneProblemProperty().get()).contains("“x”");

        dialog.client().phoneProperty().set("8 916 12");
        assertThat(dialog.client().phoneProblemProperty().get()).as("typing again clears the mark").isEmpty();
        dialog.save();
        assertThat(dialog.client().phoneProblemProperty().get()).contains("too few digits (6)");
        assertThat(dialog.savedProperty().get()).isNull();

        // Every format the client search reads finds her.
        dialog.client().phoneProperty().set("8.916.111.22.33");
        dialog.client().phoneLeft();
        assertThat(dialog.client().stateProperty().get()).isEqualTo(ClientState.FOUND);
        assertThat(dialog.client().phoneProblemProperty().get()).isEmpty();
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

        assertThat(dialog.services().chosen()).extracting(ServiceInfo::title).containsExactly("Маникюр");
        assertThat(dialog.starts().slotProperty().get().time()).isEqualTo(LocalTime.of(12, 0));
        dialog.client().phoneProperty().set("+7 916 111-22-33");
        dialog.save();
        assertThat(dialog.savedProperty().get().serviceNames()).containsExactly("Маникюр");
        // A walk-in proposes nothing: the client says what she wants.
        assertThat(walkIn().services().chosen()).isEmpty();
    }

    @Test
    void bookPressedWhileTheDialogStillReadsBooksOnceEverythingIsIn() {
        HeldBackground held = new HeldBackground();
        BookingDialogViewModel dialog = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                desk.clients(), held, salon.branch, salon.pavel, TODAY.plusDays(1), LocalTime.of(14, 0));
        dialog.open();
        dialog.client().phoneProperty().set("8 916 111-22-33");

        // Enter right after the last digit: neither the service, the start nor the client is in yet.
        dialog.save();
        assertThat(dialog.savedProperty().get()).isNull();
        held.runAll();

        assertThat(dialog.savedProperty().get()).isNotNull().satisfies(saved -> {
            assertThat(saved.clientId()).isEqualTo(salon.anna);
            assertThat(saved.time()).isEqualTo(LocalTime.of(14, 0));
            assertThat(saved.masterId()).isEqualTo(salon.pavel);
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
