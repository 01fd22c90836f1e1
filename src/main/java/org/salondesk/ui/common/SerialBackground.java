package org.salondesk.ui.common;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs one screen's background work one task after another, in the order asked (a slot hold is released before the
 * next is taken), on top of the shared {@link BackgroundExecutor}. Used from the UI thread only.
 */
public final class SerialBackground implements BackgroundExecutor {

    private final BackgroundExecutor background;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    public SerialBackground(BackgroundExecutor background) {
        this.background = background;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> background.run(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                next();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                next();
            }
        }));
        if (!running) {
            next();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        background.onUiThread(action);
    }

    private void next() {
        Runnable task = waiting.poll();
        running = task != null;
        if (task != null) {
            task.run();
        }
    }
}
