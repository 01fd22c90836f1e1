package org.salondesk.app;

import java.io.InputStream;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The SalonDesk icon on the window, in the sizes window managers pick from (made by packaging/icons/IconMaker.java). */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static void addTo(Stage stage) {
        for (int size : SIZES) {
            InputStream png = AppIcons.class.getResourceAsStream("/org/salondesk/ui/common/icon-" + size + ".png");
            if (png != null) {
                stage.getIcons().add(new Image(png));
            }
        }
    }
}
