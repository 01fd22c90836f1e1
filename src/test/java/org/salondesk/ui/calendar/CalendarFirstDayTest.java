package org.salondesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.EmployeeInfo;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.booking.BookingDetailsViewModel;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;
import org.salondesk.ui.common.UndoHistory;

/**
 * At start-up the calendar reads its branches, the first branch's masters and the day in one piece of background
 * work (decision 0015), then says it is shown so that the other screens start; a day chosen while it was read is read
 * next. A first day read ahead (start-up reads it while the window shows, decision 0020) is shown without another read.
 */
class CalendarFirstDayTest {

    private static final LocalDate TODAY = TestToday.date();

    private final MutableClock clock = TestToday.at(8, 0);
    private final HeldBackground background = new HeldBackground();
    private SalonDesk desk;
    private SmallSalon salon;
    private CalendarViewModel viewModel;

    @BeforeEach
    void openDesk() {
        desk = TestDatabases.freshDesk(clock);
        salon = new SmallSalon(desk);
        NoticeBoard notices = new NoticeBoard(new UndoHistory());
        BookingDetailsViewModel details = new BookingDetailsViewModel(desk.bookingQueries(), desk.booking(),
                desk.tasks(), BackgroundExecutor.sameThread(), notices, clock);
        viewModel = new CalendarViewModel(desk.booking(), desk.bookingQueries(), desk.availability(), background,
                notices, details, null, clock);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    void theFirstDayIsOnePieceOfWorkAndThenTheRestMayStart() {
        AtomicInteger shown = new AtomicInteger();

        viewModel.start(shown::incrementAndGet);
        assertThat(background.waiting()).isEqualTo(1);
        background.runOne();

        assertThat(background.waiting()).isZero();
        assertThat(shown).hasValue(1);
        assertThat(viewModel.branchProperty().get().id()).isEqualTo(salon.branch);
        assertThat(viewModel.masters()).extracting(EmployeeInfo::name).containsExactly("Ольга", "Павел");
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY);
        assertThat(viewModel.snapshotProperty().get().columns()).extracting(EmployeeInfo::id)
                .containsExactly(salon.olga, salon.pavel);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void aDayChosenWhileTheFirstWasReadIsReadNext() {
        viewModel.start(() -> { });
        viewModel.next();
        background.runOne();

        assertThat(viewModel.snapshotProperty().get()).isNull();
        assertThat(background.waiting()).isEqualTo(1);
        background.runOne();
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void aFirstDayReadAheadIsShownWithoutReadingAgain() {
        CalendarFirstDay ahead = CalendarFirstDay.read(desk.bookingQueries(), desk.availability(), TODAY);
        AtomicInteger shown = new AtomicInteger();

        viewModel.start(ahead, shown::incrementAndGet);

        assertThat(background.waiting()).isZero();
        assertThat(shown).hasValue(1);
        assertThat(viewModel.branchProperty().get().id()).isEqualTo(salon.branch);
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY);
        assertThat(viewModel.snapshotProperty().get().columns()).extracting(EmployeeInfo::id)
                .containsExactly(salon.olga, salon.pavel);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void aFirstDayReadAheadForAnotherDateIsReadAgain() {
        // Read before midnight, shown after it: the calendar opens on the new today.
        CalendarFirstDay yesterday = CalendarFirstDay.read(desk.bookingQueries(), desk.availability(),
                TODAY.minusDays(1));
        AtomicInteger shown = new AtomicInteger();

        viewModel.start(yesterday, shown::incrementAndGet);
        assertThat(viewModel.snapshotProperty().get()).isNull();
        assertThat(background.waiting()).isEqualTo(1);
        background.runOne();

        assertThat(shown).hasValue(1);
        assertThat(viewModel.snapshotProperty().get().from()).isEqualTo(TODAY);
    }

    /** Background work that waits until the test runs it, one piece at a time. */
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

        int waiting() {
            return waiting.size();
        }

        void runOne() {
            waiting.poll().run();
        }
    }
}
