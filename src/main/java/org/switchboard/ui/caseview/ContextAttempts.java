package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.service.cases.AttemptSuggestions.Suggestion;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Converters;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.TimeFormat;

/**
 * The "Earlier attempts" part of the context pane: what is recorded, the suggestions read from the
 * messages with an "Add" button each (one click records it), and "Add earlier attempt…". FX thread.
 */
final class ContextAttempts {
    private static final int QUOTE = 140;

    private ContextAttempts() {}

    /** The attempts, then the suggestions, then the button, in Tab order. */
    static List<Node> nodes(List<EarlierAttempt> attempts, AttemptsViewModel vm, Texts texts, TimeFormat time,
                            Runnable openDialog) {
        List<Node> out = new ArrayList<>();
        for (EarlierAttempt a : attempts) {
            String line = String.join(" · ", time.date(a.date()), channel(texts, a.channel()),
                    DisplayText.oneLine(a.addressee()),
                    a.result() == null ? texts.get("context.attempt.no-result") : DisplayText.oneLine(a.result()));
            Label l = wrapped(line);
            l.getStyleClass().add("attempt");
            out.add(l);
        }
        for (AttemptsViewModel.Offer o : vm.offers()) {
            out.add(offer(o, vm, texts, time));
        }
        Button add = new Button(texts.get("context.attempt.add"));
        add.setId("attempt-add");
        add.setMnemonicParsing(false);
        add.getStyleClass().add("attempt-add");
        add.setOnAction(e -> openDialog.run());
        out.add(add);
        return out;
    }

    private static Node offer(AttemptsViewModel.Offer o, AttemptsViewModel vm, Texts texts, TimeFormat time) {
        Suggestion s = o.suggestion();
        Label what = wrapped(texts.get("context.attempt.suggested", describe(texts, s)));
        what.getStyleClass().add("suggestion-text");
        String quote = DisplayText.oneLine(s.quote());
        Label from = wrapped(texts.get("context.attempt.quote",
                quote.length() > QUOTE ? quote.substring(0, QUOTE - 1) + "…" : quote));
        from.getStyleClass().add(Css.MUTED);
        Button accept = new Button(texts.get("context.attempt.accept"));
        accept.getStyleClass().add("suggestion-accept");
        accept.setMnemonicParsing(false);
        accept.setMinWidth(Region.USE_PREF_SIZE);
        accept.setTooltip(new Tooltip(texts.get("context.attempt.accept.tooltip", time.date(o.date()))));
        accept.setAccessibleText(what.getText() + " — " + accept.getText());
        accept.setOnAction(e -> {
            accept.setDisable(true);
            vm.accept(o, refused -> accept.setDisable(refused == null));
        });
        VBox text = new VBox(2, what, from);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text, accept);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("attempt-suggestion");
        return row;
    }

    /** "e-mail to Umweltamt, twice, no answer". */
    static String describe(Texts texts, Suggestion s) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("context.attempt.suggestion", channel(texts, s.channel()), DisplayText.oneLine(s.addressee())));
        if (s.times() != null && s.times() > 1) {
            parts.add(texts.get("context.attempt.times", s.times()));
        }
        if (s.result() != null) {
            parts.add(DisplayText.oneLine(s.result()));
        }
        return String.join(", ", parts);
    }

    /** A channel id in words ("email" → "e-mail"); anything else recorded by hand as it is. */
    static String channel(Texts texts, String id) {
        String key = "context.attempt.channel." + id;
        return texts.bundle().containsKey(key) ? texts.get(key) : DisplayText.oneLine(id);
    }

    static StringConverter<String> channelNames(Texts texts) {
        return Converters.of(id -> channel(texts, id));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMnemonicParsing(false);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
