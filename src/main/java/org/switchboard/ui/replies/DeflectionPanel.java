package org.switchboard.ui.replies;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.service.i18n.Texts;
import org.switchboard.service.replies.Verdict;

/**
 * The deflection warning above the reply text: why the reply mainly sends the customer elsewhere, where it
 * points, what the contact already tried, and "Forward internally instead". Shown only while the text as it is
 * now was judged a deflection; the agent may still send. The reasons are said in the window's language, with the
 * reply's own words quoted. FX thread.
 */
final class DeflectionPanel {
    /** More reasons would push the text off the screen; the first are the strongest. */
    private static final int MAX_REASONS = 2;
    /** Taller than this, the panel scrolls, so the conversation and the text stay in view. */
    private static final double MAX_HEIGHT = 120;

    private final VBox details = new VBox(3);
    private final javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(details);
    /** The title and "Forward internally instead" stay in view; the details scroll when space is short. */
    private final VBox root = new VBox(4);

    DeflectionPanel(ReplyViewModel vm, Texts texts) {
        root.setId("reply-deflection");
        root.getStyleClass().add("reply-deflection");
        root.visibleProperty().bind(vm.deflecting());
        root.managedProperty().bind(root.visibleProperty());
        scroll.getStyleClass().add("reply-deflection-scroll");
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(MAX_HEIGHT);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Label title = new Label(texts.get("reply.deflection.title"));
        title.getStyleClass().add("reply-deflection-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label reasons = line("reply-deflection-reasons");
        Label pointsTo = line("reply-deflection-points");
        Label tried = line("reply-deflection-tried");
        tried.getStyleClass().add("reply-deflection-tried");
        Button forward = new Button(texts.get("reply.deflection.forward"));
        forward.setId("reply-forward-instead");
        forward.setMinWidth(Region.USE_PREF_SIZE);
        forward.setTooltip(new Tooltip(texts.get("reply.deflection.forward.tooltip")));
        forward.setOnAction(e -> vm.forwardInstead());
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(10, title, forward);
        head.setAlignment(Pos.CENTER_LEFT);
        // what the contact already tried matters most; then where the reply points, then why
        details.getChildren().setAll(tried, pointsTo, reasons);
        root.getChildren().setAll(head, scroll);
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

    private static void fill(Texts texts, Verdict v, Label reasons, Label pointsTo, Label tried) {
        reasons.setText("");
        if (v == null) {
            pointsTo.setText("");
            tried.setText("");
            return;
        }
        // where it points and what was tried have lines of their own below
        List<String> shown = v.why().stream().limit(MAX_REASONS).map(w -> why(texts, w)).toList();
        reasons.setText(String.join(" \u00b7 ", shown));
        pointsTo.setText(v.pointsTo().isEmpty() ? "" : texts.get("reply.deflection.points-to",
                String.join(", ", v.pointsTo().stream().map(t -> DisplayText.oneLine(t.describe())).toList())));
        tried.setText(v.tried().isEmpty() ? texts.get("reply.deflection.not-tried")
                : texts.get("reply.deflection.tried", String.join("; ", v.tried().stream()
                        .map(t -> tried(texts, t)).toList())));
    }

    /** One signal in the window's language, with the reply's own words that show it. */
    static String why(Texts texts, Verdict.Why w) {
        String quote = w.quote() == null ? "" : DisplayText.oneLine(w.quote());
        String key = "reply.why." + w.kind();
        return texts.bundle().containsKey(key) ? texts.get(key, quote) : texts.get("reply.why.other", quote, w.kind());
    }

    /** "Jonas Wagner hat Umweltamt am 10.11.2026 bereits eine E-Mail geschrieben (keine Antwort)". */
    static String tried(Texts texts, Verdict.Tried t) {
        EarlierAttempt a = t.attempt();
        String how = switch (a.channel().toLowerCase(Locale.ROOT)) {
            case "email", "e-mail", "mail" -> "email";
            case "phone", "call" -> "phone";
            case "letter" -> "letter";
            case "portal", "form", "web" -> "portal";
            case "walk-in" -> "walk-in";
            default -> "other";
        };
        String who = t.contact() == null ? texts.get("reply.tried.someone") : DisplayText.oneLine(t.contact());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()).format(a.date());
        String result = a.result() == null ? "" : " (" + DisplayText.oneLine(a.result()) + ")";
        return texts.get("reply.tried." + how, who, DisplayText.oneLine(a.addressee()), date, result,
                DisplayText.oneLine(a.channel()));
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
