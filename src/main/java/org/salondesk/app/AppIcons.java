package org.salondesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The SalonDesk icon on the window, in the sizes window managers pick from (made by packaging/icons/IconMaker.java). */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Decodes the icons on another thread (the FX thread is building the first frame then), then sets them. */
    static void addTo(Stage stage) {
        CompletableFuture.supplyAsync(AppIcons::read)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
    }

    private static List<Image> read() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream png = AppIcons.class.getResourceAsStream("/org/salondesk/ui/common/icon-" + size
                    + ".png")) {
                if (png != null) {
                    icons.add(new Image(png));
                }
            } catch (IOException e) {
                // A size that cannot be read is left out; the window manager takes another.
            }
        }
        return icons;
    }
}
