package org.salondesk.app;

import java.io.PrintStream;

import javafx.application.Application;

/**
 * Starts SalonDesk. It does not extend {@link Application}, so that the desk also starts from a plain classpath;
 * it resolves the options, points the log at the data folder before anything logs, then launches the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        StartupOptions options;
        try {
            options = StartupOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartupOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(StartupOptions.usage());
            return;
        }
        if (options.version()) {
            out.println("SalonDesk " + AppVersion.current());
            return;
        }
        LaunchSettings settings = LaunchSettings.from(options);
        System.setProperty("salondesk.log.dir", settings.logFolder().toString());
        if (options.selfCheck()) {
            System.exit(SelfCheck.run(settings, out));
            return;
        }
        StartupTimer.markLaunch();
        Application.launch(SalonDeskApp.class, settings.toArguments());
    }
}
