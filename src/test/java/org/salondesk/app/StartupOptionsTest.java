package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void defaultsToTheEmbeddedDatabaseWithDemo() {
        StartupOptions options = StartupOptions.parse(new String[0], Map.of());
        assertThat(options.databaseUrl()).isEmpty();
        assertThat(options.demo()).isFalse();
        assertThat(options.noDemo()).isFalse();
    }

    @Test
    void dbOptionAndEnvironment() {
        assertThat(StartupOptions.parse(new String[]{"--db", "jdbc:postgresql://db/salon"}, Map.of()).databaseUrl())
                .contains("jdbc:postgresql://db/salon");
        assertThat(StartupOptions.parse(new String[]{"--db=jdbc:h2:mem:x"}, Map.of()).databaseUrl())
                .contains("jdbc:h2:mem:x");
        assertThat(StartupOptions.parse(new String[0], Map.of("SALONDESK_DB", "jdbc:h2:mem:env")).databaseUrl())
                .contains("jdbc:h2:mem:env");
        // The command line wins over the environment.
        assertThat(StartupOptions.parse(new String[]{"--db", "jdbc:h2:mem:arg"}, Map.of("SALONDESK_DB", "jdbc:h2:mem:env"))
                .databaseUrl()).contains("jdbc:h2:mem:arg");
    }

    @Test
    void dataDirVersionAndSelfCheck() {
        StartupOptions options = StartupOptions.parse(
                new String[]{"--data-dir", "/tmp/salon", "--version", "--self-check"}, Map.of());
        assertThat(options.dataFolder()).contains(Path.of("/tmp/salon"));
        assertThat(options.version()).isTrue();
        assertThat(options.selfCheck()).isTrue();
    }

    @Test
    void serveOnAPortAndAddress() {
        StartupOptions plain = StartupOptions.parse(new String[]{"--serve"}, Map.of());
        assertThat(plain.serve()).isTrue();
        assertThat(plain.port()).isEqualTo(8080);
        assertThat(plain.bind()).isEqualTo("127.0.0.1");
        StartupOptions options = StartupOptions.parse(new String[]{"--serve", "--port", "9090", "--bind", "0.0.0.0"},
                Map.of());
        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.bind()).isEqualTo("0.0.0.0");
        assertThat(StartupOptions.parse(new String[0], Map.of()).serve()).isFalse();
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--serve", "--port", "70000"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--serve", "--port", "http"}, Map.of()))
                .hasMessageContaining("--port");
        assertThat(StartupOptions.usage()).contains("--serve", "--port", "--bind");
    }

    @Test
    void refusesUnknownAndIncompleteOptions() {
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--colour"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--db"}, Map.of()))
                .hasMessageContaining("--db needs a value");
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--demo", "--no-demo"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoStartsInATemporaryFolderLeavingTheRealOneAlone() {
        LaunchSettings settings = LaunchSettings.from(StartupOptions.parse(new String[]{"--demo"}, Map.of()));
        assertThat(settings.temporary()).isTrue();
        assertThat(settings.seedDemoIfEmpty()).isTrue();
        assertThat(settings.dataFolder()).isNotEqualTo(DataFolder.forCurrentUser());
        assertThat(settings.databaseUrl().value()).contains(settings.dataFolder().toString().replace('\\', '/'));
    }

    @Test
    void aDatabaseServerIsNeverFilledWithTheDemoUnlessAsked() {
        String server = "jdbc:postgresql://db.salon.local/salondesk?user=desk&password=secret";
        LaunchSettings plain = LaunchSettings.from(StartupOptions.parse(
                new String[]{"--db", server, "--data-dir", "target/server-start"}, Map.of()));
        assertThat(plain.seedDemoIfEmpty()).isFalse();
        assertThat(LaunchSettings.from(StartupOptions.parse(new String[]{"--data-dir", "target/server-start"},
                Map.of("SALONDESK_DB", server))).seedDemoIfEmpty()).isFalse();

        // --db with --demo: that database is filled with the demo salon (when empty), not a temporary one.
        LaunchSettings demo = LaunchSettings.from(StartupOptions.parse(
                new String[]{"--db", server, "--demo", "--data-dir", "target/server-start"}, Map.of()));
        assertThat(demo.seedDemoIfEmpty()).isTrue();
        assertThat(demo.temporary()).isFalse();
        assertThat(demo.databaseUrl().value()).isEqualTo(server);
        LaunchSettings handedOver = LaunchSettings.from(StartupOptions.parse(demo.toArguments(), Map.of()));
        assertThat(handedOver.seedDemoIfEmpty()).isTrue();
        assertThat(handedOver.databaseUrl().value()).isEqualTo(server);
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDemoAndDemoAloneKeepsToItsTemporaryFolder() {
        LaunchSettings embedded = LaunchSettings.from(StartupOptions.parse(
                new String[]{"--data-dir", "target/embedded-start"}, Map.of()));
        assertThat(embedded.seedDemoIfEmpty()).isTrue();
        assertThat(LaunchSettings.from(StartupOptions.parse(new String[]{"--db", "jdbc:h2:file:./target/x/salondesk",
                "--data-dir", "target/embedded-start"}, Map.of())).seedDemoIfEmpty()).isTrue();

        // SALONDESK_DB set on the PC does not draw a --demo into the salon's server.
        LaunchSettings demo = LaunchSettings.from(StartupOptions.parse(new String[]{"--demo"},
                Map.of("SALONDESK_DB", "jdbc:postgresql://db.salon.local/salondesk")));
        assertThat(demo.temporary()).isTrue();
        assertThat(demo.databaseUrl().isEmbedded()).isTrue();
    }

    @Test
    void settingsSurviveTheHandOverToJavafx() {
        LaunchSettings settings = LaunchSettings.from(
                StartupOptions.parse(new String[]{"--data-dir", "target/handover", "--no-demo"}, Map.of()));
        LaunchSettings again = LaunchSettings.from(StartupOptions.parse(settings.toArguments(), Map.of()));
        assertThat(again.databaseUrl().value()).isEqualTo(settings.databaseUrl().value());
        assertThat(again.dataFolder()).isEqualTo(settings.dataFolder());
        assertThat(again.seedDemoIfEmpty()).isFalse();
    }

    @Test
    void commandsOnTheApiKeys() {
        assertThat(StartupOptions.parse(new String[0], Map.of()).keyCommand()).isEmpty();
        assertThat(StartupOptions.parse(new String[]{"--new-api-key", "Bot", "--trusted"}, Map.of()).keyCommand())
                .contains(new KeyCommand(KeyCommand.Action.CREATE, "Bot", true));
        assertThat(StartupOptions.parse(new String[]{"--new-api-key", "Bot"}, Map.of()).keyCommand())
                .contains(new KeyCommand(KeyCommand.Action.CREATE, "Bot", false));
        assertThat(StartupOptions.parse(new String[]{"--list-api-keys"}, Map.of()).keyCommand())
                .contains(new KeyCommand(KeyCommand.Action.LIST, null, false));
        assertThat(StartupOptions.parse(new String[]{"--revoke-api-key", "Bot"}, Map.of()).keyCommand())
                .contains(new KeyCommand(KeyCommand.Action.REVOKE, "Bot", false));
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--trusted"}, Map.of()))
                .hasMessageContaining("--trusted");
        assertThatThrownBy(() -> StartupOptions.parse(new String[]{"--revoke-api-key"}, Map.of()))
                .hasMessageContaining("needs a value");
    }
}
