package org.salondesk.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Application;

import org.salondesk.SalonDesk;
import org.salondesk.SalonDeskException;
import org.salondesk.persistence.ConnectionProblems;
import org.salondesk.persistence.JdbcUrl;
import org.salondesk.persistence.SecondDeskServer;

/**
 * Starts SalonDesk. It does not extend {@link Application}, so that the desk also starts from a plain classpath;
 * it resolves the options, checks that a database server given with {@code --db} can be reached (before anything is
 * created or logged), points the log at the data folder, then launches the window.
 */
public final class Main {

    /** The exit code of a start refused: a wrong option, or a database that cannot be used. */
    static final int REFUSED = 2;

    private Main() {
    }

    public static void main(String[] args) {
        // First of all, before any H2 class loads (the check of --db does): a second desk's server, this PC only.
        SecondDeskServer.acceptThisPcOnly();
        System.exit(run(args, System.getenv(), System.out, System.err, StartProblemWindow::show));
    }

    /**
     * Runs one start and answers its exit code: 0 (or the self-check's 1), or {@link #REFUSED} when the options or
     * the database cannot be used; a window start then also shows why with {@code showProblem}.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
                   Consumer<String> showProblem) {
        StartupOptions options;
        try {
            options = StartupOptions.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(StartupOptions.usage());
            return REFUSED;
        }
        if (options.help()) {
            out.print(StartupOptions.usage());
            return 0;
        }
        try {
            // Even --version refuses an address it could never open, so that a wrong SALONDESK_DB shows at once.
            JdbcUrl url = options.databaseUrl().map(ConnectionProblems::known).orElse(null);
            if (options.version()) {
                out.println("SalonDesk " + AppVersion.current());
                return 0;
            }
            if (url != null) {
                ConnectionProblems.tryConnect(url);
            }
        } catch (SalonDeskException e) {
            err.println(e.getMessage());
            if (!options.selfCheck() && !options.version() && !options.serve()) {
                showProblem.accept(e.getMessage());
            }
            return REFUSED;
        }
        LaunchSettings settings = LaunchSettings.from(options);
        System.setProperty("salondesk.log.dir", settings.logFolder().toString());
        if (options.selfCheck()) {
            return SelfCheck.run(settings, out);
        }
        if (options.keyCommand().isPresent()) {
            return ApiKeyCommand.run(settings, options.keyCommand().get(), Clock.systemDefaultZone(), out, err);
        }
        if (options.serve()) {
            return ServeCommand.run(settings, options, out, SalonDesk::apiKeys);
        }
        StartupTimer.markLaunch();
        Application.launch(SalonDeskApp.class, settings.toArguments());
        return 0;
    }
}
