package org.salondesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One owner per table: no class outside the catalogue writes a catalogue table with SQL of its own (the branch row
 * had three writers in three transactions, so Settings could save half a form). The entities' own writes are the
 * catalogue services'; reading the tables stays free for every feature.
 */
class TableOwnersTest {

    private static final Path MAIN = Path.of("src/main/java/org/salondesk");
    private static final Pattern CATALOG_WRITE = Pattern.compile("(?i)\\b(update|insert\\s+into|delete\\s+from)\\s+"
            + "(branch|service_category|job_title|salon_service|employee|employee_service|resource"
            + "|service_resource)\\b");

    @Test
    void onlyTheCatalogueWritesItsTablesWithSql() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> writers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(MAIN.resolve("catalog")))
                    .filter(file -> CATALOG_WRITE.matcher(read(file)).find())
                    .map(file -> MAIN.relativize(file).toString()).toList();
            assertThat(writers).as("classes outside the catalogue that write its tables").isEmpty();
        }
    }

    @Test
    void theScanFindsAWriter() {
        assertThat(CATALOG_WRITE.matcher("\"UPDATE branch SET task_on_no_show = ?\"").find()).isTrue();
        assertThat(CATALOG_WRITE.matcher("\"update employee set active = false\"").find()).isTrue();
        assertThat(CATALOG_WRITE.matcher("\"select * from branch b join employee e\"").find()).isFalse();
        assertThat(CATALOG_WRITE.matcher("\"update employee_break set\"").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
