package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salondesk.testing.PrivatePostgres;
import org.salondesk.testing.TestLocale;

/**
 * A start on a database that cannot be used (a wrong address, a server that does not answer, a refused password, a
 * database that does not exist) says what is wrong in the user's words, exits with 2 and creates nothing: no data
 * folder, no log, no schema. The server is a private PostgreSQL whose users sign in with a password.
 */
class StartRefusedTest {

    @TempDir
    static Path serverFolder;
    private static PrivatePostgres postgres;

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> shown = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        postgres = PrivatePostgres.start(serverFolder);
        postgres.createDatabase("salon");
    }

    @AfterAll
    static void stopServer() {
        postgres.close();
    }

    private int start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataFolder().toString()));
        return Main.run(all.toArray(String[]::new), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), shown::add);
    }

    private Path dataFolder() {
        return home.resolve("data");
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String withPassword(String password) {
        return postgres.url("salon").replace(PrivatePostgres.PASSWORD, password);
    }

    private static int tablesOfSalon() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url("salon"));
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedWithItsPort() throws Exception {
        int unused = PrivatePostgres.freePort();

        int code = start("--db", "jdbc:postgresql://localhost:" + unused + "/salon?user=desk&password=x");

        assertThat(code).isEqualTo(2);
        String message = "Cannot reach the database server localhost:" + unused + ": it does not answer.";
        assertThat(said()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        // The window start shows the same words in a window, for whoever started it from the menu.
        assertThat(shown).singleElement().asString().contains(message);
        assertThat(dataFolder()).doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsCreated() throws Exception {
        int code = start("--db", withPassword("wrong"));

        assertThat(code).isEqualTo(2);
        assertThat(said()).contains("The database server localhost:" + postgres.port()
                + " refused the user \u201cdesk\u201d or the password.");
        assertThat(dataFolder()).doesNotExist();
        assertThat(tablesOfSalon()).isZero();
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamed() {
        int code = start("--db", postgres.url("salom"));

        assertThat(code).isEqualTo(2);
        assertThat(said()).contains("The database server localhost:" + postgres.port()
                + " has no database \u201csalom\u201d.");
        assertThat(dataFolder()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://localhost/salon", "jdbc:mysql://localhost/salon",
            "jdbc:postgresql://localhost:5432x/salon", "salondesk"})
    void anAddressSalonDeskDoesNotKnowIsRefusedEvenForTheVersion(String url) {
        assertThat(start("--db", url)).isEqualTo(2);
        assertThat(said()).contains("is not a database address SalonDesk knows");
        assertThat(shown).hasSize(1);

        assertThat(start("--version", "--db", url)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("SalonDesk ");
        assertThat(dataFolder()).doesNotExist();
    }

    @Test
    void theSelfCheckIsRefusedTheSameWayWithoutAWindow() {
        int code = start("--self-check", "--db", withPassword("wrong"));

        assertThat(code).isEqualTo(2);
        assertThat(said()).contains("refused the user \u201cdesk\u201d or the password");
        assertThat(shown).isEmpty();
        assertThat(dataFolder()).doesNotExist();
    }

    @Test
    void thePasswordIsNeverRepeated() {
        start("--db", "jdbc:mysql://localhost/salon?user=desk&password=secret-one");

        assertThat(said()).contains("password=*****").doesNotContain("secret-one");
    }

    @Test
    void inRussianToo() {
        int unused = PrivatePostgres.freePort();
        try (TestLocale.Restore russian = TestLocale.use(TestLocale.RUSSIAN)) {
            start("--db", "jdbc:postgresql://localhost:" + unused + "/salon");
            start("--db", withPassword("wrong"));
            start("--db", postgres.url("salom"));
            start("--db", "jdbc:mysql://localhost/salon");
        }

        assertThat(said()).contains("Не удаётся связаться с сервером базы данных localhost:" + unused)
                .contains("не принял пользователя «desk» или пароль")
                .contains("нет базы «salom»")
                .contains("не адрес базы данных, который знает SalonDesk");
    }

    @Test
    void theRightAddressPassesAndTheSelfCheckMigrates() {
        int code = start("--self-check", "--db", postgres.createDatabase("checked"));

        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + said()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Self-check passed");
    }

    /** The real command in its own JVM: the exit code, and not a file in the data folder, not even a log. */
    @Test
    void aRealStartExitsWithTwoAndWritesNoFile() throws Exception {
        int unused = PrivatePostgres.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--self-check", "--db", "jdbc:postgresql://localhost:" + unused + "/salon?user=desk")
                .redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", home.resolve("xdg").toString());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("Cannot reach the database server localhost:" + unused).doesNotContain("\tat ");
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
