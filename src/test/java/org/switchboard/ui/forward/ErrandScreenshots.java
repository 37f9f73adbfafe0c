package org.switchboard.ui.forward;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.shell.SwitchboardApp;
import org.switchboard.ui.shell.UiLauncher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the README's screenshots of the forward dialog and the errands view. Runs only with
 * {@code -Dsb.screenshots=DIR}: a picture is not a test.
 */
class ErrandScreenshots {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void forwardDialogInEnglishAndErrandsViewInGerman() throws Exception {
        String out = System.getProperty("sb.screenshots");
        Assumptions.assumeTrue(out != null && !out.isBlank());
        FxToolkit.registerPrimaryStage();
        shoot("en", Path.of(out), true);
        shoot("de", Path.of(out), false);
    }

    private void shoot(String language, Path out, boolean forward) throws Exception {
        Workspace ws = UiTestWorkspace.withDemo(dir.resolve(language));
        long bench = DemoErrands.benchCase(ws);
        if (!forward) {
            ws.errands().forward(bench, "roads", ErrandChannel.PHONE, "-2d", "Herr Krause ruft zurück");
            ws.errands().forward(bench, "parks", ErrandChannel.PHONE, null, "Bank wird geprüft");
        }
        Application app = FxToolkit.setupApplication(() -> new SwitchboardApp(
                new UiLauncher.Startup(dir.resolve(language), language, d -> ws, "test")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.interact(() -> robot.lookup("#queue-list").query().requestFocus());
        if (forward) {
            robot.interact(() -> robot.lookup("#queue-list").queryListView().getItems().stream()
                    .filter(r -> ((org.switchboard.domain.queue.QueueRow) r).id() == bench).findFirst()
                    .ifPresent(r -> robot.lookup("#queue-list").queryListView().getSelectionModel().select(r)));
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
            robot.type(KeyCode.F);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forward-suggestions").tryQuery()
                    .map(l -> !((ListView<?>) l).getItems().isEmpty()).orElse(false));
            robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
            robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            save(robot.lookup("#forward-dialog").query().getScene(), out.resolve("forward-en.png"));
        } else {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errands-table").tryQuery()
                    .map(t -> !((javafx.scene.control.TableView<?>) t).getItems().isEmpty()).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            save(robot.lookup("#errands-table").query().getScene(), out.resolve("errands-de.png"));
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            robot.interact(() -> {
                if (w instanceof javafx.stage.Stage s) {
                    s.close();
                }
            });
        }
        ws.close();
    }

    private void save(Scene scene, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        PixelReader pixels = image[0].getPixelReader();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(png, "png", file.toFile());
    }
}
