package org.salondesk.testing;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;

import javax.imageio.ImageIO;

import org.salondesk.SalonDesk;
import org.salondesk.app.LaunchSettings;
import org.salondesk.app.SalonDeskApp;
import org.salondesk.persistence.JdbcUrl;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real SalonDesk window for a headless test: a file database in a temporary folder, prepared by the test, then
 * the app started on it with the test's clock. Helpers find masters' columns, times and bookings on screen.
 */
public final class DeskWindow {

    private final FxRobot robot = new FxRobot();
    private SalonDeskApp app;

    /** Prepares the database with {@code prepare} (on a desk that is closed afterwards), then starts the app. */
    public static DeskWindow start(Path folder, Clock clock, boolean demo, Consumer<SalonDesk> prepare)
            throws Exception {
        return start(folder, clock, demo, prepare, false);
    }

    /**
     * As {@link #start(Path, Clock, boolean, Consumer)}; with {@code signIn} the window asks who signs in, as a real
     * start does (the demo salon starts signed in as its admin).
     */
    public static DeskWindow start(Path folder, Clock clock, boolean demo, Consumer<SalonDesk> prepare,
                                   boolean signIn) throws Exception {
        return start(folder, JdbcUrl.embeddedIn(folder), clock, demo, prepare, signIn);
    }

    /** As above, on the database at {@code url} (a PostgreSQL database, say), with {@code folder} as data folder. */
    public static DeskWindow start(Path folder, JdbcUrl url, Clock clock, boolean demo, Consumer<SalonDesk> prepare,
                                   boolean signIn) throws Exception {
        LaunchSettings settings = new LaunchSettings(folder, url, demo, true);
        if (prepare != null) {
            try (SalonDesk desk = SalonDesk.open(settings.databaseUrl(), clock, false)) {
                prepare.accept(desk);
            }
        }
        DeskWindow window = new DeskWindow();
        FxToolkit.registerPrimaryStage();
        window.app = (SalonDeskApp) FxToolkit.setupApplication(() -> new SalonDeskApp(settings, clock,
                signIn));
        window.waitUntil(() -> window.app.desk() != null && window.robot.lookup("#calendar-resources").tryQuery()
                .isPresent());
        window.waitUntil(() -> !window.robot.lookup(node -> node instanceof DayView).queryAll().isEmpty());
        return window;
    }

    /**
     * Starts the app on {@code settings} as they are (an empty database, say) and waits only for the app object; the
     * test waits for what it expects on screen.
     */
    public static DeskWindow launch(LaunchSettings settings, Clock clock) throws Exception {
        DeskWindow window = new DeskWindow();
        FxToolkit.registerPrimaryStage();
        window.app = (SalonDeskApp) FxToolkit.setupApplication(() -> new SalonDeskApp(settings, clock, false));
        return window;
    }

    public void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    public FxRobot robot() {
        return robot;
    }

    /** The application itself (tests in its package reach its wiring). */
    public SalonDeskApp app() {
        return app;
    }

    /** The desk the window works on, to check what it wrote. */
    public SalonDesk desk() {
        return app.desk();
    }

    /**
     * Saves what {@code node} shows as {@code <name>.png} in the folder named by the system property
     * {@code salondesk.shots} (how README's pictures of dialogs are made); does nothing without it.
     */
    public void shot(Node node, String name) throws Exception {
        String folder = System.getProperty("salondesk.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of(folder).toAbsolutePath();
        Files.createDirectories(target);
        ImageIO.write(png, "png", target.resolve(name + ".png").toFile());
    }

    /** Saves the PDF's first page as {@code <name>.png} beside the other shots (a receipt for README); else nothing. */
    public static void shotPdf(byte[] pdf, String name) throws Exception {
        String folder = System.getProperty("salondesk.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
            Path target = Path.of(folder).toAbsolutePath();
            Files.createDirectories(target);
            ImageIO.write(page, "png", target.resolve(name + ".png").toFile());
        }
    }

    /** Whether the sign-in form covers the screens. */
    public boolean isLocked() {
        return robot.lookup("#desk-lock").tryQuery().map(Node::isVisible).orElse(false);
    }

    /**
     * Signs in through the sign-in form as a user does (the fields are focused on the FX thread, not found by the
     * pointer), ending with Enter.
     */
    public void signIn(String login, String password) throws Exception {
        TextField loginField = robot.lookup("#sign-in-login").queryAs(TextField.class);
        TextField passwordField = robot.lookup("#sign-in-password").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> {
            loginField.clear();
            loginField.requestFocus();
        }).get();
        robot.write(login);
        WaitForAsyncUtils.asyncFx(passwordField::requestFocus).get();
        robot.write(password).type(KeyCode.ENTER);
    }

    /**
     * Watches the window: the {@link System#nanoTime()} of the first frame laid out with {@code condition} true (0
     * until then). Set the watch before the change, so that the figure is the screen's, not the test's way of looking.
     */
    public AtomicLong whenShown(Callable<Boolean> condition) {
        AtomicLong shown = new AtomicLong();
        robot.interact(() -> {
            Scene scene = robot.lookup("#badge-requests").query().getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    try {
                        if (condition.call()) {
                            shown.set(System.nanoTime());
                            scene.removePostLayoutPulseListener(this);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        });
        return shown;
    }

    /**
     * Waits until {@code condition} holds, looking again after every FX pulse. The condition is looked
     * at on the FX thread: looking up nodes from the test thread while the app builds its screens races with it.
     */
    public void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }

    /** Whether the node with this query has the keyboard focus of its window (Monocle's node focus flag lags). */
    public boolean hasFocus(String query) {
        return robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getFocusOwner() == node)
                .orElse(false);
    }

    /** The day column of a master on a date. */
    public DayView column(long masterId, LocalDate date) {
        return robot.lookup(node -> node instanceof DayView view && view.isVisible()
                && Long.valueOf(masterId).equals(masterOf(view)) && date.equals(view.getDate()))
                .queryAs(DayView.class);
    }

    /** The master whose column a node lies in, or null. */
    public static Long masterOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get("salondesk.masterId") instanceof Long master) {
                return master;
            }
        }
        return null;
    }

    /** A point on screen in a master's column at a time of a date (a little after it, to land inside the slot). */
    public Point2D pointAt(long masterId, LocalDate date, LocalTime time) {
        DayView column = column(masterId, date);
        double y = column.getLocation(date.atTime(time).plusMinutes(3).atZone(column.getZoneId()));
        Bounds bounds = column.getLayoutBounds();
        return column.localToScreen(bounds.getMinX() + bounds.getWidth() / 2, y);
    }

    /** The entry view of a booking, if it is on screen. */
    public Optional<DayEntryView> entry(long bookingId) {
        return robot.lookup(node -> node instanceof DayEntryView view && view.isVisible()
                && ("booking-" + bookingId).equals(view.getEntry().getId())).tryQueryAs(DayEntryView.class);
    }
}
