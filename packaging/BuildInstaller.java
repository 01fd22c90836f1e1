import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds SalonDesk's installer from the app jar and its runtime dependencies: finds the JDK modules the app uses
 * (jdeps), links a trimmed runtime with them (jlink), checks that the runtime starts the app, makes the app-image
 * and then the installer of this OS (jpackage). For a faster start-up a training run of the window adds, on Java 25,
 * an ahead-of-time cache to the app-image, and on older Java a class-data sharing archive to the runtime. The runtime
 * is the one of the JDK that runs this program. The JDK tools run in-process through {@link ToolProvider}, so the
 * same program works on Linux, Windows and macOS. Run by {@code mvn -B -Pinstaller -DskipTests package} (pom.xml
 * passes the arguments):
 *
 * <pre>java packaging/BuildInstaller.java --jar J --classpath-file F --version V --out DIR [--type T]</pre>
 *
 * {@code --type app-image} stops after the app-image (what the integration test uses); the default is the
 * installer of this OS: deb on Linux, msi on Windows, dmg on macOS. Options for jpackage are read from
 * {@code packaging/<os>/app-image.options} and {@code packaging/<os>/installer.options} (one option per line).
 */
public final class BuildInstaller {

    static final String MAIN_CLASS = "org.salondesk.app.Main";
    static final String NAME = "SalonDesk";
    /** The first Java whose ahead-of-time cache keeps the JIT's profiles of a training run (JEP 515). */
    static final int AOT_CACHE_SINCE = 25;
    static final String AOT_CACHE = "salondesk.aot";

    private final Map<String, String> options;
    private final Path out;
    private final String os;

    private BuildInstaller(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(required("--out")).toAbsolutePath();
        String osName = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = osName.startsWith("windows") ? "windows" : osName.startsWith("mac") ? "macos" : "linux";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new BuildInstaller(options).build();
    }

    private void build() throws Exception {
        String version = required("--version");
        String asked = options.getOrDefault("--type", "default");
        String type = asked.equals("default") ? defaultType() : asked;
        if (os.equals("macos") && version.startsWith("0.")) {
            // jpackage refuses a macOS bundle version whose first number is 0 (CFBundleVersion rules).
            throw new IllegalStateException("macOS needs a version of 1.0 or later; pom.xml says " + version);
        }
        long started = System.nanoTime();
        deleteTree(out);
        Path input = copyInput();
        String modules = modules(input);
        Path runtime = out.resolve("runtime");
        log("jlink: " + modules);
        List<String> jlink = new ArrayList<>(List.of("--add-modules", modules, "--include-locales=en,ru",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        tool("jlink", jlink.toArray(String[]::new));
        checkRuntimeStartsTheApp(runtime, input, version);
        boolean aheadOfTime = Runtime.version().feature() >= AOT_CACHE_SINCE;
        if (aheadOfTime) {
            selfCheck(runtime, input, List.of());
        } else {
            classDataSharing(runtime, input);
        }

        Path images = out.resolve("app-image");
        List<String> appImage = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--app-version", version, "--input", input.toString(), "--main-jar", mainJar().getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--dest", images.toString()));
        if (aheadOfTime) {
            // JavaFX 21 loads its native libraries and allocates off-heap memory in ways Java 25 warns about on every
            // start; both are allowed for the class path, as JavaFX's own notes advise.
            appImage.addAll(List.of("--java-options", "--enable-native-access=ALL-UNNAMED",
                    "--java-options", "--sun-misc-unsafe-memory-access=allow"));
        }
        appImage.addAll(optionsFile(Path.of("packaging", "common.options")));
        appImage.addAll(optionsFile(Path.of("packaging", os, "app-image.options")));
        tool("jpackage", appImage.toArray(String[]::new));
        Path image = images.resolve(os.equals("macos") ? NAME + ".app" : NAME);
        if (aheadOfTime) {
            aheadOfTimeCache(image);
        }
        log("app-image: " + image + " (" + megabytes(size(image)) + ")");

        if (!type.equals("app-image")) {
            List<String> installer = new ArrayList<>(List.of("--type", type, "--name", NAME, "--app-version", version,
                    "--app-image", image.toString(), "--dest", out.toString()));
            installer.addAll(optionsFile(Path.of("packaging", "common.options")));
            installer.addAll(optionsFile(Path.of("packaging", "common-installer.options")));
            installer.addAll(optionsFile(Path.of("packaging", os, "installer.options")));
            tool("jpackage", installer.toArray(String[]::new));
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith("." + type))
                        .toList()) {
                    log("installer: " + file + " (" + megabytes(Files.size(file)) + ")");
                }
            }
        }
        log("done in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
    }

    private String defaultType() {
        return switch (os) {
            case "windows" -> "msi";
            case "macos" -> "dmg";
            default -> "deb";
        };
    }

    /** The app jar and every runtime dependency, side by side: jpackage's input folder (the launcher's class path). */
    private Path copyInput() throws IOException {
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(mainJar(), input.resolve(mainJar().getFileName()));
        String classpath = Files.readString(Path.of(required("--classpath-file")), StandardCharsets.UTF_8).trim();
        for (String jar : classpath.split(java.io.File.pathSeparator)) {
            if (!jar.isBlank()) {
                Path source = Path.of(jar);
                Files.copy(source, input.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return input;
    }

    private Path mainJar() {
        return Path.of(required("--jar")).toAbsolutePath();
    }

    /**
     * The JDK modules the jars use (jdeps), plus those the code reaches only through service loading, which jdeps
     * cannot see (listed with their reasons in packaging/extra-modules.txt). The jars' module-info files are left out
     * for the analysis: the app runs them from the class path, and jdeps would otherwise insist on resolving the
     * modules they require but never load (jakarta.interceptor, for one).
     */
    private String modules(Path input) throws IOException {
        Path plain = Files.createDirectories(out.resolve("jdeps"));
        List<String> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            for (Path jar : files.sorted().toList()) {
                Path copy = plain.resolve(jar.getFileName());
                withoutModuleInfo(jar, copy);
                jars.add(copy.toString());
            }
        }
        List<String> arguments = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--class-path", String.join(java.io.File.pathSeparator, jars)));
        arguments.addAll(jars);
        String found = tool("jdeps", arguments.toArray(String[]::new)).trim();
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.lines().reduce((a, b) -> b).orElse("").split(",")));
        for (String line : Files.readAllLines(Path.of("packaging", "extra-modules.txt"))) {
            String module = line.replaceAll("#.*", "").trim();
            if (!module.isEmpty()) {
                modules.add(module);
            }
        }
        deleteTree(plain);
        return String.join(",", modules);
    }

    private static void withoutModuleInfo(Path jar, Path copy) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith("module-info.class")) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** The trimmed runtime must start the app: a missing module would show here, not at the salon. */
    private void checkRuntimeStartsTheApp(Path runtime, Path input, String version) throws Exception {
        String printed = run(runtime, input, List.of(), "--version");
        if (!printed.contains("SalonDesk " + version)) {
            throw new IllegalStateException("The trimmed runtime did not start the app: " + printed);
        }
        log("trimmed runtime starts the app: " + printed.trim());
    }

    /**
     * Class-data sharing. Training runs list the classes a start-up loads: the desk's window until the calendar is
     * filled (on a display, or under xvfb-run on a Linux without one) and the self-check. The runtime's default CDS
     * archive is dumped from that list with the JDK's classes only: on JDK 17 an archive of class-path classes is
     * refused when the app lives at another path than where the archive was made, while the runtime's own archive
     * moves with it. The list ships as lib/salondesk.classlist in the runtime, so that an installer that knows the
     * final path (the deb's postinst) dumps the full archive, the app's classes included, on the installed files.
     */
    private void classDataSharing(Path runtime, Path input) throws Exception {
        Path classList = runtime.resolve("lib").resolve("salondesk.classlist");
        Path windowList = out.resolve("training-window.classlist");
        Path checkList = out.resolve("training-self-check.classlist");
        Path scratch = Files.createTempDirectory("salondesk-training-");
        try {
            // The first start creates the demo salon; the second is the start a salon sees every morning (the schema
            // current, so Flyway is skipped; the first day read before Hibernate is up): both lists count.
            windowTraining(runtime, input, out.resolve("training-window-first.classlist"), scratch.resolve("window"));
            windowTraining(runtime, input, windowList, scratch.resolve("window"));
            selfCheck(runtime, input, List.of("-XX:DumpLoadedClassList=" + checkList));
        } finally {
            deleteTree(scratch);
        }
        java.util.LinkedHashSet<String> classes = new java.util.LinkedHashSet<>();
        for (Path list : List.of(out.resolve("training-window-first.classlist"), windowList, checkList)) {
            if (Files.exists(list)) {
                classes.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
            }
        }
        Files.write(classList, classes, StandardCharsets.UTF_8);
        Path archive = runtime.resolve("lib").resolve("server").resolve("classes.jsa");
        process(List.of(java(runtime), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive), true);
        log("CDS: " + classes.size() + " classes listed; JDK archive " + archive + " (" + megabytes(Files.size(archive))
                + ")");
    }

    /** The window's start-up, until the calendar is filled (the app quits then); skipped, with a note, without a display. */
    private void windowTraining(Path runtime, Path input, Path classList, Path data) throws Exception {
        Integer exit = windowRun(java(runtime), List.of("-XX:DumpLoadedClassList=" + classList),
                input.resolve("*").toString(), data);
        if (exit == null) {
            log("CDS: no display and no xvfb-run, so the window's classes are not listed (install xvfb for them)");
            return;
        }
        log("CDS: window training run " + (exit == 0 ? "done" : "ended with " + exit
                + " (see training-window.log); its classes are listed as far as it got"));
    }

    /**
     * The ahead-of-time cache (Java 25): classes loaded and linked, and the JIT's profiles, from a training run of the
     * app-image's own runtime and jars, the morning start of a salon that already has its data (the first start, which
     * creates the demo salon, runs before it untrained). The launcher is given the cache only when there is one. The
     * cache names the jars relative to the app's folder, so the installed copy at its final path uses it as it is.
     */
    private void aheadOfTimeCache(Path image) throws Exception {
        Path settings = find(image, NAME + ".cfg");
        Path app = settings.getParent();
        String runtimeJava = find(image, javaExecutable()).toString();
        String classpath = String.join(java.io.File.pathSeparator, launcherSetting(settings, app, "app.classpath"));
        // The cache is refused at a start whose module options differ from its training's: train with the launcher's.
        List<String> options = launcherSetting(settings, app, "java-options");
        Path cache = app.resolve(AOT_CACHE);
        Path scratch = Files.createTempDirectory("salondesk-training-");
        try {
            Integer first = windowRun(runtimeJava, options, classpath, scratch);
            if (first == null) {
                log("AOT: no display and no xvfb-run, so no ahead-of-time cache (install xvfb for it)");
                return;
            }
            List<String> training = new ArrayList<>(options);
            training.add("-XX:AOTCacheOutput=" + cache);
            Integer trained = windowRun(runtimeJava, training, classpath, scratch);
            if (first != 0 || trained != 0 || !Files.exists(cache)) {
                throw new IllegalStateException("The desk did not start on the app-image's runtime (exit " + first
                        + ", then " + trained + "); see " + out.resolve("training-window.log"));
            }
        } finally {
            deleteTree(scratch);
        }
        addJavaOption(settings, "-XX:AOTCache=$APPDIR/" + AOT_CACHE);
        log("AOT: cache " + cache + " (" + megabytes(Files.size(cache)) + ")");
    }

    /** One more JVM option for the launcher, after those jpackage wrote (its settings may have sections after them). */
    private static void addJavaOption(Path settings, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(settings, StandardCharsets.UTF_8));
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                last = i;
            }
        }
        if (last < 0) {
            lines.add("[JavaOptions]");
            last = lines.size() - 1;
        }
        lines.add(last + 1, "java-options=" + option);
        Files.write(settings, lines, StandardCharsets.UTF_8);
    }

    /** A launcher setting (its class path, its JVM options) as every start of the app-image has it, in order. */
    private static List<String> launcherSetting(Path settings, Path app, String key) throws IOException {
        return Files.readAllLines(settings, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(key + "="))
                .map(line -> line.substring(key.length() + 1).replace("$APPDIR", app.toString()))
                .toList();
    }

    private static Path find(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().equals(name) && Files.isRegularFile(file))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " in " + folder));
        }
    }

    /**
     * One start of the desk's window until its calendar is filled (the app quits then), under xvfb-run on a Linux
     * without a display; its output goes to training-window.log. The exit code, or null where no window can open.
     */
    private Integer windowRun(String java, List<String> jvmOptions, String classpath, Path data) throws Exception {
        List<String> command = new ArrayList<>();
        if (os.equals("linux") && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                return null;
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1440x900x24"));
        }
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dsalondesk.exitWhenStarted=true", "-cp", classpath, MAIN_CLASS,
                "--data-dir", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolve("training-window.log").toFile())).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    /** The self-check on a new data folder: a runtime that cannot open, migrate and read a salon stops the build. */
    private void selfCheck(Path runtime, Path input, List<String> jvmOptions) throws Exception {
        Path scratch = Files.createTempDirectory("salondesk-self-check-");
        try {
            run(runtime, input, jvmOptions, "--self-check", "--data-dir", scratch.resolve("check").toString());
        } finally {
            deleteTree(scratch);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private String run(Path runtime, Path input, List<String> jvmOptions, String... appArguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java(runtime));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(input.resolve("*").toString());
        command.add(MAIN_CLASS);
        command.addAll(List.of(appArguments));
        return process(command, false);
    }

    private static String java(Path runtime) {
        return runtime.resolve("bin").resolve(javaExecutable()).toString();
    }

    private static String javaExecutable() {
        return System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
    }

    private static String process(List<String> command, boolean quiet) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        if (!quiet) {
            System.out.print(output);
        }
        return output;
    }

    /** Options for jpackage, one a line ("--option value", the value as is, spaces and all); # starts a comment. */
    static List<String> optionsFile(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String option = line.strip();
            if (option.isEmpty() || option.startsWith("#")) {
                continue;
            }
            int space = option.indexOf(' ');
            result.add(space < 0 ? option : option.substring(0, space));
            if (space >= 0) {
                result.add(option.substring(space + 1).strip());
            }
        }
        return result;
    }

    private static String tool(String name, String... arguments) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
        java.io.StringWriter output = new java.io.StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(output, true);
        int code = tool.run(writer, writer, arguments);
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "):\n" + output + "\narguments: "
                    + String.join(" ", arguments));
        }
        return output.toString();
    }

    private String required(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException("missing " + option);
        }
        return value;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }
}
