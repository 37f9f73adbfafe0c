package org.switchboard.ui.shell;

import java.nio.file.Path;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/** The small "Opening workspace…" state while the database opens in the background. FX thread. */
final class OpeningPane {
    private OpeningPane() {}

    static Parent of(Texts texts, Path dataDir) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(40, 40);
        Label title = new Label(texts.get("startup.opening"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label folder = new Label(dataDir.toAbsolutePath().toString());
        folder.getStyleClass().add(Css.MUTED);
        folder.setWrapText(true);
        VBox box = new VBox(14, progress, title, folder);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("opening");
        return box;
    }
}
