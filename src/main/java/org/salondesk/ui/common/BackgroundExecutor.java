package org.salondesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database work off the JavaFX thread and hands the result back on it. ViewModels get one injected: the
 * JavaFX one in the app ({@link FxBackgroundExecutor}), a same-thread one in tests ({@link #sameThread()}).
 */
public interface BackgroundExecutor {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (progress from inside background work). */
    void onUiThread(Runnable action);

    /** Runs everything at once on the calling thread: deterministic, for tests. */
    static BackgroundExecutor sameThread() {
        return new BackgroundExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
    }
}
