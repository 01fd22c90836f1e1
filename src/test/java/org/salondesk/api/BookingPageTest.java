package org.salondesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The booking page comes in the browser's language, has every text it uses in both, and serves only its files. */
class BookingPageTest {

    private final BookingPage page = new BookingPage();

    @Test
    void theBrowsersFirstLanguageThatThePageHasIsChosen() {
        assertThat(BookingPage.language("ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(BookingPage.language("de-DE,ru;q=0.5")).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(BookingPage.language("de-DE,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(BookingPage.language("en-GB")).isEqualTo(Locale.ENGLISH);
        assertThat(BookingPage.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(BookingPage.language(";;;q=abc")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void thePageIsFilledInForItsBranchAndLanguage() {
        String russian = page.render(7, "ru");
        assertThat(russian).contains("<html lang=\"ru\">", "<title>Запись онлайн</title>", "data-company=\"7\"",
                "\"book\":\"Записаться\"").doesNotContain("{{");
        assertThat(page.render(12, "en-US")).contains("<html lang=\"en\">", "data-company=\"12\"",
                "\"book\":\"Book\"");
    }

    @Test
    void theTextsReachTheScriptAsJsonThatCannotCloseItsScriptElement() throws IOException {
        String html = page.render(3, "ru");
        String start = "window.BOOK_TEXTS = ";
        String texts = html.substring(html.indexOf(start) + start.length(), html.indexOf(";</script>"));
        assertThat(texts).doesNotContain("<", ">");
        Map<String, String> parsed = new ObjectMapper().readValue(texts, new TypeReference<Map<String, String>>() {
        });
        Properties russian = load("page_ru.properties");
        assertThat(parsed).hasSameSizeAs(russian.stringPropertyNames());
        russian.stringPropertyNames().forEach(key -> assertThat(parsed).containsEntry(key, russian.getProperty(key)));
    }

    @Test
    void everyTextThePageUsesIsInBothLanguagesAndTheRussianIsRussian() throws IOException {
        Properties english = load("page.properties");
        Properties russian = load("page_ru.properties");
        assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        String used = read("index.html") + read("book.js");
        Matcher keys = Pattern.compile("(?:data-text=\"|text\\(')([a-zA-Z.]+)").matcher(used);
        int count = 0;
        while (keys.find()) {
            assertThat(english).as(keys.group(1)).containsKey(keys.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(20);
        english.stringPropertyNames().forEach(key ->
                assertThat(russian.getProperty(key)).as(key).containsPattern("[а-яА-ЯёЁ]"));
    }

    @Test
    void onlyTheScriptAndTheStyleSheetAreServed() {
        assertThat(page.asset("book.js")).hasValueSatisfying(asset ->
                assertThat(asset.contentType()).startsWith("text/javascript"));
        assertThat(page.asset("book.css")).isPresent();
        assertThat(page.asset("index.html")).isEmpty();
        assertThat(page.asset("page.properties")).isEmpty();
        assertThat(page.asset("../i18n/messages.properties")).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BookingPageTest.class.getResourceAsStream("/org/salondesk/api/book/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = BookingPageTest.class.getResourceAsStream("/org/salondesk/api/book/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
