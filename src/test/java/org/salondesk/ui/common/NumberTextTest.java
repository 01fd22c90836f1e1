package org.salondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salondesk.booking.BookingTexts;
import org.salondesk.catalog.SalonService;

/** Numbers read and written as English and Russian write them; what cannot be read for sure is refused. */
class NumberTextTest {

    private static final NumberText ENGLISH = NumberText.of(Locale.US);
    private static final NumberText RUSSIAN = NumberText.of(Locale.forLanguageTag("ru-RU"));

    @ParameterizedTest(name = "\"{0}\" is {1} in English")
    @CsvSource(delimiter = '|', value = {
            "2,500|2500",
            "2,500.50|2500.50",
            "2.5|2.5",
            "12,345,678|12345678",
            "1500|1500",
            // A space can never be a decimal point, and the SI groups thousands with it: read, not guessed.
            "1 500|1500",
            "1\u00a0500|1500",
            "-5|-5",
            "' 45 '|45"})
    void readsEnglish(String typed, BigDecimal number) {
        assertThat(ENGLISH.parse(typed)).isEqualByComparingTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} in Russian")
    @CsvSource(delimiter = '|', value = {
            "2 500|2500",
            "2\u00a0500|2500",
            "2\u202f500|2500",
            "2,5|2.5",
            "2 500,50|2500.50",
            "1500|1500"})
    void readsRussian(String typed, BigDecimal number) {
        assertThat(RUSSIAN.parse(typed)).isEqualByComparingTo(number);
    }

    @ParameterizedTest(name = "\"{0}\" is refused in English")
    @ValueSource(strings = {"2,5,0", "25,00", "2,5", "2,50", "1,500 000", "1 5 0 0", "15 00", "5.", ".5", "1.2.3",
            "abc", "1500 ₽", "+5", "", "  "})
    void refusesWhatEnglishCannotReadForSure(String typed) {
        assertThat(ENGLISH.parse(typed)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is refused in Russian")
    @ValueSource(strings = {"2,5,0", "2.500", "2.5", "2 50", "1 500.50", "12,", "1,5 00"})
    void refusesWhatRussianCannotReadForSure(String typed) {
        assertThat(RUSSIAN.parse(typed)).isNull();
    }

    @Test
    void writesAsEachLanguageDoesAndReadsItBack() {
        assertThat(ENGLISH.format(new BigDecimal("2500.00"))).isEqualTo("2,500");
        assertThat(ENGLISH.format(new BigDecimal("2500.5"))).isEqualTo("2,500.50");
        assertThat(ENGLISH.format(1_000_000)).isEqualTo("1,000,000");
        String russian = RUSSIAN.format(new BigDecimal("2500.5"));
        assertThat(russian.replaceAll("[\u00a0\u202f]", " ")).isEqualTo("2 500,50");
        for (String value : new String[]{"0", "2.5", "999999.99", "1000000", "45"}) {
            assertThat(ENGLISH.parse(ENGLISH.format(new BigDecimal(value)))).isEqualByComparingTo(value);
            assertThat(RUSSIAN.parse(RUSSIAN.format(new BigDecimal(value)))).isEqualByComparingTo(value);
        }
    }

    @Test
    void saysWhatIsWrongWithAPriceInTheFieldsOwnWords() {
        // the messages are in the desk's language; the test JVM's is English
        assertThat(ENGLISH.problem("2,500", SalonService.PRICE, false)).isEmpty();
        assertThat(ENGLISH.problem("1,000,000", SalonService.PRICE, false)).isEmpty();
        assertThat(ENGLISH.problem("2,5,0", SalonService.PRICE, false))
                .isEqualTo("Price: type a number such as 1,500.50.");
        assertThat(ENGLISH.problem("1,000,000.01", SalonService.PRICE, false))
                .isEqualTo("Price: from 0 to 1,000,000.");
        assertThat(ENGLISH.problem("99999999999", SalonService.PRICE, false))
                .isEqualTo("Price: from 0 to 1,000,000.");
        assertThat(ENGLISH.problem("-1", SalonService.PRICE, false)).isEqualTo("Price: from 0 to 1,000,000.");
        assertThat(ENGLISH.problem("2.505", SalonService.PRICE, false))
                .isEqualTo("Price: at most 2 digits after the decimal point.");
        assertThat(RUSSIAN.problem("1,505", SalonService.PRICE, false))
                .as("three decimals are refused in Russian too").isNotEmpty();
        assertThat(ENGLISH.problem("", SalonService.PRICE, true)).as("blank: the price list's").isEmpty();
        assertThat(ENGLISH.problem("", SalonService.PRICE, false)).isNotEmpty();
    }

    @Test
    void saysWhichWholeNumbersALengthTakes() {
        String expected = "Length, minutes: a whole number from 5 to 720, in steps of 5.";
        assertThat(ENGLISH.problem("45", SalonService.DURATION, false)).isEmpty();
        assertThat(ENGLISH.problem("720", SalonService.DURATION, false)).isEmpty();
        assertThat(ENGLISH.problem("725", SalonService.DURATION, false)).isEqualTo(expected);
        assertThat(ENGLISH.problem("0", SalonService.DURATION, false)).isEqualTo(expected);
        assertThat(ENGLISH.problem("47", SalonService.DURATION, false)).isEqualTo(expected);
        assertThat(ENGLISH.problem("45.5", SalonService.DURATION, false)).isEqualTo(expected);
        assertThat(ENGLISH.problem("an hour", SalonService.DURATION, false)).isEqualTo(expected);
    }

    @Test
    void saysItInRussianOnARussianDesk() {
        Locale english = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            assertThat(RUSSIAN.problem("2,5,0", SalonService.PRICE, false).replace('\u00a0', ' '))
                    .isEqualTo("Цена: введите число, например 1 500,50.");
            assertThat(RUSSIAN.problem("1 000 001", SalonService.PRICE, false).replace('\u00a0', ' '))
                    .isEqualTo("Цена: от 0 до 1 000 000.");
            assertThat(RUSSIAN.problem("47", SalonService.DURATION, false))
                    .isEqualTo("Длительность, минут: целое число от 5 до 720, кратное 5.");
            assertThat(BookingTexts.NOTE.problem("н".repeat(2001)).replace('\u00a0', ' '))
                    .isEqualTo("Примечание: не длиннее 2 000 символов.");
        } finally {
            Locale.setDefault(english);
        }
    }
}
