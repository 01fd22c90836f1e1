package org.salondesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salondesk.ErrorCode;
import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.access.StaffRole;
import org.salondesk.audit.AuditAction;
import org.salondesk.audit.AuditFilter;
import org.salondesk.audit.AuditKind;
import org.salondesk.audit.AuditRow;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The API keys: made and shown once, kept only as a hash, checked and counted without a row written per request,
 * revoked for every process within seconds, only by the admin, and in the audit trail.
 */
class ApiKeysTest {

    private final MutableClock clock = TestToday.at(9, 0);
    private String url;
    private SalonDesk desk;

    @BeforeEach
    void open() {
        url = TestDatabases.freshUrl();
        desk = SalonDesk.open(JdbcUrl.of(url), clock, true);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewKeyIsShownOnceAndKeptOnlyAsItsHash() throws SQLException {
        String key = desk.apiKeys().create("  Telegram bot ", true);

        assertThat(key).startsWith("sd_").hasSize(3 + 43).matches("sd_[A-Za-z0-9_-]{43}");
        String site = desk.apiKeys().create("Site", false);
        assertThat(site).isNotEqualTo(key);
        Optional<ApiCaller> caller = desk.apiKeys().caller(key);
        assertThat(caller).isPresent();
        assertThat(caller.get().name()).isEqualTo("Telegram bot");
        assertThat(caller.get().trusted()).isTrue();
        assertThat(caller.get().requestsPerSecond()).isEqualTo(20);
        assertThat(caller.get().burst()).isEqualTo(40);
        assertThat(desk.apiKeys().caller(key + "x")).isEmpty();
        assertThat(desk.apiKeys().caller("")).isEmpty();
        assertThat(desk.apiKeys().caller(null)).isEmpty();
        assertThat(desk.apiKeys().caller("sd_" + "A".repeat(5000))).isEmpty();
        assertThat(column("key_hash")).containsExactly(KeyText.hash(key), KeyText.hash(site)).doesNotContain(key);
        assertThat(desk.apiKeys().list()).extracting(ApiKeyRow::name).containsExactly("Site", "Telegram bot");
    }

    @Test
    void aNameIsUniqueAmongTheLiveKeysAndABadOneWritesNothing() throws SQLException {
        desk.apiKeys().create("Bot", false);

        SalonDeskException taken = catchThrowableOfType(SalonDeskException.class,
                () -> desk.apiKeys().create(" Bot ", true));
        SalonDeskException blank = catchThrowableOfType(SalonDeskException.class,
                () -> desk.apiKeys().create("  ", true));
        SalonDeskException tooLong = catchThrowableOfType(SalonDeskException.class,
                () -> desk.apiKeys().create("x".repeat(61), true));

        assertThat(taken.code()).isEqualTo(ErrorCode.DUPLICATE);
        assertThat(taken.getMessage()).contains("Bot");
        assertThat(blank.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(tooLong.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(column("name")).containsExactly("Bot");
    }

    @Test
    void aRevokedKeyIsRefusedAndItsNameMayBeGivenAgain() {
        String key = desk.apiKeys().create("Bot", false);

        desk.apiKeys().revoke(" Bot");

        assertThat(desk.apiKeys().caller(key)).isEmpty();
        SalonDeskException again = catchThrowableOfType(SalonDeskException.class,
                () -> desk.apiKeys().revoke("Bot"));
        assertThat(again.code()).isEqualTo(ErrorCode.NOT_FOUND);
        String second = desk.apiKeys().create("Bot", false);
        assertThat(desk.apiKeys().caller(second)).isPresent();
        List<ApiKeyRow> rows = desk.apiKeys().list();
        assertThat(rows).extracting(ApiKeyRow::revoked).containsExactly(false, true);
        assertThat(rows.get(1).revokedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRevokeAtAnotherDeskReachesThisOneWithinSeconds() {
        String key = desk.apiKeys().create("Bot", false);
        try (SalonDesk server = SalonDesk.open(url, clock)) {
            assertThat(server.apiKeys().caller(key)).isPresent();
            long revokedAt = System.nanoTime();

            desk.apiKeys().revoke("Bot");

            while (server.apiKeys().caller(key).isPresent()) {
                assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(5));
                Thread.onSpinWait();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - revokedAt))
                    .isLessThanOrEqualTo(ApiKeys.LIVE_KEYS_LAST.plusSeconds(1));
        }
    }

    @Test
    void useIsCountedInMemoryAndAddedUpAcrossProcessesAndDays() throws SQLException {
        String key = desk.apiKeys().create("Bot", false);
        for (int i = 0; i < 3; i++) {
            desk.apiKeys().caller(key);
        }
        assertThat(column("requests_today")).as("no row written per request").containsExactly("0");

        try (SalonDesk other = SalonDesk.open(url, clock)) {
            clock.advance(Duration.ofMinutes(5));
            other.apiKeys().caller(key);
            other.apiKeys().caller(key);
        }
        assertThat(column("requests_today")).as("written when the other process closed").containsExactly("2");

        ApiKeyRow row = desk.apiKeys().list().get(0);
        assertThat(row.requestsOn(LocalDate.now(clock))).isEqualTo(5);
        assertThat(row.lastUsedAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(1));
        assertThat(desk.apiKeys().list().get(0).requestsOn(LocalDate.now(clock))).isZero();
        desk.apiKeys().caller(key);
        desk.apiKeys().writeUse();
        assertThat(desk.apiKeys().list().get(0).requestsOn(LocalDate.now(clock))).isEqualTo(1);
    }

    @Test
    void onlyTheAdminMakesListsAndRevokesKeysAndTheAuditTrailSaysSo() throws SQLException {
        desk.apiKeys().create("Bot", true);
        desk.apiKeys().revoke("Bot");
        List<AuditRow> audit = desk.audit().page(AuditFilter.all(), 0, 10).stream()
                .filter(row -> row.kind() == AuditKind.API_KEY).toList();
        assertThat(audit).extracting(AuditRow::action).containsExactlyInAnyOrder(AuditAction.CREATED,
                AuditAction.CHANGED);
        assertThat(audit).allSatisfy(row -> assertThat(row.changes()).contains("Bot"));
        desk.apiKeys().create("Site", false);

        long rita = desk.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        desk.staff().setPassword(rita, "a-long-password".toCharArray());
        desk.signIn("rita", "a-long-password".toCharArray());

        for (Runnable refused : List.<Runnable>of(() -> desk.apiKeys().create("Mine", false),
                () -> desk.apiKeys().revoke("Site"), () -> desk.apiKeys().list())) {
            assertThat(catchThrowableOfType(SalonDeskException.class, refused::run).code())
                    .isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertThat(column("name")).containsExactlyInAnyOrder("Bot", "Site");
    }

    /** The values of one column of api_key as text, by id. */
    private List<String> column(String name) throws SQLException {
        try (Connection connection = TestDatabases.connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + name + " FROM api_key ORDER BY id")) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
