package org.salondesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.salondesk.availability.BookingStatus;

/** Both languages have every text the code asks for, and the same keys; every text is a valid pattern. */
class MessagesTest {

    private static final String BASE = "/org/salondesk/i18n/messages";
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:error|field|status|digest)\\.[A-Za-z0-9_.]*)\"");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("_ru").stringPropertyNames()).isEqualTo(load("").stringPropertyNames());
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // A second line with the same key silently replaces the first: one text lost, another feature's shown.
        for (String suffix : new String[]{"", "_ru"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources" + BASE + suffix + ".properties"))) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals))) {
                    twice.add(line.substring(0, equals));
                }
            }
            assertThat(twice).as("keys written twice in messages%s.properties", suffix).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedByCode();
        assertThat(used).as("keys found in src/main/java").hasSizeGreaterThan(50);
        for (String language : new String[]{"", "_ru"}) {
            assertThat(load(language).stringPropertyNames()).as("messages%s.properties", language)
                    .containsAll(used);
        }
    }

    @Test
    void everyTextIsAValidMessageFormatAndTheRussianOneIsRussian() throws IOException {
        Properties english = load("");
        Properties russian = load("_ru");
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            // MessageFormat swallows a lone apostrophe ("record's" would show as "records"): it is written ''.
            assertThat(english.getProperty(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
            new MessageFormat(russian.getProperty(key), Locale.forLanguageTag("ru"));
            // a text with words (not only placeholders like "{0}:") has Russian words
            if (english.getProperty(key).replaceAll("\\{[^}]*}", "").matches("(?s).*[A-Za-z].*")) {
                assertThat(russian.getProperty(key)).as(key).containsPattern("[а-яА-ЯёЁ]");
            }
        }
    }

    @Test
    void theDesksLocalePicksTheLanguage() {
        assertThat(Messages.format(Locale.forLanguageTag("ru-RU"), "status.CANCELLED")).isEqualTo("Отменена");
        assertThat(Messages.format(Locale.ENGLISH, "status.CANCELLED")).isEqualTo("Cancelled");
        assertThat(Messages.format(Locale.forLanguageTag("ru"), "error.booking.notFound", 1234L))
                .contains("1234").doesNotContain("1 234").doesNotContain("1\u00a0234");
    }

    /** Key literals in the main sources, plus the keys built from a prefix ("status." + a status name). */
    private static Set<String> keysUsedByCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).contains("status.");
        keys.remove("status.");
        for (BookingStatus status : BookingStatus.values()) {
            keys.add("status." + status.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(key).doesNotEndWith("."));
        return keys;
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("messages%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
