package org.salondesk.testing;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The language the desk speaks in a test (the texts come from {@code Messages} by {@link Locale#getDefault()}).
 * {@code @ExtendWith(TestLocale.Russian.class)} runs each test of a class in Russian; {@link #use(Locale)} switches
 * within a test. Either puts the JVM's locale back afterwards, so other tests keep reading English.
 */
public final class TestLocale {

    /** Russian as a PC in Moscow has it. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private TestLocale() {
    }

    /** Speaks {@code locale} until the returned handle is closed. */
    public static Restore use(Locale locale) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        return () -> Locale.setDefault(before);
    }

    /** Puts the locale back; closing never fails. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /** Each test of the class in Russian. */
    public static final class Russian implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(Russian.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(STORE).put("restore", use(RUSSIAN));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Restore restore = context.getStore(STORE).remove("restore", Restore.class);
            if (restore != null) {
                restore.close();
            }
        }
    }
}
