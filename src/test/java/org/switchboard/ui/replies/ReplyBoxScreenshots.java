package org.switchboard.ui.replies;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Settings;
import org.switchboard.service.Workspace;
import org.switchboard.ui.UiTestWorkspace;
import org.switchboard.ui.forward.DemoErrands;
import org.switchboard.ui.shell.SwitchboardApp;
import org.switchboard.ui.shell.UiLauncher;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the reply box with a counter, the deflection warning and the template picker, light and dark, German
 * and English. Runs only with {@code -Dsb.screenshots=DIR}: a picture is not a test.
 */
class ReplyBoxScreenshots {
    private static final String DE = "Hallo Herr Wagner, vielen Dank für Ihren Hinweis! Bitte wenden Sie sich mit Ihrem "
            + "Anliegen direkt an das Umweltamt unter umweltamt@beispielstadt.example. Die Kolleginnen und Kollegen "
            + "helfen Ihnen dort gerne weiter.";
    private static final String EN = "Hello Mr Wagner, thanks for letting us know! Please contact the Environment Office "
            + "directly at umweltamt@beispielstadt.example, they will be happy to help you.";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void replyBoxWithDeflectionAndTemplates() throws Exception {
        String out = System.getProperty("sb.screenshots");
        Assumptions.assumeTrue(out != null && !out.isBlank());
        FxToolkit.registerPrimaryStage();
        for (String language : new String[] {"de", "en"}) {
            for (String theme : new String[] {"light", "dark"}) {
                shoot(language, theme, Path.of(out));
            }
        }
    }

    private void shoot(String language, String theme, Path out) throws Exception {
        Path data = dir.resolve(language + "-" + theme);
        Workspace ws = UiTestWorkspace.withDemo(data);
        ws.settings().save(Settings.DEFAULTS.withTheme(theme).withLanguage(language).withAgent("Mira Özdemir"));
        long bench = DemoErrands.benchCase(ws);
        Application app = FxToolkit.setupApplication(() -> new SwitchboardApp(
                new UiLauncher.Startup(data, language, d -> ws, "test")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#queue-list").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.interact(() -> {
            ListView<?> list = robot.lookup("#queue-list").queryListView();
            list.requestFocus();
            list.getItems().stream().filter(r -> ((org.switchboard.domain.queue.QueueRow) r).id() == bench)
                    .findFirst().ifPresent(r -> robot.lookup("#queue-list").queryListView().getSelectionModel()
                            .select(r));
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        robot.type(KeyCode.R);
        TextArea text = robot.lookup("#reply-text").queryAs(TextArea.class);
        robot.interact(() -> {
            text.setText("de".equals(language) ? DE : EN);
            text.end();
        });
        robot.write(" ");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#reply-deflection").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Scene main = text.getScene();
        BufferedImage window = image(main);
        String name = "reply-box-deflection-" + language + ("dark".equals(theme) ? "-dark" : "");
        write(window, out.resolve(name + ".png"));
        // the picker over the same window
        robot.interact(() -> text.positionCaret(0));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#template-list").tryQuery()
                .map(l -> !((ListView<?>) l).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node picker = robot.lookup("#template-filter").query();
        Window popup = picker.getScene().getWindow();
        BufferedImage pop = image(picker.getScene());
        Graphics2D g = window.createGraphics();
        Bounds b = main.getRoot().localToScreen(main.getRoot().getBoundsInLocal());
        g.drawImage(pop, (int) (popup.getX() - b.getMinX()), (int) (popup.getY() - b.getMinY()), null);
        g.dispose();
        write(window, out.resolve("reply-box-templates-" + language + ("dark".equals(theme) ? "-dark" : "") + ".png"));
        robot.type(KeyCode.ESCAPE);
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

    private BufferedImage image(Scene scene) {
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
        return png;
    }

    private static void write(BufferedImage png, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        ImageIO.write(png, "png", file.toFile());
    }
}
