package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.testing.TestDatabases;

/**
 * DESIGN "Durability": a booking the desk has acknowledged survives a kill of the process. A child JVM books and
 * acknowledges line by line; right after the N-th acknowledgement it gets SIGKILL (no shutdown hooks, no close),
 * and every acknowledged booking must be in the file when it is opened again.
 */
class DurabilityTest {

    private static final int ACKNOWLEDGED = 60;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedBookingSurvivesAKill() throws Exception {
        String url = TestDatabases.sharedUrl(folder);
        List<Long> acknowledged = new ArrayList<>();
        Process child = startChild(url);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED && (line = out.readLine()) != null) {
                if (line.startsWith(DurabilityChild.ACK)) {
                    acknowledged.add(Long.parseLong(line.substring(DurabilityChild.ACK.length()).trim()));
                }
            }
            // Killed the moment the last acknowledgement is read, while it is busy with the next booking.
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("acknowledgements read before the child died (exit %s)", child.exitValue())
                .hasSize(ACKNOWLEDGED);

        List<Long> lost = new ArrayList<>();
        try (SalonDesk reopened = SalonDesk.open(url, Clock.systemUTC())) {
            for (long id : acknowledged) {
                try {
                    reopened.booking().getActiveBookingInfo(id);
                } catch (SalonDeskException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    lost.add(id);
                }
            }
        }
        assertThat(lost).as("acknowledged bookings missing after the kill").isEmpty();
    }

    private static Process startChild(String url) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(), url);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
