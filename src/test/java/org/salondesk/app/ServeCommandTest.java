package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.apikey.ApiCaller;
import org.salondesk.testing.TestDatabases;

/** {@code --serve}: the booking server without a window opens the database, serves, and stops with it. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void servesTheDatabaseAndStopsCleanly() throws Exception {
        StartupOptions options = StartupOptions.parse(new String[]{"--serve", "--port", "0", "--no-demo",
                "--data-dir", folder.toString(), "--db", TestDatabases.freshUrl()}, Map.of());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ServeCommand.Serving serving = ServeCommand.start(LaunchSettings.from(options), options,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                desk -> key -> key.equals("serve-test-key")
                        ? Optional.of(new ApiCaller(1, "test", false, 100, 100)) : Optional.empty());
        try {
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("http://127.0.0.1:" + serving.port() + "/api/v1/").doesNotContain("Warning");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + serving.port() + "/api/v1/companies"))
                    .header("Authorization", "Bearer serve-test-key").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).startsWith("{\"companies\":");
        } finally {
            serving.stop();
        }
        assertThat(serving.server().port()).isEqualTo(-1);
    }
}
