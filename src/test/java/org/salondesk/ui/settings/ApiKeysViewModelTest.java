package org.salondesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.SalonDesk;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;
import org.salondesk.ui.common.BackgroundExecutor;
import org.salondesk.ui.common.NoticeBoard;

/** The keys table: a key made from a name is shown once, listed with its use, and revoked when confirmed. */
class ApiKeysViewModelTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private SalonDesk desk;
    private ApiKeysViewModel keys;

    @BeforeEach
    void open() {
        desk = SalonDesk.open(JdbcUrl.of(TestDatabases.freshUrl()), clock, true);
        keys = new ApiKeysViewModel(desk.apiKeys(), BackgroundExecutor.sameThread(), new NoticeBoard(), clock);
        keys.start();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aKeyMadeFromANameIsShownOnceThenListedWithItsUse() {
        keys.name().textProperty().set(" Booking page ");
        keys.trustedProperty().set(true);
        keys.create();

        ApiKeysViewModel.NewKey made = keys.newKeyProperty().get();
        assertThat(made.name()).isEqualTo("Booking page");
        assertThat(desk.apiKeys().caller(made.key())).isPresent();
        assertThat(keys.name().text()).isEmpty();
        assertThat(keys.trustedProperty().get()).isFalse();
        keys.newKeyShown();
        assertThat(keys.newKeyProperty().get()).isNull();
        keys.start();

        ApiKeyLine line = keys.lines().get(0);
        assertThat(line.name()).isEqualTo("Booking page");
        assertThat(line.trusted()).isNotEmpty();
        assertThat(line.requestsToday()).isEqualTo("1");
        assertThat(line.lastUsed()).contains("09:00");
        assertThat(line.revoked()).isFalse();

        clock.advance(Duration.ofMinutes(7));
        desk.apiKeys().caller(made.key());
        keys.start();
        assertThat(keys.lines().get(0).requestsToday()).isEqualTo("2");
        assertThat(keys.lines().get(0).lastUsed()).contains("09:07");
    }

    @Test
    void aBlankOrTakenNameMakesNoKey() {
        keys.create();
        assertThat(keys.name().mark().get()).isNotEmpty();
        assertThat(keys.newKeyProperty().get()).isNull();

        desk.apiKeys().create("Bot", false);
        keys.name().textProperty().set("Bot");
        keys.create();

        assertThat(keys.newKeyProperty().get()).isNull();
        assertThat(keys.errorProperty().get()).contains("Bot");
        assertThat(desk.apiKeys().list()).hasSize(1);
    }

    @Test
    void theChosenKeyIsRevokedOnceConfirmed() {
        String key = desk.apiKeys().create("Bot", false);
        keys.start();
        assertThat(keys.revokeQuestion()).isNull();

        keys.chosenProperty().set(keys.lines().get(0));
        assertThat(keys.revokeQuestion()).contains("Bot");
        keys.revokeChosen();

        assertThat(desk.apiKeys().caller(key)).isEmpty();
        assertThat(keys.lines()).singleElement().satisfies(line -> assertThat(line.revoked()).isTrue());
        keys.chosenProperty().set(keys.lines().get(0));
        assertThat(keys.revokeQuestion()).as("a revoked key is not revoked again").isNull();
    }
}
