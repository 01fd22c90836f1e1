package org.salondesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where SalonDesk keeps its database, logs and backups on this PC, by the conventions of each OS. */
public final class DataFolder {

    private DataFolder() {
    }

    /** The data folder of the current user on this OS. */
    public static Path forCurrentUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * Linux: {@code $XDG_DATA_HOME/salondesk} or {@code ~/.local/share/salondesk}; Windows: {@code %APPDATA%\SalonDesk};
     * macOS: {@code ~/Library/Application Support/SalonDesk}.
     */
    static Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("SalonDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SalonDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("salondesk");
    }
}
