package org.switchboard.ui.shell;

import java.net.URL;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window icon in the sizes desktops ask for (PNGs generated from {@code icons/switchboard.svg} by
 * {@code icons/generate.sh}, which also makes the installers' .ico, .icns and Linux icon).
 */
final class AppIcon {
    private static final int[] SIZES = {16, 32, 64, 128, 256};

    private AppIcon() {}

    /** Sets the icons; they load in the background (Image's own loader), not on the FX thread. FX thread. */
    static void install(Stage stage) {
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("/org/switchboard/ui/icon/switchboard-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
