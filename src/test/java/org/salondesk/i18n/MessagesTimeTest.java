package org.salondesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One clock-time format per language, the same in texts, in fields and in the calendar: 24-hour, never AM/PM. */
class MessagesTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "ru", "ru-RU"})
    void clockTimesAreWrittenTwentyFourHour(String language) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(Messages.timeFormatter(locale).format(LocalTime.of(14, 0))).isEqualTo("14:00");
        assertThat(Messages.timeFormatter(locale).format(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(Messages.timeFormatter(locale).format(LocalTime.of(0, 30))).isEqualTo("00:30");
        // A text with a time argument writes it the same way.
        assertThat(Messages.format(locale, "calendar.dragTo", "Olga", LocalDate.of(2027, 1, 13), LocalTime.of(14, 0)))
                .contains("14:00").doesNotContainPattern("(?i)\\b[AP]M\\b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "ru-RU"})
    void theUisTimeAndDateTimeUseTheSameFormat(String language) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(language));
        try {
            assertThat(Messages.time(LocalTime.of(14, 0))).isEqualTo("14:00");
            assertThat(Messages.dateTimeFormatter().format(LocalDateTime.of(2027, 1, 13, 14, 5)))
                    .endsWith(" 14:05").doesNotContainPattern("(?i)\\b[AP]M\\b");
        } finally {
            Locale.setDefault(before);
        }
    }
}
