package org.salondesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.salondesk.i18n.Messages;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.DatabasePassword;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The second folder (a USB stick, a network share): each new copy goes there too and is opened there as well. */
final class SecondFolder {

    private static final Logger LOG = LoggerFactory.getLogger(SecondFolder.class);

    private final JdbcUrl live;

    /** For copies of the database at {@code live} (its user opens them). */
    SecondFolder(JdbcUrl live) {
        this.live = live;
    }

    /**
     * Copies {@code copy} into {@code folder} (under a temporary name, then renamed) and opens it there read-only. A
     * folder that cannot be reached or written is reported, not thrown: the copy on this PC is made all the same.
     */
    SecondCopy copy(Path copy, Optional<Path> folder, BackupProgress progress, double from,
                                      double to) {
        if (folder.isEmpty()) {
            return SecondCopy.notSet();
        }
        Path target = folder.get().resolve(copy.getFileName());
        if (!Files.isDirectory(folder.get())) {
            LOG.warn("The second backup folder {} is not there", folder.get());
            return SecondCopy.failed(folder.get(), Messages.get("backups.second.missing"));
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            long size = Files.size(copy);
            try (InputStream in = Files.newInputStream(copy); OutputStream out = Files.newOutputStream(partial)) {
                // A copy of the salon's data, owner-only before a byte of it is written (where the disk has modes).
                OwnerOnly.tightenFile(partial);
                byte[] buffer = new byte[1 << 16];
                long done = 0;
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    done += read;
                    progress.at(from + (to - from) * done / Math.max(1, size), Messages.get("backups.step.second"));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // Without it a copy made with the database's own password would not open on a new PC.
            DatabasePassword.keepBeside(folder.get(), live);
            BackupCheck check = BackupCheck.verify(target, live, BackupCheck.read(copy).madeAt());
            check.writeBeside(target);
            LOG.info("Copy {} also in {} ({})", copy.getFileName(), folder.get(), check.status());
            return new SecondCopy(SecondCopy.Status.COPIED, folder.get(), target, check, "");
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not copy {} to the second folder {}", copy, folder.get(), e);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                LOG.debug("The partial copy {} stays", partial);
            }
            return SecondCopy.failed(folder.get(), BackupService.rootMessage(e));
        }
    }
}
