package org.salondesk.persistence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.salondesk.SalonDesk;

/**
 * The first desk in a JVM of its own for {@link SecondDeskServerTest}, started as the app starts (no system property
 * set): opens the embedded database of the data folder given as the first argument, prints {@link #OPEN} and keeps it
 * open (with H2's server for a second desk running) until its standard input closes.
 */
public final class SecondDeskChild {

    public static final String OPEN = "DESK OPEN";

    private SecondDeskChild() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SalonDesk desk = SalonDesk.open(JdbcUrl.embeddedIn(Path.of(args[0])), Clock.systemUTC(), false)) {
            desk.branches().createBranch("Лаванда", null);
            out.println(OPEN);
            while (System.in.read() >= 0) {
                // Open until the test closes our input.
            }
        }
    }
}
