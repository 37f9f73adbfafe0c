package org.switchboard.service.errands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dossier as a short list of blocks, rendered once as plain text and once as HTML, so both parts of
 * the mail always say the same. In the HTML every piece of text is escaped — the customer's words, names
 * and subjects are untrusted — and only http(s) and mailto addresses become links. Pure; any thread.
 */
final class DossierBlocks {
    /** Stands for the address inside a line's words until it is rendered. */
    static final String ADDRESS = "\u0000ADDR\u0000";

    sealed interface Block permits Heading, Para, Quote, Line, Links {}

    record Heading(String text) implements Block {}

    record Para(String text) implements Block {}

    /** The customer's words: indented in text, a blockquote in HTML. */
    record Quote(String text) implements Block {}

    /** Words with one address in them at {@link #ADDRESS}. */
    record Line(String words, String address) implements Block {}

    /** The one-click answers: label and mailto address each. */
    record Links(List<String[]> labelAndAddress) implements Block {}

    private final List<Block> blocks = new ArrayList<>();

    DossierBlocks add(Block b) {
        blocks.add(b);
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            switch (b) {
                case Heading h -> out.append('\n').append(h.text()).append('\n');
                case Para p -> out.append(p.text()).append("\n\n");
                case Quote q -> out.append(q.text().strip().indent(4)).append('\n');
                case Line l -> out.append(l.words().replace(ADDRESS, l.address())).append('\n');
                case Links ls -> {
                    for (String[] link : ls.labelAndAddress()) {
                        out.append("  ").append(link[0]).append(": ").append(link[1]).append('\n');
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family: sans-serif; line-height: 1.4\">");
        for (Block b : blocks) {
            switch (b) {
                case Heading h -> out.append("<h3>").append(escape(h.text())).append("</h3>");
                case Para p -> out.append("<p>").append(lines(p.text())).append("</p>");
                case Quote q -> out.append("<blockquote style=\"border-left: 3px solid #999; margin-left: 0; "
                        + "padding-left: 1em\">").append(lines(q.text().strip())).append("</blockquote>");
                case Line l -> {
                    String[] parts = l.words().split(java.util.regex.Pattern.quote(ADDRESS), 2);
                    out.append("<div>").append(escape(parts[0])).append(link(l.address(), l.address()))
                            .append(parts.length > 1 ? escape(parts[1]) : "").append("</div>");
                }
                case Links ls -> {
                    out.append("<p>");
                    for (String[] link : ls.labelAndAddress()) {
                        out.append(link(link[0], link[1])).append(" &nbsp; ");
                    }
                    out.append("</p>");
                }
            }
        }
        return out.append("</body></html>").toString();
    }

    /** A link for http(s) and mailto addresses; anything else stays text. */
    static String link(String label, String address) {
        String a = address == null ? "" : address.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))) {
            return escape(label);
        }
        return "<a href=\"" + escape(a) + "\">" + escape(label) + "</a>";
    }

    private static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c == '\u0000' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
