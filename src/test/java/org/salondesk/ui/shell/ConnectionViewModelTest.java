package org.salondesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;
import org.salondesk.ui.common.BackgroundExecutor;

class ConnectionViewModelTest {

    private final AtomicBoolean serverUp = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger readAgain = new AtomicInteger();
    private final ConnectionViewModel connection = new ConnectionViewModel(BackgroundExecutor.sameThread(), () -> {
        asked.incrementAndGet();
        if (!serverUp.get()) {
            throw new SalonDeskException(ErrorCode.CONNECTION_LOST, "error.connect.lost", "db.salon.local:5432");
        }
        return null;
    }, "db.salon.local:5432");

    {
        connection.setOnBack(readAgain::incrementAndGet);
    }

    @Test
    void saysNothingAndAsksNothingWhileTheServerAnswers() {
        connection.tick();
        connection.tick();

        assertThat(connection.textProperty().get()).isEmpty();
        assertThat(connection.lostProperty().get()).isFalse();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aLostConnectionIsSaidAskedAgainEachTickAndTheScreensReadAgainWhenItIsBack() {
        serverUp.set(false);
        connection.lost();
        connection.lost();

        assertThat(connection.lostProperty().get()).isTrue();
        assertThat(connection.textProperty().get()).isEqualTo("No connection to the database server"
                + " db.salon.local:5432; trying again…");
        assertThat(connection.detailsProperty().get()).startsWith("Dialogs and forms keep what was typed");
        connection.tick();
        connection.tick();
        assertThat(asked).hasValue(2);
        assertThat(connection.lostProperty().get()).isTrue();
        assertThat(readAgain).hasValue(0);

        serverUp.set(true);
        connection.tick();

        assertThat(connection.lostProperty().get()).isFalse();
        assertThat(connection.textProperty().get()).isEqualTo("The connection to the database server is back.");
        assertThat(readAgain).hasValue(1);
        for (int i = 0; i < ConnectionViewModel.TICKS_SHOWING_BACK; i++) {
            connection.tick();
        }
        assertThat(connection.textProperty().get()).isEmpty();
        assertThat(asked).hasValue(3);
    }

    @Test
    void oneQuestionAtATime() {
        BackgroundExecutor held = new BackgroundExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                asked.incrementAndGet();
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        ConnectionViewModel slow = new ConnectionViewModel(held, () -> null, "db.salon.local:5432");
        slow.lost();

        slow.tick();
        slow.tick();

        assertThat(asked).hasValue(1);
    }
}
