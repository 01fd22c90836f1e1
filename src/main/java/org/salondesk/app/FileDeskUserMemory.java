package org.salondesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.salondesk.ui.staff.DeskUserMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who worked the desk last, kept in {@code desk-user.properties} in the data folder, per database (a PC may open
 * the salon's shared database and a demo one). Losing it only means choosing again, so failures are logged, not shown.
 */
final class FileDeskUserMemory implements DeskUserMemory {

    private static final Logger LOG = LoggerFactory.getLogger(FileDeskUserMemory.class);

    private final Path file;
    private final String database;

    FileDeskUserMemory(Path dataFolder, String databaseUrl) {
        this.file = dataFolder.resolve("desk-user.properties");
        this.database = databaseUrl;
    }

    @Override
    public Long recall() {
        String value = load().getProperty(database);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void remember(Long staffUserId) {
        Properties properties = load();
        if (staffUserId == null) {
            properties.remove(database);
        } else {
            properties.setProperty(database, staffUserId.toString());
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "SalonDesk: who worked the desk last, per database");
            }
        } catch (IOException e) {
            LOG.warn("Could not remember who is at the desk in {}", file, e);
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
