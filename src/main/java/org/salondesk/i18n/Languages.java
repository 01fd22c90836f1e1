package org.salondesk.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the desk speaks, each named in itself, and the one a PC has chosen: the sign-in form offers them, and
 * the choice (kept per PC) decides the language at the next start; without one, the OS's language does.
 */
public final class Languages {

    /** What each language is called in itself, by its tag. */
    public record Language(String tag, String name) {
        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }
    }

    public static final List<Language> OFFERED = List.of(new Language("ru", "Русский"),
            new Language("en", "English"));

    private Languages() {
    }

    /** The offered language of {@code locale} (English for any language the desk does not speak). */
    public static Language of(Locale locale) {
        return OFFERED.stream().filter(language -> language.tag().equals(locale.getLanguage())).findFirst()
                .orElse(OFFERED.get(1));
    }

    /** The language chosen on this PC ({@code tag} as kept), or empty text: the OS's. */
    public static Locale chosenOr(String tag, Locale os) {
        return OFFERED.stream().filter(language -> language.tag().equals(tag)).findFirst().map(Language::locale)
                .orElse(os);
    }
}
