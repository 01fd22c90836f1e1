package org.salondesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.OwnerOnly;

/**
 * What this start of SalonDesk opens: the data folder (logs, backups), the database, and whether to seed a demo into it
 * when it is empty: the embedded database gets the demo salon unless {@code --no-demo} says otherwise, a database
 * server only when {@code --demo} asks for it (otherwise its first start asks for the salon's first branch).
 */
public record LaunchSettings(Path dataFolder, JdbcUrl databaseUrl, boolean seedDemoIfEmpty, boolean temporary,
                             String firstScreen) {

    /** Settings that open the calendar first. */
    public LaunchSettings(Path dataFolder, JdbcUrl databaseUrl, boolean seedDemoIfEmpty, boolean temporary) {
        this(dataFolder, databaseUrl, seedDemoIfEmpty, temporary, "calendar");
    }

    /**
     * Resolves the options: a temporary folder for {@code --demo}, the user's data folder otherwise, created or made
     * owner-only (the files in it, H2's and the log's among them, are tightened once the desk is open).
     */
    public static LaunchSettings from(StartupOptions options) {
        try {
            if (options.demo() && options.databaseUrl().isEmpty()) {
                Path folder = Files.createTempDirectory("salondesk-demo-");
                return new LaunchSettings(folder, JdbcUrl.embeddedIn(folder), true, true,
                        options.firstScreen().orElse("calendar"));
            }
            Path folder = options.dataFolder().orElseGet(DataFolder::forCurrentUser);
            // The folder itself at once (nobody else can enter it); its files once the desk is open (DeskOpener).
            OwnerOnly.createFolder(folder);
            JdbcUrl url = options.databaseUrl().map(JdbcUrl::of).orElseGet(() -> JdbcUrl.embeddedIn(folder));
            boolean demo = options.demo() || url.isEmbedded() && !options.noDemo();
            return new LaunchSettings(folder, url, demo, false, options.firstScreen().orElse("calendar"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder: " + e.getMessage(), e);
        }
    }

    /** The same settings as command-line arguments, to hand over to the JavaFX application. */
    public String[] toArguments() {
        return new String[]{"--data-dir", dataFolder.toString(), "--db", databaseUrl.value(),
                seedDemoIfEmpty ? "--demo" : "--no-demo", "--open", firstScreen};
    }

    public Path logFolder() {
        return dataFolder.resolve("logs");
    }
}
