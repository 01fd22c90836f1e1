package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    private final Path home = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data/anna"), home))
                .isEqualTo(Path.of("/data/anna/salondesk"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataFolder.of("Linux", Map.of(), home)).isEqualTo(home.resolve(".local/share/salondesk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.of("Windows 11", Map.of("APPDATA", "/c/Users/anna/AppData/Roaming"), home))
                .isEqualTo(Path.of("/c/Users/anna/AppData/Roaming/SalonDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.of("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/SalonDesk"));
    }

    /** The build gives the test JVMs a home (and XDG_DATA_HOME) under target/: no test reaches the user's real data. */
    @Test
    void theTestsDataFolderIsUnderTheBuildsOwnFolder() {
        Path build = Path.of("target").toAbsolutePath().normalize();
        assertThat(DataFolder.forCurrentUser().toAbsolutePath().normalize()).startsWithRaw(build);
    }
}
