package org.salondesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a benchmark data set lives on H2 unless {@code -Dbench.db} names another database, and whether a build there
 * finished: the {@code ready} mark is written last, so a build stopped half way is thrown away and made again.
 */
record BenchFolder(Path folder) {

    static final String DATABASE_PROPERTY = "bench.db";

    /** The database to measure: {@code -Dbench.db} when given, else the H2 file in this folder. */
    String url() {
        String given = System.getProperty(DATABASE_PROPERTY, "").strip();
        return given.isEmpty() ? h2Url() : given;
    }

    String h2Url() {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("salondesk").toString().replace('\\', '/');
    }

    boolean ready() {
        return Files.exists(folder.resolve("ready"));
    }

    void markReady() {
        try {
            Files.writeString(folder.resolve("ready"), "built\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
