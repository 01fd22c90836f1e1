package org.salondesk.app;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.salondesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an exception nobody caught ends up, on the JavaFX thread or any other: in the log file with its stack trace,
 * and as one short line in the window ("something went wrong; it is in the log"), never as a stack trace on screen.
 * The same failure repeating (on every mouse move, say) is logged in full once, then counted.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Clock clock;
    private final Consumer<String> notice;
    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
    // A handler passed on to may hand the failure to the default handler, this one, again.
    private final ThreadLocal<Boolean> handling = ThreadLocal.withInitial(() -> false);
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousFx;
    // Once uninstalled, a handler kept by someone else (a wrapper around it) only passes failures on.
    private volatile boolean active;

    /** @param notice shows a line to the user; called on the JavaFX thread */
    UncaughtErrors(Clock clock, Consumer<String> notice) {
        this.clock = clock;
        this.notice = notice;
    }

    /**
     * Becomes the handler of every thread, and of the JavaFX thread itself (which may have one of its own, as under a
     * test harness: that one still hears of it afterwards). Called on the JavaFX thread.
     */
    void install() {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        fxThread = Thread.currentThread();
        previousFx = fxThread.getUncaughtExceptionHandler() == fxThread.getThreadGroup() ? null
                : fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler(this);
        active = true;
    }

    /** Puts back the handlers found at {@link #install()} (the app is stopping). */
    void uninstall() {
        active = false;
        if (Thread.getDefaultUncaughtExceptionHandler() == this) {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        }
        if (fxThread != null && fxThread.getUncaughtExceptionHandler() == this) {
            fxThread.setUncaughtExceptionHandler(previousFx);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        if (handling.get()) {
            return;
        }
        handling.set(true);
        try {
            if (active) {
                report(thread, failure);
            }
            if (thread == fxThread && previousFx != null) {
                previousFx.uncaughtException(thread, failure);
            }
        } finally {
            handling.set(false);
        }
    }

    private void report(Thread thread, Throwable failure) {
        try {
            log(thread, failure);
            String text = Messages.get("shell.trouble", LocalTime.now(clock));
            if (Platform.isFxApplicationThread()) {
                notice.accept(text);
            } else {
                Platform.runLater(() -> notice.accept(text));
            }
        } catch (RuntimeException | Error reporting) {
            // The report itself failed (the toolkit is gone, say): the standard error stream is all that is left.
            failure.addSuppressed(reporting);
            failure.printStackTrace();
        }
    }

    private void log(Thread thread, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String key = failure.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
        long count = seen.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        if (count == 1) {
            LOG.error("Uncaught exception on thread {}", thread.getName(), failure);
        } else if (Long.toString(count).matches("10*")) {
            LOG.error("Uncaught exception on thread {}, {} times so far: {}", thread.getName(), count, key);
        }
    }
}
