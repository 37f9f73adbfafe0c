package org.switchboard.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.Problem;
import org.switchboard.ui.common.StatusModel;
import org.switchboard.ui.queue.QueueViewModel;

/**
 * The bottom line: the latest problem or "Ready", busy progress, the accounts' sync, the workspace folder,
 * the number of cases in the current view and the demo marker. Bindings only, so replacing it leaves nothing behind
 * on the view-models (JavaFX bindings hold their target weakly). FX thread.
 */
final class StatusBarView {
    private StatusBarView() {}

    static Node of(Texts texts, StatusModel status, ShellViewModel shell, QueueViewModel queue, Node sync) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> message(texts, status),
                status.problem(), status.busy()));
        bar.progressProperty().bind(Bindings.when(status.busy()).then(-1.0).otherwise(0.0));

        Label folder = new Label(texts.get("status.folder", shell.workspaceFolder()));
        folder.setTooltip(new Tooltip(shell.workspaceFolder()));
        folder.getStyleClass().add(Css.MUTED);
        folder.setMinWidth(0);
        Label count = new Label();
        count.setId("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("status.cases", queue.total().get()), queue.total()));
        Label demo = new Label(texts.get("status.demo"));
        demo.setId("status-demo");
        demo.getStyleClass().addAll(Css.CHIP, Css.CHIP_ACCENT);
        Separator beforeDemo = new Separator(Orientation.VERTICAL);
        for (Node n : new Node[] {demo, beforeDemo}) {
            n.visibleProperty().bind(shell.demoPresent());
            n.managedProperty().bind(shell.demoPresent());
        }
        bar.getRightItems().setAll(sync, new Separator(Orientation.VERTICAL), folder,
                new Separator(Orientation.VERTICAL), count, beforeDemo, demo);
        bar.getStyleClass().add("switchboard-status");
        return bar;
    }

    private static String message(Texts texts, StatusModel status) {
        Problem p = status.problem().get();
        if (p != null) {
            return texts.get(p.key(), p.detail());
        }
        return texts.get(status.busy().get() ? "status.working" : "status.ready");
    }
}
