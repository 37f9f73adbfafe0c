package org.switchboard.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.switchboard.domain.Settings;

/**
 * Restores the window where it was, if that place is still on a screen (a laptop unplugged from its
 * monitor must not open the window off-screen), and follows its normal (not maximized) bounds so the
 * saved size is the one to return to when un-maximizing. FX thread.
 */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;
    /** How much of the title bar must be on a screen for the saved place to count as visible. */
    private static final double GRIP = 80;

    private final Stage stage;
    private Settings.WindowGeometry normal;

    private WindowPlacement(Stage stage) {
        this.stage = stage;
    }

    /**
     * Where the window should open: the saved place if it is still on a screen, else centred on the
     * primary screen; never larger than the screen. FX thread (asks the screens).
     */
    static Settings.WindowGeometry initial(Settings.WindowGeometry saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        boolean maximized = saved != null && saved.maximized();
        if (saved != null && saved.width() >= 400 && saved.height() >= 300 && visible(saved)) {
            return new Settings.WindowGeometry(saved.x(), saved.y(), Math.min(saved.width(), screen.getWidth()),
                    Math.min(saved.height(), screen.getHeight()), maximized);
        }
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new Settings.WindowGeometry(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
    }

    /** Puts the stage at {@code place} and starts following it. FX thread. */
    static WindowPlacement apply(Stage stage, Settings.WindowGeometry place) {
        WindowPlacement p = new WindowPlacement(stage);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        stage.setMaximized(place.maximized());
        p.normal = new Settings.WindowGeometry(place.x(), place.y(), place.width(), place.height(), false);
        stage.xProperty().addListener(o -> p.follow());
        stage.yProperty().addListener(o -> p.follow());
        stage.widthProperty().addListener(o -> p.follow());
        stage.heightProperty().addListener(o -> p.follow());
        return p;
    }

    /** Where the window is now, to be saved. FX thread. */
    Settings.WindowGeometry current() {
        Settings.WindowGeometry n = stage.isMaximized() ? normal : bounds(false);
        return new Settings.WindowGeometry(n.x(), n.y(), n.width(), n.height(), stage.isMaximized());
    }

    /** True when the top strip of the saved window lies on some screen. */
    static boolean visible(Settings.WindowGeometry g) {
        return !Screen.getScreensForRectangle(g.x(), g.y(), Math.min(g.width(), GRIP), 30).isEmpty()
                || !Screen.getScreensForRectangle(g.x() + g.width() - GRIP, g.y(), GRIP, 30).isEmpty();
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normal = bounds(false);
        }
    }

    private Settings.WindowGeometry bounds(boolean maximized) {
        return new Settings.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), maximized);
    }
}
