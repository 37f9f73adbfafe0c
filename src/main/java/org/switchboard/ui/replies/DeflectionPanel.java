package org.switchboard.ui.replies;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;
import org.switchboard.service.i18n.Texts;
import org.switchboard.service.replies.Verdict;

/**
 * The deflection warning above the reply text: why the reply mainly sends the customer elsewhere, where it
 * points, what the contact already tried, and "Forward internally instead". Shown only while the text as it is
 * now was judged a deflection; the agent may still send. The reasons are the check's own words. FX thread.
 */
final class DeflectionPanel {
    /** More reasons would push the text off the screen; the first are the strongest. */
    private static final int MAX_REASONS = 4;

    private final VBox root = new VBox(4);

    DeflectionPanel(ReplyViewModel vm, Texts texts) {
        root.setId("reply-deflection");
        root.getStyleClass().add("reply-deflection");
        root.visibleProperty().bind(vm.deflecting());
        root.managedProperty().bind(root.visibleProperty());
        Label title = new Label(texts.get("reply.deflection.title"));
        title.getStyleClass().add("reply-deflection-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox reasons = new VBox(1);
        reasons.setId("reply-deflection-reasons");
        Label pointsTo = line("reply-deflection-points");
        Label tried = line("reply-deflection-tried");
        tried.getStyleClass().add("reply-deflection-tried");
        Button forward = new Button(texts.get("reply.deflection.forward"));
        forward.setId("reply-forward-instead");
        forward.setMinWidth(Region.USE_PREF_SIZE);
        forward.setTooltip(new Tooltip(texts.get("reply.deflection.forward.tooltip")));
        forward.setOnAction(e -> vm.forwardInstead());
        Label still = new Label(texts.get("reply.deflection.still"));
        still.getStyleClass().add("muted");
        still.setWrapText(true);
        HBox.setHgrow(still, Priority.ALWAYS);
        HBox actions = new HBox(10, forward, still);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(title, reasons, pointsTo, tried, actions);
        ChangeListener<Verdict> show = (o, a, v) -> fill(texts, v, reasons, pointsTo, tried);
        vm.verdict().addListener(show);
        fill(texts, vm.verdict().get(), reasons, pointsTo, tried);
        // the panel lives as long as the box: the listener goes with it (the box is rebuilt, the view-model kept)
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                vm.verdict().removeListener(show);
            }
        });
    }

    Node node() {
        return root;
    }

    private static void fill(Texts texts, Verdict v, VBox reasons, Label pointsTo, Label tried) {
        reasons.getChildren().clear();
        if (v == null) {
            pointsTo.setText("");
            tried.setText("");
            return;
        }
        // where it points and what was tried have lines of their own below
        List<String> shown = v.reasons().stream().filter(r -> !r.startsWith("points to ")
                && !v.alreadyTried().contains(r)).limit(MAX_REASONS).toList();
        for (String r : shown) {
            Label l = new Label("\u2022 " + DisplayText.oneLine(r));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            reasons.getChildren().add(l);
        }
        pointsTo.setText(v.pointsTo().isEmpty() ? "" : texts.get("reply.deflection.points-to",
                String.join(", ", v.pointsTo().stream().map(t -> DisplayText.oneLine(t.describe())).toList())));
        tried.setText(v.alreadyTried().isEmpty() ? texts.get("reply.deflection.not-tried")
                : texts.get("reply.deflection.tried", String.join("; ", v.alreadyTried().stream()
                        .map(DisplayText::oneLine).toList())));
    }

    private static Label line(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
