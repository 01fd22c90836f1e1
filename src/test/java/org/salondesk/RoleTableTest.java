package org.salondesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salondesk.access.StaffRole;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.staff.StaffForm;
import org.salondesk.testing.DatabaseContents;
import org.salondesk.testing.MutableClock;
import org.salondesk.testing.SmallSalon;
import org.salondesk.testing.TestDatabases;
import org.salondesk.testing.TestToday;

/**
 * The role table of issue 15, walked through the application API: every write operation (and the reads a role may
 * be refused) as an admin, a receptionist and a master (Ольга). Each is allowed, or refused with FORBIDDEN and not a
 * single row written or id used up (the whole database compared before and after, as BookingErrorsTest does). The
 * expected answers are written here, from the table, not read from the code's own table.
 */
class RoleTableTest {

    static final String PASSWORD = "password-of-the-test";

    private static final MutableClock CLOCK = TestToday.at(9, 0);
    private static final Map<StaffRole, SalonDesk> DESKS = new EnumMap<>(StaffRole.class);
    private static final Map<StaffRole, Long> USERS = new EnumMap<>(StaffRole.class);

    /** Signed in to nobody: the trusted desk that prepares what each case needs. */
    static SalonDesk trusted;
    static SmallSalon salon;
    static RoleCases.Fixture fixture;

    @BeforeAll
    static void openDesks() {
        String url = TestDatabases.freshUrl();
        trusted = SalonDesk.open(JdbcUrl.of(url), CLOCK, true);
        salon = new SmallSalon(trusted);
        long receptionist = trusted.staff().create(new StaffForm("rita", "Рита", StaffRole.RECEPTIONIST, null));
        long admin = trusted.staff().create(new StaffForm("elena", "Елена", StaffRole.ADMIN, null));
        long master = trusted.staff().create(new StaffForm("olga", "Ольга", StaffRole.MASTER, salon.olga));
        long pavel = trusted.staff().create(new StaffForm("pavel", "Павел", StaffRole.MASTER, salon.pavel));
        for (long user : List.of(receptionist, admin, master, pavel)) {
            trusted.staff().setPassword(user, PASSWORD.toCharArray());
        }
        for (var login : Map.of(StaffRole.ADMIN, "elena", StaffRole.RECEPTIONIST, "rita", StaffRole.MASTER, "olga")
                .entrySet()) {
            SalonDesk desk = SalonDesk.open(url, CLOCK);
            USERS.put(login.getKey(), desk.signIn(login.getValue(), PASSWORD.toCharArray()).id());
            DESKS.put(login.getKey(), desk);
        }
        fixture = new RoleCases.Fixture(trusted, salon, TestToday.date(), receptionist, pavel);
    }

    static long user(StaffRole role) {
        return USERS.get(role);
    }

    @AfterAll
    static void closeDesks() {
        DESKS.values().forEach(SalonDesk::close);
        trusted.close();
    }

    @AfterEach
    void stillSignedIn() {
        DESKS.forEach((role, desk) -> assertThat(desk.currentStaff().role()).contains(role));
    }

    static Stream<Arguments> cases() {
        return RoleCases.all().stream().flatMap(operation -> Stream.of(StaffRole.values()).map(role ->
                Arguments.of(operation.name() + " as " + role, role, operation)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRoleMayDoWhatTheTableSaysAndNothingElse(String name, StaffRole role, RoleCases.Operation operation)
            throws Exception {
        Object prepared = operation.prepare().apply(fixture);
        SalonDesk desk = DESKS.get(role);
        String before = contents();

        SalonDeskException refused = catchThrowableOfType(SalonDeskException.class,
                () -> operation.call().run(desk, prepared, USERS.get(role)));

        if (operation.allows(role)) {
            assertThat(refused).as(name + " is allowed").isNull();
        } else {
            assertThat(refused).as(name + " is refused").isNotNull();
            assertThat(refused.code()).as(refused.toString()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(refused.message(Locale.ENGLISH)).startsWith("Not allowed:").doesNotContain("act.");
            assertThat(refused.message(Locale.forLanguageTag("ru"))).startsWith("Нельзя:");
            assertThat(contents()).as(name + " wrote nothing").isEqualTo(before);
        }
    }

    private static String contents() throws SQLException {
        try (Connection connection = DeskInternals.database(trusted).dataSource().getConnection()) {
            return DatabaseContents.of(connection);
        }
    }
}
