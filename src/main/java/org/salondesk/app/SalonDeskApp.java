package org.salondesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.salondesk.SalonDesk;
import org.salondesk.staff.StaffRow;
import org.salondesk.i18n.Languages;
import org.salondesk.i18n.Messages;
import org.salondesk.ui.calendar.CalendarFirstDay;
import org.salondesk.ui.calendar.CalendarSnapshot;
import org.salondesk.ui.common.ErrorText;
import org.salondesk.ui.common.FxDesktopActions;
import org.salondesk.ui.common.FxSheetPrinter;
import org.salondesk.ui.common.FxBackgroundExecutor;
import org.salondesk.ui.firstrun.FirstRunView;
import org.salondesk.ui.firstrun.FirstRunViewModel;
import org.salondesk.ui.shell.ShellView;
import org.salondesk.ui.shell.ShellViewModel;
import org.salondesk.ui.signin.SignInViewModel;
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
    private final boolean signIn;
    private final StartupTimer timer = new StartupTimer();
    private volatile Boolean mappingBeforeCalendar;
    private LaunchSettings settings;
    private FxBackgroundExecutor background;
    private volatile SalonDesk desk;
    private AppWiring wiring;
    private DeskSignIn deskSignIn;
    private FileViewPreferences preferences;
    private UncaughtErrors uncaught;
    // The database opens while the window is built (see init); its progress text waits for the shell to show it.
    private final CompletableFuture<DeskOpener.OpenedDesk> opening = new CompletableFuture<>();
    private volatile Consumer<String> progress = text -> { };
    // The calendar's first day, read by the opening thread once the database is open (null: the calendar reads it).
    private final CompletableFuture<CalendarFirstDay> readAhead = new CompletableFuture<>();
    // Set by the opening thread before it completes the opening (read after it on the FX thread).
    private volatile Optional<StaffRow> demoAdmin = Optional.empty();
    // Nobody can sign in yet (no admin has a password): the window asks for the first admin instead.
    private volatile boolean firstAdminWanted;

    /** Launched by {@link Main}: the settings come as arguments; the window asks who signs in. */
    public SalonDeskApp() {
        this.clock = Clock.systemDefaultZone();
        this.signIn = true;
    }

    /**
     * Launched by a test (or an embedding program) with settings already resolved and its own clock: the trusted
     * in-process desk, which asks no one to sign in.
     */
    public SalonDeskApp(LaunchSettings settings, Clock clock) {
        this(settings, clock, false);
    }

    /** As above; with {@code signIn} the window asks who signs in, as a real start does. */
    public SalonDeskApp(LaunchSettings settings, Clock clock, boolean signIn) {
        this.settings = settings;
        this.clock = clock;
        this.signIn = signIn;
    }

    @Override
    public void init() {
        if (settings == null) {
            List<String> raw = getParameters().getRaw();
            settings = LaunchSettings.from(StartupOptions.parse(raw.toArray(String[]::new), Map.of()));
        }
        background = new FxBackgroundExecutor(2);
        preferences = new FileViewPreferences(settings.dataFolder());
        // The language chosen on this PC's sign-in form, before the first text is looked up; else the OS's.
        Locale.setDefault(Languages.chosenOr(preferences.get(SignInViewModel.LANGUAGE, ""), Locale.getDefault()));
        // Opened on a thread of its own while the toolkit builds the window, never on the FX thread.
        Thread thread = new Thread(() -> {
            DeskOpener.OpenedDesk opened;
            try {
                opened = DeskOpener.open(settings, clock, text -> progress.accept(text));
            } catch (Throwable failure) {
                opening.completeExceptionally(failure);
                readAhead.complete(null);
                return;
            }
            // On the demo salon the window starts signed in as its admin (a cheap look at her stored password).
            if (signIn) {
                demoAdmin = opened.empty() ? Optional.empty() : signInAsDemoAdmin(opened.desk());
                firstAdminWanted = demoAdmin.isEmpty() && firstAdminWanted(opened.desk());
            }
            opening.complete(opened);
            // Read while the FX thread builds the screens, which show it as soon as both are done.
            readAhead.complete(readFirstDay(opened));
        }, "salondesk-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The calendar's first day, read on the opening thread while the window shows, so that the calendar joins the
     * window filled (null when the calendar is not the first screen, or the read failed: the calendar reads it then).
     */
    private CalendarFirstDay readFirstDay(DeskOpener.OpenedDesk opened) {
        if (opened.empty() || !DeskScreens.CALENDAR.equals(firstScreen())) {
            return null;
        }
        try {
            return CalendarFirstDay.read(opened.desk().bookingQueries(), opened.desk().availability(),
                    LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.warn("The calendar's first day could not be read ahead; the calendar reads it", e);
            return null;
        }
    }

    private static Optional<StaffRow> signInAsDemoAdmin(SalonDesk desk) {
        try {
            return desk.signInAsDemoAdmin();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for the demo salon's admin; the window asks who signs in", e);
            return Optional.empty();
        }
    }

    private static boolean firstAdminWanted(SalonDesk desk) {
        try {
            return desk.needsFirstAdmin();
        } catch (RuntimeException e) {
            LOG.warn("Could not look whether the salon has an admin with a password; the window asks for sign-in", e);
            return false;
        }
    }

    @Override
    public void start(Stage stage) {
        timer.toolkitUp();
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
                // The screens are built after the first frame, even when the database was open before it.
                opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        LOG.error("SalonDesk could not start", cause);
                        shell.failed(ErrorText.of(cause));
                    } else {
                        opened(opened, shell, shellView);
                    }
                }));
            }
        };
        scene.addPostLayoutPulseListener(firstFrame);
        stage.setTitle("SalonDesk " + AppVersion.current());
        shell.about().describe(AppVersion.current(), settings.dataFolder().toString(),
                settings.databaseUrl().describe());
        AppIcons.addTo(stage);
        stage.setScene(scene);
        stage.show();

        progress = text -> Platform.runLater(() -> shell.progress(text));
    }

    private void opened(DeskOpener.OpenedDesk opened, ShellViewModel shell, ShellView shellView) {
        desk = opened.desk();
        timer.databaseOpen(opened.millis(), opened.demoCreated());
        if (opened.empty()) {
            LOG.info("The database has no branch yet: the first-run form asks for it");
            // Once the branch exists, the catalogue opens: its services and masters come next.
            shellView.showInstead(new FirstRunView(new FirstRunViewModel(desk.branches(), background,
                    clock, () -> openScreens(shell, shellView, DeskScreens.CATALOG))));
        } else {
            openScreens(shell, shellView, firstScreen());
        }
    }

    private String firstScreen() {
        return DeskScreens.ALL.contains(settings.firstScreen()) ? settings.firstScreen() : DeskScreens.CALENDAR;
    }

    private void openScreens(ShellViewModel shell, ShellView shellView, String firstScreen) {
        wiring = new AppWiring(desk, background, clock, new FxDesktopActions(getHostServices()),
                new FxSheetPrinter(shellView.getScene().getWindow()), shell, preferences);
        whenCalendarFirstFilled(shell, shellView.getScene());
        String database = Messages.get("shell.database", settings.databaseUrl().describe());
        boolean calendarFirst = DeskScreens.CALENDAR.equals(firstScreen);
        if (!calendarFirst) {
            shell.ready(database, firstScreen);
        }
        long building = System.nanoTime();
        wiring.install(shellView);
        if (signIn) {
            deskSignIn = new DeskSignIn(desk, background, preferences, clock);
            deskSignIn.install(shellView, demoAdmin, firstAdminWanted, wiring::showFor, wiring::userChanged);
            wiring.deskRules().setOnSaved(deskSignIn::idleMinutesChanged);
        }
        LOG.info("Start-up: screens built in {} ms", (System.nanoTime() - building) / 1_000_000);
        // The calendar joins the window only with its first day in place, so that CalendarFX builds and styles its
        // columns once, not empty first and again for the day. The other screens start once it is laid out: their
        // reads (and the Hibernate build the first of them waits for) would take the processors from that layout.
        Runnable showCalendar = () -> wiring.startCalendar(readAhead.getNow(null), () -> {
            if (calendarFirst) {
                shell.ready(database, firstScreen);
            }
            afterNextLayout(shellView.getScene(), wiring::start);
        });
        if (readAhead.isDone()) {
            showCalendar.run();
        } else {
            readAhead.whenComplete((first, failure) -> Platform.runLater(showCalendar));
        }
    }

    /** Runs {@code action} on the FX thread after the next pulse's layout (the screens just added are laid out). */
    private static void afterNextLayout(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
        // A pulse even when nothing else asks for one.
        Platform.requestNextPulse();
    }

    private void whenCalendarFirstFilled(ShellViewModel shell, Scene scene) {
        ChangeListener<CalendarSnapshot> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends CalendarSnapshot> observable,
                                CalendarSnapshot old, CalendarSnapshot snapshot) {
                if (snapshot != null) {
                    wiring.calendar().snapshotProperty().removeListener(this);
                    timer.firstDayRead();
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            // Measured after the pulse that lays the entries out, so the number is what the user sees.
                            if (shell.phaseProperty().get() == ShellViewModel.Phase.READY) {
                                scene.removePostLayoutPulseListener(this);
                                Platform.runLater(() -> calendarFilled(snapshot));
                            }
                        }
                    });
                }
            }
        };
        wiring.calendar().snapshotProperty().addListener(once);
    }

    private void calendarFilled(CalendarSnapshot snapshot) {
        mappingBeforeCalendar = desk.databaseLink().mappingStarted();
        timer.calendarFilled(snapshot.bookings().size(), snapshot.columns().size(), mappingBeforeCalendar);
        // The installer build's training run (packaging/BuildInstaller.java) has loaded a whole start-up.
        if (Boolean.getBoolean(EXIT_WHEN_STARTED)) {
            Platform.exit();
        }
    }

    /**
     * Whether Hibernate had been asked for when the calendar was first filled (null before): its build would have
     * shared the processors with the calendar's first layout (decision 0015).
     */
    Boolean mappingAskedBeforeCalendar() {
        return mappingBeforeCalendar;
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
        if (wiring != null) {
            wiring.online().stopServer();
        }
        SalonDesk open = desk;
        if (open == null && opening != null) {
            // Closed while the database was still opening: it is closed once open.
            open = opening.handle((opened, failure) -> opened == null ? null : opened.desk()).join();
        }
        if (open != null) {
            open.close();
        }
    }

    /** The open desk (null until start-up has opened it); for tests. */
    public SalonDesk desk() {
        return desk;
    }

    /** The window's sign-in (null on a trusted window, or until start-up finished); for tests. */
    DeskSignIn deskSignIn() {
        return deskSignIn;
    }

    /** The screens' wiring (null until start-up finished); for tests. */
    AppWiring wiring() {
        return wiring;
    }
}
