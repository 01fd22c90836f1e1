package org.salondesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.SalonDesk;
import org.salondesk.testing.TestToday;

/**
 * The server H2 starts for a second desk (AUTO_SERVER) answers on this PC's loopback address only: H2 itself would
 * listen on every address of the PC. The first desk runs in a JVM of its own, started as the app is, with no
 * system property set; a second desk here still joins it.
 */
class SecondDeskServerTest {

    @TempDir
    Path folder;

    @Test
    void theSecondDesksServerAcceptsThisPcOnly() throws Exception {
        Process first = startFirstDesk();
        try {
            int port = serverPort();
            // Every other address of this PC (its network cards): a salon's network reaches the PC by one of them.
            List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                    .filter(address -> !address.isLoopbackAddress()).toList();

            for (InetAddress address : others) {
                assertThatThrownBy(() -> connect(address, port)).as("from %s", address)
                        .isInstanceOf(ConnectException.class);
            }
            connect(InetAddress.getLoopbackAddress(), port);
            try (SalonDesk second = SalonDesk.open(JdbcUrl.embeddedIn(folder), TestToday.at(8, 0), false)) {
                assertThat(second.branches().branches()).as("the second desk joins the first one's database")
                        .extracting(org.salondesk.catalog.BranchRow::name).containsExactly("Лаванда");
            }
        } finally {
            first.getOutputStream().close();
            if (!first.waitFor(60, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }

    private Process startFirstDesk() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SecondDeskChild.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(SecondDeskChild.OPEN)) {
                return child;
            }
        }
        throw new IllegalStateException("The first desk did not open its database");
    }

    /** The port the first desk's H2 wrote into the lock file for a second desk. */
    private int serverPort() throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("salondesk.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }
}
