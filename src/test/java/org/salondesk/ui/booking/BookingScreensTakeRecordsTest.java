package org.salondesk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

/** The booking screens get records from the services, never an entity (decision 0005). */
class BookingScreensTakeRecordsTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(org\\.salondesk\\.[\\w.]+);", Pattern.MULTILINE);

    @Test
    void noBookingScreenImportsAnEntity() throws IOException, ClassNotFoundException {
        List<Path> screens;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/salondesk/ui/booking"))) {
            screens = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(screens).isNotEmpty();
        List<String> entities = new ArrayList<>();
        for (Path file : screens) {
            Matcher imported = IMPORT.matcher(Files.readString(file));
            while (imported.find()) {
                Class<?> type = Class.forName(imported.group(1), false, getClass().getClassLoader());
                for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
                    if (at.isAnnotationPresent(Entity.class)) {
                        entities.add(file.getFileName() + " imports " + type.getName());
                    }
                }
            }
        }
        assertThat(entities).isEmpty();
    }
}
