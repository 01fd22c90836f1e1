package org.salondesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.salondesk.ui.common.ViewPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screens' small preferences (column order and widths), kept in {@code view-preferences.properties} in the data
 * folder. Read once; written in the background, the latest values only, so dragging a column's edge costs nothing.
 * Losing them only means columns fit their content again, so failures are logged, not shown.
 */
final class FileViewPreferences implements ViewPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(FileViewPreferences.class);

    private final Path file;
    private final Properties values = new Properties();
    private final AtomicBoolean writePending = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "salondesk-view-preferences");
        thread.setDaemon(true);
        return thread;
    });

    FileViewPreferences(Path dataFolder) {
        this.file = dataFolder.resolve("view-preferences.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", file, e);
            }
        }
    }

    @Override
    public String get(String key) {
        return values.getProperty(key);
    }

    @Override
    public void put(String key, String value) {
        values.setProperty(key, value);
        if (writePending.compareAndSet(false, true)) {
            writer.execute(this::write);
        }
    }

    private void write() {
        writePending.set(false);
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                snapshot.store(out, "SalonDesk: how the screens are arranged on this PC");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("Could not keep the screens' preferences in {}", file, e);
        }
    }

    /** Writes what is pending and stops the writer (on exit). */
    void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
