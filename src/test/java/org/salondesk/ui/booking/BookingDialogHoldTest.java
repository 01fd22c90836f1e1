package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.booking.BookingInfo;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.FxBackgroundExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The booking dialog's slot hold on the app's own background executor: database work on pool threads, answers on the
 * FX thread, as at the desk. A gate holds the database work back where a test needs the hold still on its way.
 */
class BookingDialogHoldTest {

    private static final LocalDate TOMORROW = TestToday.date().plusDays(1);
    private static final long WAIT_SECONDS = 60;

    private final MutableClock clock = TestToday.at(10, 7);
    private String url;
    private SalonDesk desk;
    private SalonDesk otherDesk;
    private SmallSalon salon;
    private GatedBackground background;

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openDesks() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), clock, true);
        salon = new SmallSalon(desk);
        otherDesk = SalonDesk.open(JdbcUrl.of(url), clock, true);
        background = new GatedBackground();
    }

    @AfterEach
    void closeDesks() throws Exception {
        background.open();
        background.awaitIdle();
        background.close();
        otherDesk.close();
        desk.close();
    }

    /** A dialog from a click on Pavel's 14:00 tomorrow, for Anna, with everything in: the start is held. */
    private BookingDialogViewModel dialogHoldingTwoPm() throws Exception {
        BookingDialogViewModel dialog = fx(() -> {
            BookingDialogViewModel opened = BookingDialogViewModel.fromCalendar(desk.booking(), desk.availability(),
                    desk.clients(), background, salon.branch, salon.pavel, TOMORROW, LocalTime.of(14, 0));
            opened.open();
            opened.client().phoneProperty().set("8 916 111-22-33");
            return opened;
        });
        background.awaitIdle();
        assertThat(fx(() -> dialog.starts().slotProperty().get().time())).isEqualTo(LocalTime.of(14, 0));
        assertThat(fx(() -> dialog.canSaveBinding().get())).isTrue();
        assertThat(holds()).containsExactly(LocalTime.of(14, 0));
        return dialog;
    }

    private static SlotChoice offered(BookingDialogViewModel dialog, LocalTime time) throws Exception {
        return fx(() -> dialog.starts().slots().stream().filter(slot -> slot.time().equals(time)).findFirst()
                .orElseThrow());
    }

    @Test
    void bookPressedRightAfterPickingAStartWaitsForItsHoldAndBooksThatStart() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();
        SlotChoice four = offered(dialog, LocalTime.of(16, 0));
        CountDownLatch booked = new CountDownLatch(1);
        fx(() -> dialog.savedProperty().addListener((obs, old, now) -> booked.countDown()));

        background.hold();
        fx(() -> {
            dialog.chooseSlot(four);
            dialog.save();
        });

        // The new start is not held yet: Book is not enabled and says why, and pressing it booked nothing yet.
        assertThat(fx(() -> dialog.holdStateProperty().get())).isEqualTo(StartHold.State.PLACING);
        assertThat(fx(() -> dialog.canSaveBinding().get())).isFalse();
        assertThat(fx(() -> dialog.whyNotBinding().get())).isEqualTo("Holding the chosen time\u2026");
        assertThat(fx(() -> dialog.savedProperty().get())).isNull();

        background.open();
        assertThat(booked.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        background.awaitIdle();

        BookingInfo saved = fx(() -> dialog.savedProperty().get());
        assertThat(saved.time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(saved.masterId()).isEqualTo(salon.pavel);
        assertThat(holds()).isEmpty();
        assertThat(fx(() -> dialog.holdStateProperty().get())).isEqualTo(StartHold.State.NONE);
        // 14:00, held first, is free for another desk.
        otherDesk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(14, 0),
                salon.pavel, salon.anna);
    }

    @Test
    void aStartRefusedOnBookIsReleasedAtOnceSoAnotherDeskCanTakeIt() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();
        // The admin gives Pavel a break inside the held hour: the booking is refused (SLOT_UNAVAILABLE).
        long pause = otherDesk.schedules().addBreak(salon.pavel, TOMORROW, LocalTime.of(14, 30),
                LocalTime.of(15, 0));

        fx(dialog::save);
        background.awaitIdle();

        assertThat(fx(() -> dialog.savedProperty().get())).isNull();
        assertThat(fx(() -> dialog.errorProperty().get())).isNotEmpty();
        assertThat(holds()).isEmpty();
        // The break was a mistake: without a hold left behind, the other desk books the hour at once.
        otherDesk.schedules().removeBreak(pause);
        otherDesk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(14, 0),
                salon.pavel, salon.anna);
    }

    @Test
    void pickingOtherStartsWhileTheFirstIsPlacedHoldsOnlyTheLastOne() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();
        SlotChoice halfPast = offered(dialog, LocalTime.of(14, 30));
        SlotChoice three = offered(dialog, LocalTime.of(15, 0));

        // Two clicks quicker than the database: 14:30 is still being held when 15:00 (which overlaps it) is picked.
        background.hold();
        fx(() -> {
            dialog.chooseSlot(halfPast);
            dialog.chooseSlot(three);
        });
        background.open();
        background.awaitIdle();

        assertThat(fx(() -> dialog.errorProperty().get())).isEmpty();
        assertThat(fx(() -> dialog.holdStateProperty().get())).isEqualTo(StartHold.State.HELD);
        assertThat(fx(() -> dialog.canSaveBinding().get())).isTrue();
        assertThat(holds()).containsExactly(LocalTime.of(15, 0));
        // 14:00 and 14:30, let go, are free: another desk books 14:00–15:00 at once.
        otherDesk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(14, 0),
                salon.pavel, salon.anna);
    }

    @Test
    void aStartTakenByAnotherDeskMeanwhileIsNotHeldAndBookStaysDisabled() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();
        SlotChoice four = offered(dialog, LocalTime.of(16, 0));
        otherDesk.booking().createBooking(salon.branch, List.of(salon.haircut), TOMORROW, LocalTime.of(16, 0),
                salon.pavel, salon.anna);

        fx(() -> dialog.chooseSlot(four));
        background.awaitIdle();

        assertThat(fx(() -> dialog.holdStateProperty().get())).isEqualTo(StartHold.State.NONE);
        assertThat(fx(() -> dialog.holdId())).isNull();
        assertThat(fx(() -> dialog.canSaveBinding().get())).isFalse();
        assertThat(fx(() -> dialog.errorProperty().get())).isNotEmpty();
        assertThat(fx(() -> dialog.starts().slots().stream().map(SlotChoice::time).toList()))
                .doesNotContain(LocalTime.of(16, 0));
        assertThat(holds()).isEmpty();
    }

    @Test
    void freshStartsThatKeepTheChosenOneHoldItAgain() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();

        // The calendar asks for fresh starts (another desk changed something): the hold is let go for the listing.
        fx(dialog::refreshSlots);
        background.awaitIdle();

        assertThat(fx(() -> dialog.starts().slotProperty().get().time())).isEqualTo(LocalTime.of(14, 0));
        assertThat(fx(() -> dialog.holdId())).isNotNull();
        assertThat(holds()).containsExactly(LocalTime.of(14, 0));
        assertThat(fx(() -> dialog.canSaveBinding().get())).isTrue();
    }

    @Test
    void closingTheDialogWhileItsHoldIsPlacedReleasesItOnceItLands() throws Exception {
        BookingDialogViewModel dialog = dialogHoldingTwoPm();
        SlotChoice four = offered(dialog, LocalTime.of(16, 0));

        background.hold();
        fx(() -> {
            dialog.chooseSlot(four);
            dialog.close();
        });
        background.open();
        background.awaitIdle();

        assertThat(holds()).isEmpty();
    }

    /** The starts held in the database now, as another desk would see them. */
    private List<LocalTime> holds() throws SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select start_time from slot_hold order by start_time")) {
            List<LocalTime> times = new ArrayList<>();
            while (rows.next()) {
                times.add(rows.getObject(1, LocalTime.class));
            }
            return times;
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The app's {@link FxBackgroundExecutor}, counting the work asked for until its answer has run on the FX thread
     * (the test waits for that), with a gate that holds back the work asked for while it is shut.
     */
    private static final class GatedBackground implements BackgroundExecutor, AutoCloseable {

        private final FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        private final Object lock = new Object();
        private int unanswered;
        private CountDownLatch gate = new CountDownLatch(0);

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            CountDownLatch shut;
            synchronized (lock) {
                unanswered++;
                shut = gate;
            }
            executor.run(() -> {
                shut.await();
                return work.call();
            }, result -> {
                try {
                    onSuccess.accept(result);
                } finally {
                    answered();
                }
            }, failure -> {
                try {
                    onFailure.accept(failure);
                } finally {
                    answered();
                }
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            executor.onUiThread(action);
        }

        /** Work asked for from now on waits until {@link #open()}. */
        void hold() {
            synchronized (lock) {
                gate = new CountDownLatch(1);
            }
        }

        void open() {
            synchronized (lock) {
                gate.countDown();
            }
        }

        /** Waits until every piece of work asked for has been answered on the FX thread. */
        void awaitIdle() throws InterruptedException, TimeoutException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            synchronized (lock) {
                while (unanswered > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new TimeoutException(unanswered + " background tasks still unanswered");
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
        }

        private void answered() {
            synchronized (lock) {
                unanswered--;
                lock.notifyAll();
            }
        }

        @Override
        public void close() {
            executor.close();
        }
    }
}
