package org.switchboard.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.domain.DisplayText;

/**
 * The simple formatting of an internal note, shown as plain text (never HTML): paragraphs separated by an
 * empty line, list items (lines starting with {@code -}, {@code *}, {@code •} or {@code 1.}) with a bullet,
 * and links written as {@code [label](https://…)} shown as "label (https://…)", so the real target is always
 * visible. Every piece goes through {@link DisplayText#safe}. Parsing: any thread; {@link #node}: FX thread.
 */
public final class NoteText {
    /** One block of a note: a paragraph, or a list item with its marker ("•" or "1."). */
    public record Block(String marker, String text) {
        public boolean listItem() {
            return marker != null;
        }
    }

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:([-*•])|(\\d{1,3})[.)])\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})]\\(([^)\\s]{1,2000})\\)");

    private NoteText() {}

    /** The note's blocks in order, with links already written as "label (target)". */
    public static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : DisplayText.safe(text).split("\n", -1)) {
            Matcher item = ITEM.matcher(line);
            if (line.isBlank() || item.matches()) {
                flush(paragraph, out);
            }
            if (item.matches()) {
                out.add(new Block(item.group(1) != null ? "•" : item.group(2) + ".", links(item.group(3).strip())));
            } else if (!line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line.stripTrailing());
            }
        }
        flush(paragraph, out);
        return out;
    }

    /** {@code [label](target)} → "label (target)"; a label that is its own target is shown once. */
    static String links(String text) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(1).strip();
            String target = m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(label.equals(target) ? target : label + " (" + target + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void flush(StringBuilder paragraph, List<Block> out) {
        if (!paragraph.isEmpty()) {
            out.add(new Block(null, links(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    /** The note as labels: one per paragraph, list items indented behind their marker. FX thread. */
    public static Node node(String text) {
        VBox box = new VBox(4);
        box.getStyleClass().add("note-text");
        for (Block b : blocks(text)) {
            Label body = wrapped(b.text());
            if (b.listItem()) {
                Label marker = new Label(b.marker());
                marker.setMinWidth(Region.USE_PREF_SIZE);
                HBox line = new HBox(6, marker, body);
                line.getStyleClass().add("note-list-item");
                line.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
                box.getChildren().add(line);
            } else {
                body.getStyleClass().add("note-paragraph");
                box.getChildren().add(body);
            }
        }
        return box;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMnemonicParsing(false);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMinWidth(0);
        return l;
    }
}
