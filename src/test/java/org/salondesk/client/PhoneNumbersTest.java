package org.salondesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDeskException;

/** The one rule of what a phone field takes: every format the client search reads, and why the rest is refused. */
class PhoneNumbersTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"8 916 123-45-67", "+7 (916) 123 45 67", "9161234567", "89161234567", "79161234567",
            "+79161234567", "8.916.123.45.67", "8(916)1234567", "+7-916-123-45-67", "  8 916 123 45 67  ",
            "8 (916) 123-45-67"})
    void everyFormatTheSearchReadsIsAPhone(String typed) {
        assertThat(PhoneNumbers.problem(typed)).isEmpty();
        assertThat(PhoneNumbers.normalize(typed)).isEqualTo("+79161234567");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8 916 12x           | “x” is not a digit
            8 916 12            | has too few digits (6)
            8 916 123-45-6      | has too few digits (10)
            8 916 123-45-67 8   | has too many digits (12)
            +999 123 45 67      | country code that does not exist
            ivanova@mail.ru     | “i” is not a digit
            """)
    void aWrongPhoneIsToldWhatIsWrongInTheFieldsWords(String typed, String told) {
        assertThat(PhoneNumbers.problem(typed)).hasValueSatisfying(problem -> assertThat(problem).contains(told));
        assertThatThrownBy(() -> PhoneNumbers.normalize(typed)).isInstanceOfSatisfying(SalonDeskException.class,
                refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void anEmptyPhoneIsAskedFor() {
        assertThat(PhoneNumbers.problem("  ")).contains("Please enter a phone number.");
        assertThat(PhoneNumbers.problem(null)).isPresent();
    }

    @Test
    void theProblemIsInTheDesksLanguage() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        assertThat(PhoneNumbers.problem("8 916 12")).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("В «8 916 12» мало цифр (6)"));
    }
}
