package org.salondesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The salon's data readable by the PC's user who runs SalonDesk only: folders 0700, files 0600, where the file system
 * has POSIX modes (nothing is done on Windows, whose profile folder is private already). Only what is SalonDesk's is
 * touched, so that a {@code --data-dir} or {@code --db} pointing into a folder of the user's own changes none of her
 * files: the data folder itself, the files directly in it, its {@code logs/} and {@code backups/}; and beside a
 * database file elsewhere, that database's own files and its {@code backups/}. Decision 0024 says when this runs.
 */
public final class OwnerOnly {

    /** A file or folder that others on this PC may read or enter, and its mode ({@code rw-r--r--}). */
    public record Loose(Path path, String mode) {
    }

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final List<String> OWN_FOLDERS = List.of("logs", Backups.FOLDER);
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    /** Creates the data folder (and what it needs above it) and makes it owner-only from its first moment. */
    public static void createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        tighten(List.of(folder));
    }

    /** Makes the data folder and what SalonDesk keeps in it owner-only; what cannot be changed is logged and left. */
    public static void tightenDataFolder(Path folder) {
        tighten(ofDataFolder(folder));
    }

    /** Makes the embedded database's files ({@code <file>.mv.db}, lock, trace, password) and copies owner-only. */
    public static void tightenDatabase(Path h2File) {
        tighten(ofDatabase(h2File));
    }

    /** Makes one file owner-only: a copy written into a second folder the user chose. */
    public static void tightenFile(Path file) {
        tighten(List.of(file));
    }

    /** Whether the folder's file system has POSIX modes to check (not on Windows). */
    public static boolean hasModes(Path folder) {
        return view(folder) != null;
    }

    /** What of the data folder others may read: empty when all is owner-only or the OS has no such modes. */
    public static List<Loose> looseInDataFolder(Path folder) {
        return loose(ofDataFolder(folder));
    }

    /** What of the embedded database's files and copies others may read. */
    public static List<Loose> looseOfDatabase(Path h2File) {
        return loose(ofDatabase(h2File));
    }

    private static List<Path> ofDataFolder(Path given) {
        List<Path> ours = new ArrayList<>();
        if (!Files.isDirectory(given)) {
            return ours;
        }
        // A data folder that is a link to another disk is that folder; links inside it are never followed.
        Path folder = realPath(given);
        ours.add(folder);
        for (Path child : children(folder)) {
            if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                ours.add(child);
            } else if (OWN_FOLDERS.contains(child.getFileName().toString())) {
                ours.addAll(everythingIn(child));
            }
        }
        return ours;
    }

    private static List<Path> ofDatabase(Path h2File) {
        Path parent = h2File.toAbsolutePath().getParent();
        String base = h2File.getFileName() + ".";
        List<Path> ours = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return ours;
        }
        Path folder = realPath(parent);
        for (Path child : children(folder)) {
            if (child.getFileName().toString().startsWith(base)
                    && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                ours.add(child);
            }
        }
        ours.addAll(everythingIn(folder.resolve(Backups.FOLDER)));
        return ours;
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    /** A folder's entries; none when it cannot be read (the self-check then names the folder itself). */
    private static List<Path> children(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    /** The folder and everything under it, links not followed (a link may lead out of SalonDesk's folders). */
    private static List<Path> everythingIn(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(path -> !Files.isSymbolicLink(path)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            // A file H2 or a copy removed while we looked: what is left is tightened at the next start.
            LOG.warn("Could not list {}: {}", folder, e.getMessage());
            return List.of(folder);
        }
    }

    private static void tighten(List<Path> paths) {
        for (Path path : paths) {
            PosixFileAttributeView view = view(path);
            if (view == null) {
                continue;
            }
            try {
                Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
                if (!view.readAttributes().permissions().equals(wanted)) {
                    view.setPermissions(wanted);
                }
            } catch (IOException e) {
                // Someone else's file, or one gone meanwhile: the self-check names what stayed open.
                LOG.warn("Could not make {} readable by its owner only: {}", path, e.getMessage());
            }
        }
    }

    private static List<Loose> loose(List<Path> paths) {
        List<Loose> loose = new ArrayList<>();
        for (Path path : paths) {
            PosixFileAttributeView view = view(path);
            if (view == null) {
                continue;
            }
            try {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                if (permissions.stream().anyMatch(permission -> !permission.name().startsWith("OWNER_"))) {
                    loose.add(new Loose(path, PosixFilePermissions.toString(permissions)));
                }
            } catch (IOException e) {
                LOG.warn("Could not read the mode of {}: {}", path, e.getMessage());
            }
        }
        return loose;
    }

    /** The file's POSIX view, or null where the file system has none (Windows) or the file is gone. */
    private static PosixFileAttributeView view(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }
}
