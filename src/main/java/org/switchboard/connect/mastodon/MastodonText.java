package org.switchboard.connect.mastodon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Mastodon's status HTML as the plain text Switchboard stores (CLI.md "Messages as text", ADR 0007):
 * paragraphs separated by one empty line, {@code <br>} a line break, invisible link parts dropped,
 * entities decoded, mentions and hashtags as written, a link as its target URL (or {@code label (URL)}
 * when the visible text says something else), a content warning as the first line {@code CW: …}.
 * Script and style content is dropped, control characters other than the line break are removed.
 * The walk over the parsed tree is iterative and linear, so a megabyte of hostile markup is harmless.
 * Pure functions; any thread.
 */
public final class MastodonText {
    /** Elements whose content is never text a person wrote. */
    private static final Set<String> DROPPED = Set.of("script", "style", "template", "noscript", "iframe",
            "object", "embed", "svg", "math", "canvas", "audio", "video", "img", "picture", "head", "title",
            "textarea", "select", "input", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer", "hr", "figure");

    private MastodonText() {}

    /** The text of a status: its content warning (plain text already) as a first line, then the content. */
    public static String toPlainText(String html, String spoilerText) {
        String body = htmlToText(html);
        String warning = oneLine(spoilerText);
        if (warning.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? "CW: " + warning : "CW: " + warning + "\n" + body;
    }

    /** Sanitised status HTML as plain text. */
    public static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        TextWriter out = new TextWriter();
        NodeTraversor.filter(new Converter(out), body);
        return out.result();
    }

    /** Plain text on one line: whitespace runs become one space, control characters go. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        TextWriter out = new TextWriter();
        out.text(text);
        return out.result();
    }

    private static boolean skipped(Element e) {
        return DROPPED.contains(e.normalName()) || e.hasClass("invisible");
    }

    /** Walks the tree once and writes text; links are written whole when they are met. */
    private static final class Converter implements NodeFilter {
        private final TextWriter out;
        /** Per open list: -1 for a bullet list, else the last number written. */
        private final Deque<int[]> lists = new ArrayDeque<>();

        Converter(TextWriter out) {
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.text(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE; // comments, doctype, script data
            }
            if (skipped(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (e.normalName()) {
                case "br" -> out.lineBreak();
                case "a" -> {
                    out.text(Links.asText(e));
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "li" -> listItem();
                case "ul" -> lists.push(new int[] {-1});
                case "ol" -> lists.push(new int[] {0});
                default -> { }
            }
            if (BLOCKS.contains(e.normalName())) {
                out.paragraph();
            }
            if (e.normalName().equals("pre")) {
                out.enterPre();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    out.leavePre();
                }
                if ((name.equals("ul") || name.equals("ol")) && !lists.isEmpty()) {
                    lists.pop();
                }
                if (BLOCKS.contains(name)) {
                    out.paragraph();
                } else if (name.equals("li")) {
                    out.line();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void listItem() {
            out.line();
            int[] list = lists.peek();
            if (list == null || list[0] < 0) {
                out.text("- ");
            } else {
                list[0]++;
                out.text(list[0] + ". ");
            }
        }
    }

    /** How a link is written: its target, or {@code label (URL)}, or just {@code @name} / {@code #tag}. */
    static final class Links {
        private Links() {}

        static String asText(Element a) {
            String visible = inlineText(a, false);
            String href = oneLine(a.attr("href"));
            if (isMentionOrHashtag(a, visible)) {
                return visible;
            }
            if (!isWebTarget(href)) {
                return visible; // javascript:, data: and relative targets are not worth showing
            }
            if (visible.isEmpty() || sameTarget(visible, href) || sameTarget(inlineText(a, true), href)) {
                return href;
            }
            return visible + " (" + href + ")";
        }

        private static boolean isMentionOrHashtag(Element a, String visible) {
            if (!(visible.startsWith("@") || visible.startsWith("#")) || visible.length() < 2) {
                return false;
            }
            boolean marked = a.hasClass("mention") || a.hasClass("hashtag")
                    || a.attr("rel").toLowerCase(Locale.ROOT).contains("tag");
            return marked || visible.indexOf(' ') < 0;
        }

        private static boolean isWebTarget(String href) {
            String h = href.toLowerCase(Locale.ROOT);
            return h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:");
        }

        /** Mastodon shortens long links for display; the same address with or without scheme counts as equal. */
        static boolean sameTarget(String text, String href) {
            return comparable(text).equals(comparable(href));
        }

        private static String comparable(String s) {
            String c = s.strip().toLowerCase(Locale.ROOT);
            for (String prefix : new String[] {"https://", "http://", "mailto:"}) {
                if (c.startsWith(prefix)) {
                    c = c.substring(prefix.length());
                    break;
                }
            }
            if (c.startsWith("www.")) {
                c = c.substring(4);
            }
            while (c.endsWith("/")) {
                c = c.substring(0, c.length() - 1);
            }
            return c;
        }

        /** The link's own text on one line, with or without Mastodon's invisible parts. */
        private static String inlineText(Element a, boolean withInvisible) {
            TextWriter out = new TextWriter();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        out.text(text.getWholeText());
                    } else if (node instanceof Element e && node != a && (DROPPED.contains(e.normalName())
                            || !withInvisible && e.hasClass("invisible"))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
            }, a);
            return out.result();
        }
    }

    /**
     * Collects text the way a browser shows it: runs of HTML whitespace become one space (except inside
     * {@code <pre>}), line and paragraph breaks are held back until more text follows, so the result
     * never starts or ends with blank lines.
     */
    private static final class TextWriter {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreaks;
        private boolean pendingSpace;
        private int preDepth;

        void text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (preDepth > 0 && (c == '\n' || c == '\r')) {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    hardBreak();
                } else if (preDepth > 0 && (c == ' ' || c == '\t')) {
                    append(' ');
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    pendingSpace = true;
                } else if (Character.getType(c) != Character.CONTROL) {
                    append(c);
                }
            }
        }

        /** {@code <br>}: two in a row make an empty line, more are not kept. */
        void lineBreak() {
            hardBreak();
        }

        void line() {
            pendingBreaks = Math.max(pendingBreaks, 1);
            pendingSpace = false;
        }

        void paragraph() {
            pendingBreaks = Math.max(pendingBreaks, 2);
            pendingSpace = false;
        }

        void enterPre() {
            preDepth++;
        }

        void leavePre() {
            preDepth = Math.max(0, preDepth - 1);
        }

        String result() {
            return out.toString();
        }

        private void hardBreak() {
            pendingBreaks = Math.min(pendingBreaks + 1, 2);
            pendingSpace = false;
        }

        private void append(char c) {
            if (!out.isEmpty()) {
                if (pendingBreaks > 0) {
                    out.append(pendingBreaks == 1 ? "\n" : "\n\n");
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingBreaks = 0;
            pendingSpace = false;
            out.append(c);
        }
    }
}
