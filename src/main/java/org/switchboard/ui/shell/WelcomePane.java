package org.switchboard.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;

/** First start on an empty workspace: what Switchboard is, and demo data or an empty start. FX thread. */
final class WelcomePane {
    private final VBox box;
    private final Button demo;

    WelcomePane(Texts texts, ShellViewModel shell) {
        Label title = new Label(texts.get("welcome.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label what = new Label(texts.get("welcome.what"));
        what.setWrapText(true);
        what.setMaxWidth(560);
        Label hint = new Label(texts.get("welcome.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.getStyleClass().add(Css.MUTED);
        demo = new Button(texts.get("welcome.demo"));
        demo.setId("welcome-demo");
        demo.setDefaultButton(true);
        demo.getStyleClass().add(Styles.ACCENT);
        demo.setOnAction(e -> shell.loadDemo());
        Button empty = new Button(texts.get("welcome.empty"));
        empty.setId("welcome-empty");
        empty.setOnAction(e -> shell.startEmpty());
        HBox buttons = new HBox(12, demo, empty);
        buttons.setAlignment(Pos.CENTER);
        box = new VBox(18, title, what, hint, buttons);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
    }

    Node node() {
        return box;
    }

    /** Focuses the demo button, so Enter or Space starts the demo. FX thread. */
    void focus() {
        demo.requestFocus();
    }
}
