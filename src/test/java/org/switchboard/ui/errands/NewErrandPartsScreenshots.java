package org.switchboard.ui.errands;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.service.Workspace;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.FxBackgroundRunner;
import org.switchboard.ui.common.TimeFormat;
import org.switchboard.ui.directory.DirectoryViewModel;
import org.switchboard.ui.directory.DirectoryWindow;
import org.switchboard.ui.forward.DemoErrands;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the directory editor (a person, inherited fields) and the errands view's unmatched mails, in
 * German and English, to look at. Runs only with {@code -Dsb.screenshots=DIR}: a picture is not a test.
 */
class NewErrandPartsScreenshots {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void directoryAndUnmatchedMailsInBothLanguages() throws Exception {
        String out = System.getProperty("sb.screenshots");
        Assumptions.assumeTrue(out != null && !out.isBlank());
        Stage owner = FxToolkit.registerPrimaryStage();
        for (String lang : new String[] {"en", "de"}) {
            Workspace ws = DemoErrands.openDemo(dir.resolve(lang));
            ws.errands().forward(DemoErrands.benchCase(ws), "parks", ErrandChannel.PHONE, "-1d", "angerufen");
            try (FxBackgroundRunner runner = new FxBackgroundRunner()) {
                Texts texts = Texts.forLanguage(lang);
                DirectoryViewModel dvm = new DirectoryViewModel(ws.directory(), ws.errands(), runner);
                robot.interact(() -> new DirectoryWindow(dvm).show(owner, texts));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dvm.people().isEmpty());
                robot.interact(() -> dvm.edit(dvm.people().getFirst()));
                WaitForAsyncUtils.waitForFxEvents();
                save(robot.lookup("#directory-people").query().getScene(), Path.of(out, "directory-person-" + lang + ".png"));
                robot.interact(() -> dvm.edit(dvm.units().getFirst()));
                WaitForAsyncUtils.waitForFxEvents();
                save(robot.lookup("#directory-people").query().getScene(), Path.of(out, "directory-unit-" + lang + ".png"));

                ErrandsViewModel evm = new ErrandsViewModel(ws, runner);
                ErrandsWindow w = new ErrandsWindow(evm, id -> { });
                robot.interact(() -> w.show(owner, new ErrandWords(texts), new TimeFormat(texts,
                        java.time.Clock.systemUTC())));
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !evm.rows().isEmpty());
                robot.interact(() -> {
                    evm.unmatched().setAll(new UnmatchedMail(7, "<x@y>", "Björn Krämer <b.kraemer@gruen.city.example>",
                            "Bank im Rosengarten", "ERLEDIGT\nBank repariert, neue Latten montiert.\n\nGruß, Björn",
                            null, java.time.Instant.now(), java.util.List.of("bank.png")));
                    evm.selectedMail().set(evm.unmatched().getFirst());
                    evm.assignRef().set("SB-2026-000001");
                });
                WaitForAsyncUtils.waitForFxEvents();
                save(robot.lookup("#errands-table").query().getScene(), Path.of(out, "errands-unmatched-" + lang + ".png"));
            }
            FxToolkit.cleanupStages();
            ws.close();
        }
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
