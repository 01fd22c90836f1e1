package org.salondesk.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.salondesk.SalonDesk;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.calendar.CalendarSnapshot;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FxDesktopActions;
import org.salondesk.ui.common.FxBackgroundExecutor;
import org.salondesk.ui.firstrun.FirstRunView;
import org.salondesk.ui.firstrun.FirstRunViewModel;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The window shows at once; the database is opened (and the demo salon created on an empty
 * one) in the background while a progress indicator says what is happening. An empty database without the demo shows
 * the first-run form, which makes the salon's first branch; then the screens open on it.
 */
public final class SalonDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SalonDeskApp.class);
    /** System property: quit once the calendar is filled (for the class-data-sharing training run). */
    static final String EXIT_WHEN_STARTED = "salondesk.exitWhenStarted";

    private final Clock clock;
    private final boolean askWhoIsAtTheDesk;
    private final StartupTimer timer = new StartupTimer();
    private LaunchSettings settings;
    private FxBackgroundExecutor background;
    private volatile SalonDesk desk;
    private AppWiring wiring;
    private FileViewPreferences preferences;
    private UncaughtErrors uncaught;

    /** Launched by {@link Main}: the settings come as arguments; a PC where nobody is remembered asks who is here. */
    public SalonDeskApp() {
        this.clock = Clock.systemDefaultZone();
        this.askWhoIsAtTheDesk = true;
    }

    /** Launched by a test (or an embedding program) with settings already resolved and its own clock; asks no one. */
    public SalonDeskApp(LaunchSettings settings, Clock clock) {
        this(settings, clock, false);
    }

    /** As above; with {@code askWhoIsAtTheDesk} the start asks who works the desk when nobody is remembered. */
    public SalonDeskApp(LaunchSettings settings, Clock clock, boolean askWhoIsAtTheDesk) {
        this.settings = settings;
        this.clock = clock;
        this.askWhoIsAtTheDesk = askWhoIsAtTheDesk;
    }

    @Override
    public void init() {
        if (settings == null) {
            List<String> raw = getParameters().getRaw();
            settings = LaunchSettings.from(StartupOptions.parse(raw.toArray(String[]::new), Map.of()));
        }
        background = new FxBackgroundExecutor(2);
        preferences = new FileViewPreferences(settings.dataFolder());
    }

    @Override
    public void start(Stage stage) {
        ShellViewModel shell = new ShellViewModel();
        uncaught = new UncaughtErrors(clock, shell::troubled);
        uncaught.install();
        ShellView shellView = new ShellView(shell);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shellView, Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        Runnable firstFrame = new Runnable() {
            @Override
            public void run() {
                timer.firstFrame();
                scene.removePostLayoutPulseListener(this);
            }
        };
        scene.addPostLayoutPulseListener(firstFrame);
        stage.setTitle("SalonDesk " + AppVersion.current());
        shell.about().describe(AppVersion.current(), settings.dataFolder().toString(),
                settings.databaseUrl().describe());
        AppIcons.addTo(stage);
        stage.setScene(scene);
        stage.show();

        background.run(() -> DeskOpener.open(settings, clock, text -> Platform.runLater(() -> shell.progress(text))),
                opened -> {
                    desk = opened.desk();
                    timer.databaseOpen(opened.millis(), opened.demoCreated());
                    if (opened.empty()) {
                        LOG.info("The database has no branch yet: the first-run form asks for it");
                        // Once the branch exists, the catalogue opens: its services and masters come next.
                        shellView.showInstead(new FirstRunView(new FirstRunViewModel(desk.catalog(), background,
                                clock, () -> openScreens(shell, shellView, AppWiring.CATALOG))));
                    } else {
                        openScreens(shell, shellView, AppWiring.SCREENS.contains(settings.firstScreen())
                                ? settings.firstScreen() : AppWiring.CALENDAR);
                    }
                },
                failure -> {
                    LOG.error("SalonDesk could not start", failure);
                    shell.failed(ErrorText.of(failure));
                });
    }

    private void openScreens(ShellViewModel shell, ShellView shellView, String firstScreen) {
        wiring = new AppWiring(desk, background, clock, new FxDesktopActions(getHostServices()), shell,
                new FileDeskUserMemory(settings.dataFolder(), settings.databaseUrl().value()), preferences);
        whenCalendarFirstFilled();
        shell.ready(Messages.get("shell.database", desk.databaseLink().url().describe()), firstScreen);
        wiring.install(shellView);
        wiring.start(askWhoIsAtTheDesk);
    }

    private void whenCalendarFirstFilled() {
        ChangeListener<CalendarSnapshot> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends CalendarSnapshot> observable,
                                CalendarSnapshot old, CalendarSnapshot snapshot) {
                if (snapshot != null) {
                    wiring.calendar().snapshotProperty().removeListener(this);
                    // Measured after the pulse that lays the entries out, so the number is what the user sees.
                    Platform.runLater(() -> {
                        timer.calendarFilled(snapshot.bookings().size(), snapshot.columns().size());
                        // The installer build's training run (packaging/BuildInstaller.java) has loaded a whole start-up.
                        if (Boolean.getBoolean(EXIT_WHEN_STARTED)) {
                            Platform.exit();
                        }
                    });
                }
            }
        };
        wiring.calendar().snapshotProperty().addListener(once);
    }

    /** Closes cleanly: background work finishes, then the pool and the database close. */
    @Override
    public void stop() {
        if (uncaught != null) {
            uncaught.uninstall();
        }
        if (background != null) {
            background.close();
        }
        if (preferences != null) {
            preferences.close();
        }
        SalonDesk open = desk;
        if (open != null) {
            open.close();
        }
    }

    /** The open desk (null until start-up has opened it); for tests. */
    public SalonDesk desk() {
        return desk;
    }

    /** The screens' wiring (null until start-up finished); for tests. */
    AppWiring wiring() {
        return wiring;
    }
}
