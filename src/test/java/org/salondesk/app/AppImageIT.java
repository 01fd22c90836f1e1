package org.salondesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salondesk.persistence.BackupCheck;
import org.salondesk.persistence.JdbcUrl;

/**
 * The app-image that every installer wraps, started through its own launcher on its own trimmed runtime: it prints
 * its version, passes the self-check on a new data folder, and migrates an older database after keeping a copy.
 * Uses the app-image of {@code mvn -Pinstaller} when this run built it, otherwise builds one with
 * packaging/BuildInstaller.java (about a minute) on the installer's JDK ({@code installer.jdk} in pom.xml); skipped,
 * saying why, on a JDK without jpackage.
 */
class AppImageIT {

    private static final String VERSION = System.getProperty("salondesk.version", "");
    private static Path launcher;

    @BeforeAll
    static void appImage() throws Exception {
        Path jdk = Path.of(System.getProperty("salondesk.installerJdk", System.getProperty("java.home")));
        boolean tools = Files.exists(jdk.resolve("bin").resolve(executable("jpackage")))
                && Files.exists(jdk.resolve("bin").resolve(executable("jlink")));
        String reason = "AppImageIT skipped: the JDK at " + jdk
                + " has no jpackage/jlink, so no app-image can be built here";
        if (!tools) {
            System.out.println(reason);
        }
        assumeTrue(tools, reason);
        Path jar = Path.of(System.getProperty("salondesk.jar"));
        Path out = Path.of(System.getProperty("salondesk.installerOut"));
        launcher = launcherIn(out.resolve("app-image"));
        if (Files.exists(launcher) && Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            System.out.println("AppImageIT: using the app-image built in this run: " + launcher);
            return;
        }
        Path itOut = out.resolveSibling(out.getFileName() + "-it");
        Path log = itOut.resolveSibling(itOut.getFileName() + ".log");
        System.out.println("AppImageIT: building the app-image in " + itOut + " (log: " + log + ")");
        List<String> command = List.of(jdk.resolve("bin").resolve(executable("java")).toString(),
                "packaging/BuildInstaller.java", "--jar", jar.toString(),
                "--classpath-file", System.getProperty("salondesk.classpathFile"), "--version", VERSION,
                "--out", itOut.toString(), "--type", "app-image");
        Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).as("the app-image build finished in time").isTrue();
        assertThat(build.exitValue()).as("the app-image build, see " + log).isZero();
        launcher = launcherIn(itOut.resolve("app-image"));
    }

    private static String executable(String tool) {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? tool + ".exe" : tool;
    }

    private static Path launcherIn(Path images) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return images.resolve("SalonDesk").resolve("SalonDesk.exe");
        }
        if (os.startsWith("mac")) {
            return images.resolve("SalonDesk.app").resolve("Contents").resolve("MacOS").resolve("SalonDesk");
        }
        return images.resolve("SalonDesk").resolve("bin").resolve("SalonDesk");
    }

    /** The launcher's exit code and everything it printed. */
    private record Run(int exitCode, String output) {
    }

    private static Run launch(String... arguments) throws Exception {
        return launch(Map.of(), arguments);
    }

    private static Run launch(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = launch("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output().strip()).isEqualTo("SalonDesk " + VERSION);
    }

    /**
     * Built on Java 25 with a window for its training run, the launcher starts from the ahead-of-time cache: with
     * AOTMode=on the JVM refuses to start rather than run without it (a cache made with other options, jars or
     * runtime than the launcher's would be dropped at every start, with only a console line nobody sees).
     */
    @Test
    void startsFromItsAheadOfTimeCacheWhenItHasOne() throws Exception {
        Path settings;
        try (Stream<Path> files = Files.walk(launcher.getParent().getParent())) {
            settings = files.filter(file -> file.getFileName().toString().equals("SalonDesk.cfg")).findFirst()
                    .orElseThrow();
        }
        boolean cached = Files.readString(settings).contains("-XX:AOTCache=");
        String reason = "no ahead-of-time cache: the app-image was built on a JDK before 25 (class-data sharing "
                + "instead) or without a display for its training run";
        if (!cached) {
            System.out.println("AppImageIT: " + reason);
        }
        assumeTrue(cached, reason);
        assertThat(settings.resolveSibling("salondesk.aot")).exists();

        Run run = launch(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "--version");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("SalonDesk " + VERSION).doesNotContain("[error]");
    }

    @Test
    void selfCheckPassesOnANewDataFolder(@TempDir Path data) throws Exception {
        Run run = launch("--self-check", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Self-check passed");
        assertThat(data.resolve("salondesk.mv.db")).exists();
    }

    @Test
    void migratesADatabaseOfAnOlderVersionAfterKeepingACopy(@TempDir Path data) throws Exception {
        JdbcUrl url = JdbcUrl.embeddedIn(data);
        Flyway.configure().dataSource(url.value(), "sa", "").locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url.value(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into branch (name, time_zone) values ('Old branch', 'Europe/Moscow')");
        }

        Run run = launch("--self-check", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Branches: 1").contains("Self-check passed");
        assertThat(copies(data.resolve("backups"))).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName().toString()).startsWith("salondesk-before-migration-v1-");
            assertThat(BackupCheck.read(copy).schemaVersion()).as("checked once written").isEqualTo("1");
        });
    }

    /** The copies in {@code folder} (beside each lies what its check found). */
    private static List<Path> copies(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip")).toList();
        }
    }
}
