package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.TestToday;

/**
 * The API keys on a server PC without a window: {@code --new-api-key NAME [--trusted]} prints the key once,
 * {@code --list-api-keys} lists them (never a key), {@code --revoke-api-key NAME} revokes one; a name taken or unknown
 * says why and exits with 1, a wrong command line with 2.
 */
class ApiKeyCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> shown = new ArrayList<>();

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", folder.toString()));
        return Main.run(all.toArray(String[]::new), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), shown::add);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void makesListsAndRevokesKeysAndSaysWhyWhenItCannot() {
        assertThat(run("--new-api-key", "Booking page", "--trusted")).isZero();
        String key = out().strip();
        assertThat(key).matches("sd_[A-Za-z0-9_-]{43}");

        assertThat(run("--new-api-key", "Booking page")).isEqualTo(ApiKeyCommand.REFUSED);
        assertThat(err()).contains("Booking page");
        assertThat(out()).isEmpty();

        assertThat(run("--list-api-keys")).isZero();
        assertThat(out()).contains("Booking page").doesNotContain(key);
        assertThat(out().lines()).hasSize(2);

        try (SalonDesk desk = SalonDesk.open(JdbcUrl.embeddedIn(folder), TestToday.at(9, 0), false)) {
            assertThat(desk.apiKeys().caller(key)).hasValueSatisfying(caller -> assertThat(caller.trusted()).isTrue());
        }

        assertThat(run("--revoke-api-key", "Booking page")).isZero();
        assertThat(run("--revoke-api-key", "Booking page")).isEqualTo(ApiKeyCommand.REFUSED);
        assertThat(err()).contains("Booking page");
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.embeddedIn(folder), TestToday.at(9, 0), false)) {
            assertThat(desk.apiKeys().caller(key)).isEmpty();
            assertThat(desk.apiKeys().list()).singleElement().satisfies(row -> assertThat(row.revoked()).isTrue());
        }
        assertThat(shown).as("no window opened to say anything").isEmpty();
    }

    @Test
    void aWrongCommandLineIsRefused() {
        assertThat(run("--new-api-key")).isEqualTo(Main.REFUSED);
        assertThat(run("--list-api-keys", "--trusted")).isEqualTo(Main.REFUSED);
        assertThat(err()).contains("--trusted");
        assertThat(run("--list-api-keys", "--revoke-api-key", "x")).isEqualTo(Main.REFUSED);
    }
}
