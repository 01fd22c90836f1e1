package org.salondesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.salondesk.ui.calendar.CalendarPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the receptionist likes the calendar, kept in {@code calendar.properties} in the data folder (next to the
 * database, so a test's temporary folder keeps its own). Losing it only means choosing again: failures are logged.
 */
final class FileCalendarPreferences implements CalendarPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(FileCalendarPreferences.class);

    private final Path file;

    FileCalendarPreferences(Path dataFolder) {
        this.file = dataFolder.resolve("calendar.properties");
    }

    @Override
    public String get(String key, String fallback) {
        return load().getProperty(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        Properties properties = load();
        properties.setProperty(key, value);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "SalonDesk: how the calendar looks on this PC");
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the calendar's settings in {}", file, e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read {}", file, e);
            }
        }
        return properties;
    }
}
