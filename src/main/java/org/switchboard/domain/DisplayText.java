package org.switchboard.domain;

/**
 * Makes untrusted text safe to show as plain text: control characters cannot move the cursor or
 * colour a terminal, and invisible characters cannot disguise a link or a name. Bidirectional
 * controls (such as RIGHT-TO-LEFT OVERRIDE) and zero-width characters become a visible marker like
 * {@code [U+202E]}; a zero-width joiner inside an emoji sequence (🧑‍💻) is kept.
 */
public final class DisplayText {
    private DisplayText() {}

    /** The text with line breaks and tabs kept and every dangerous or invisible character made visible. */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\n' || cp == '\t') {
                out.appendCodePoint(cp);
            } else if (cp == '\r') {
                if (next >= text.length() || text.charAt(next) != '\n') {
                    out.append('\n');
                }
            } else if (cp == 0x200D && emojiJoin(text, i, next)) {
                out.appendCodePoint(cp);
            } else if (isControl(cp) || isInvisible(cp)) {
                out.append("[U+").append(String.format("%04X", cp)).append(']');
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /** {@link #safe} on one line: line breaks become spaces (queue rows, terminal tables). */
    public static String oneLine(String text) {
        return safe(text).replace('\n', ' ').replace('\t', ' ');
    }

    /** True when the text holds anything {@link #safe} would mark. */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && !safe(text).equals(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }

    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) // zero-width space, (non-)joiner, LRM, RLM
                || (cp >= 0x202A && cp <= 0x202E) // embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
                || (cp >= 0x2066 && cp <= 0x2069) // isolates
                || cp == 0x061C || cp == 0xFEFF || cp == 0x180E || cp == 0x00AD;
    }

    private static boolean emojiJoin(String text, int at, int next) {
        if (at == 0 || next >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        if (before == 0xFE0F && at >= 2) {
            before = text.codePointBefore(at - 1);
        }
        int after = text.codePointAt(next);
        return isEmoji(before) && isEmoji(after);
    }

    private static boolean isEmoji(int cp) {
        return Character.isEmoji(cp) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
