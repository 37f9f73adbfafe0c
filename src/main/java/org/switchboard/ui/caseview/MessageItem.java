package org.switchboard.ui.caseview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Message;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.Css;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * One message of the conversation: incoming on the left, our replies on the right, each with author,
 * platform, account, relative and exact time, an "edited" marker, the original's address and the
 * attachments as placeholders. Text is shown as plain text after {@link DisplayText#safe}. FX thread.
 */
final class MessageItem {
    /** What a message needs from around it. */
    record Context(CaseDetail detail, DomainTexts names, TimeFormat time, Consumer<String> openLink,
                   AttachmentLoader loader, org.switchboard.ui.common.BackgroundRunner runner,
                   ObservableDoubleValue width, Consumer<Message> split) {}

    /**
     * Characters of a message shown at most. Laying out one unbroken 100 kB line takes JavaFX minutes, so a
     * hostile or broken message would freeze the window; nobody reads that far in a bubble anyway.
     */
    static final int MAX_SHOWN = 10_000;
    /** Longest run of characters without a space shown on one line. */
    static final int MAX_RUN = 120;

    private final HBox row = new HBox();

    MessageItem(Message m, Context ctx) {
        Texts texts = ctx.names().texts();
        boolean incoming = m.direction() == Direction.IN;
        VBox bubble = new VBox(6);
        bubble.getStyleClass().addAll("message", incoming ? "message-in" : "message-out");
        // Wide enough to read, narrow enough that direction shows at a glance.
        bubble.maxWidthProperty().bind(javafx.beans.binding.Bindings.multiply(ctx.width(), 0.82));
        bubble.getChildren().add(header(m, ctx, incoming));
        if (m.subject() != null) {
            Label subject = wrapped(DisplayText.safe(m.subject()));
            subject.getStyleClass().add("message-subject");
            bubble.getChildren().add(subject);
        }
        String safe = DisplayText.safe(m.text());
        Label text = wrapped(breakLongRuns(safe.length() > MAX_SHOWN ? safe.substring(0, MAX_SHOWN) + "…" : safe));
        text.getStyleClass().add("message-text");
        bubble.getChildren().add(text);
        if (safe.length() > MAX_SHOWN) {
            Label cut = wrapped(texts.get("case.message.shortened", MAX_SHOWN, safe.length()));
            cut.getStyleClass().addAll(Css.MUTED, "message-shortened");
            bubble.getChildren().add(cut);
        }
        if (!m.attachments().isEmpty()) {
            FlowPane files = new FlowPane(8, 8);
            for (Attachment a : m.attachments()) {
                files.getChildren().add(new AttachmentView(a, texts, ctx.loader(), ctx.runner(), ctx.openLink()).node());
            }
            bubble.getChildren().add(files);
        }
        bubble.getChildren().add(footer(m, ctx));
        row.getChildren().add(bubble);
        row.setAlignment(incoming ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        row.getStyleClass().add("message-row");
    }

    Node node() {
        return row;
    }

    private static Node header(Message m, Context ctx, boolean incoming) {
        Texts texts = ctx.names().texts();
        String who = m.author() != null ? DisplayText.oneLine(m.author())
                : texts.get(incoming ? "case.message.unknown-author" : "case.message.our-team");
        Label author = new Label(who);
        author.getStyleClass().add("message-author");
        author.setMinWidth(Region.USE_PREF_SIZE);
        Label direction = new Label(texts.get(incoming ? "case.message.incoming" : "case.message.outgoing"));
        direction.getStyleClass().addAll(Css.CHIP, incoming ? "chip-quiet" : Css.CHIP_ACCENT);
        direction.setMinWidth(Region.USE_PREF_SIZE);
        List<String> where = new ArrayList<>();
        where.add(ctx.names().platform(m.platform()));
        where.add(texts.get("case.message.kind." + m.kind().name().toLowerCase(java.util.Locale.ROOT)));
        String account = ctx.detail().accountName(m.accountId());
        if (account != null) {
            where.add(DisplayText.oneLine(account));
        }
        Label place = new Label(String.join(" · ", where));
        place.getStyleClass().add(Css.MUTED);
        place.setMinWidth(0);
        HBox line = new HBox(8, direction, author, place);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private static Node footer(Message m, Context ctx) {
        Texts texts = ctx.names().texts();
        Label when = new Label(texts.get("case.message.time", ctx.time().ago(m.createdAt()),
                ctx.time().exact(m.createdAt())));
        when.getStyleClass().addAll(Css.MUTED, "message-time");
        when.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, when);
        line.setAlignment(Pos.BASELINE_LEFT);
        if (m.editedAt() != null) {
            Label edited = new Label(texts.get("case.message.edited"));
            edited.getStyleClass().addAll(Css.CHIP, Css.CHIP_WARNING);
            edited.setMinWidth(Region.USE_PREF_SIZE);
            edited.setTooltip(new Tooltip(texts.get("case.message.edited-at", ctx.time().exact(m.editedAt()),
                    m.history().size())));
            line.getChildren().add(edited);
        }
        if (m.url() != null) {
            line.getChildren().add(link(m.url(), ctx.openLink()));
        }
        if (ctx.split() != null) {
            line.getChildren().add(actions(m, ctx));
        }
        return line;
    }

    /**
     * Breaks runs without spaces longer than {@link #MAX_RUN} with line breaks. JavaFX wraps such a run one
     * character at a time, which for a few thousand characters takes seconds on the FX thread.
     */
    static String breakLongRuns(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / MAX_RUN);
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            run = Character.isWhitespace(ch) ? 0 : run + 1;
            if (run > MAX_RUN && !Character.isLowSurrogate(ch)) {
                out.append('\n');
                run = 1;
            }
            out.append(ch);
        }
        return out.toString();
    }

    /** "⋯" with "Move this message to a new case": a menu button, so Tab reaches it and Space opens it. */
    private static Node actions(Message m, Context ctx) {
        Texts texts = ctx.names().texts();
        javafx.scene.control.MenuItem split = new javafx.scene.control.MenuItem(texts.get("case.split.action"));
        split.setMnemonicParsing(false);
        split.setOnAction(e -> ctx.split().accept(m));
        javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton("\u22ef", null, split);
        more.getStyleClass().addAll("message-actions", atlantafx.base.theme.Styles.FLAT);
        more.setMnemonicParsing(false);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip(texts.get("case.split.menu")));
        more.setAccessibleText(texts.get("case.split.menu"));
        return more;
    }

    /** The original's address as text; a click (never a hover or a load) opens it in the browser. */
    private static Node link(String url, Consumer<String> openLink) {
        String shown = DisplayText.oneLine(url);
        if (!Links.openable(url)) {
            Label plain = new Label(shown);
            plain.getStyleClass().add(Css.MUTED);
            plain.setMinWidth(0);
            return plain;
        }
        Hyperlink link = new Hyperlink(shown);
        link.getStyleClass().add("message-link");
        link.setMnemonicParsing(false);
        link.setMinWidth(0);
        link.setTooltip(new Tooltip(shown));
        link.setOnAction(e -> openLink.accept(url));
        return link;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMnemonicParsing(false);
        l.setMinHeight(Region.USE_PREF_SIZE); // never cut a message with "…": it scrolls instead
        return l;
    }
}
