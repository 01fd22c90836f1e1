package org.salondesk.ui.booking;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.salondesk.ui.common.BackgroundExecutor;

/**
 * Counts the dialog's background work still unanswered, and runs {@code settled} each time none is left: a Book
 * pressed while the dialog still reads books then.
 */
final class PendingWork implements BackgroundExecutor {

    private final BackgroundExecutor background;
    private final Runnable settled;
    private int pending;

    PendingWork(BackgroundExecutor background, Runnable settled) {
        this.background = background;
        this.settled = settled;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pending++;
        background.run(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                done();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                done();
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        background.onUiThread(action);
    }

    /** True while some work asked for has not been answered yet. */
    boolean isBusy() {
        return pending > 0;
    }

    private void done() {
        pending--;
        if (pending == 0) {
            settled.run();
        }
    }
}
