package org.salondesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The clients' booking page at {@code /book/{company_id}}: one HTML page, its script and its style sheet, in the
 * browser's language (Russian or English). The page's texts come from the {@code page} bundle beside it and are
 * handed to the script as one table; the script then talks only to the public booking API.
 */
public final class BookingPage {

    private static final String FOLDER = "/org/salondesk/api/book/";
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "book.js", "text/javascript; charset=utf-8",
            "book.css", "text/css; charset=utf-8");

    /** A file the page loads: its bytes and its content type. */
    public record Asset(byte[] bytes, String contentType) {
    }

    private final String template = read("index.html");
    private final ObjectMapper json = new ObjectMapper();

    /** The page for a branch, in the first of the browser's languages that the page has (English otherwise). */
    public String render(long companyId, String acceptLanguage) {
        Locale language = language(acceptLanguage);
        ResourceBundle texts = ResourceBundle.getBundle("org.salondesk.api.book.page", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> table = new TreeMap<>();
        texts.keySet().forEach(key -> table.put(key, texts.getString(key)));
        return template
                .replace("{{lang}}", language.getLanguage())
                .replace("{{title}}", html(texts.getString("title")))
                .replace("{{companyId}}", Long.toString(companyId))
                .replace("{{texts}}", script(table));
    }

    /** The script or the style sheet by its file name; nothing else in the folder is served. */
    public Optional<Asset> asset(String name) {
        String type = ASSET_TYPES.get(name);
        return type == null ? Optional.empty()
                : Optional.of(new Asset(read(name).getBytes(StandardCharsets.UTF_8), type));
    }

    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The texts as JSON that cannot end the script element it sits in. */
    private String script(Map<String, String> table) {
        try {
            return json.writeValueAsString(table).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The booking page's texts could not be written", e);
        }
    }

    private static String read(String name) {
        try (InputStream in = BookingPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The booking page's " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
