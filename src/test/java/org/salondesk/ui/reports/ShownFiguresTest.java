package org.salondesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salondesk.testing.TestLocale;

class ShownFiguresTest {

    @Test
    void moneyKeepsItsKopecksCountsAndPercentsDoNotAndTextStaysAsItIs() {
        try (TestLocale.Restore english = TestLocale.use(Locale.US)) {
            assertThat(ShownFigures.shown("48750.00")).isEqualTo("48,750.00");
            assertThat(ShownFigures.shown("-300.50")).isEqualTo("-300.50");
            assertThat(ShownFigures.shown("1560")).isEqualTo("1,560");
            assertThat(ShownFigures.shown("19.2")).isEqualTo("19.20");
            assertThat(ShownFigures.shown("2027-01-01")).isEqualTo("2027-01-01");
            assertThat(ShownFigures.shown("Ольга")).isEqualTo("Ольга");
        }
        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
            assertThat(ShownFigures.shown("48750.00")).isEqualTo("48\u00a0750,00");
        }
    }
}
