package org.salondesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notice of the last restore, a file beside the copies that every desk on the database looks at. */
final class RestoreNotices {

    static final String LAST_RESTORE = "last-restore.properties";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreNotices.class);

    private RestoreNotices() {
    }

    /** The last restore of this database, as the notice beside the copies tells it; empty when there was none. */
    static Optional<RestoreNotice> read(Path folder) {
        Optional<Path> file = Optional.of(folder.resolve(LAST_RESTORE)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file.get())) {
            values.load(in);
            return Optional.of(new RestoreNotice(values.getProperty("id"), LocalDateTime.parse(values.getProperty("at")),
                    values.getProperty("copy"), LocalDateTime.parse(values.getProperty("copyMadeAt")),
                    values.getProperty("aside"), values.getProperty("desk")));
        } catch (IOException | RuntimeException e) {
            // Being written by the restoring desk right now: read on the next look.
            LOG.debug("Could not read {}: {}", file.get(), e.getMessage());
            return Optional.empty();
        }
    }

    static void write(Path folder, RestoreNotice notice) {
        Properties values = new Properties();
        values.setProperty("id", notice.id());
        values.setProperty("at", notice.at().toString());
        values.setProperty("copy", notice.copy());
        values.setProperty("copyMadeAt", notice.copyMadeAt().toString());
        values.setProperty("aside", notice.aside());
        values.setProperty("desk", notice.desk());
        Path file = folder.resolve(LAST_RESTORE);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "SalonDesk: the last restore of this database, for every desk on it");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The restore is done; only other desks' message depends on this file.
            LOG.warn("Could not write {}", file, e);
        }
    }
}
