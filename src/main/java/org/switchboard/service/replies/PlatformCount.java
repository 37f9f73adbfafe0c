package org.switchboard.service.replies;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each platform counts the length of a text (sources in docs/decisions/0015). Pure; any thread.
 * Every count works on the NFC form, so "é" typed as e + combining accent counts like the precomposed "é".
 */
final class PlatformCount {
    /** What Mastodon and X count for any link, however long (twitter-text {@code transformedURLLength}). */
    static final int URL_LENGTH = 23;
    /**
     * Links as the platforms find them: with a scheme, or starting {@code www.}, or a bare host under a common
     * top-level domain ({@code stadt.de/laerm}). Trailing punctuation is not part of a link.
     */
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\p{L}\\d@.])(?:https?://[^\\s<>\"]+|www\\.[^\\s<>\"]+"
                    + "|[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:de|com|org|net|eu|info|io|at|ch|gov|edu|uk|social)"
                    + "(?:/[^\\s<>\"]*)?)(?<![.,;:!?)\\]'\"])");
    /** A Mastodon mention with a domain: {@code @anna@norden.social}; only {@code @anna} counts. */
    private static final Pattern REMOTE_MENTION = Pattern.compile(
            "(?<![\\p{L}\\d_/])@([\\p{L}\\d_]+(?:[.-]+[\\p{L}\\d_]+)*)@[\\p{L}\\d.-]+\\.[\\p{L}\\d-]+");

    private PlatformCount() {}

    static String nfc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }

    /** Grapheme clusters: what a person sees as one character (👨‍👩‍👧 and 🇩🇪 are one each). */
    static int graphemes(String text) {
        return clusters(nfc(text)).size();
    }

    /** Code points of the NFC form (Facebook, Messenger: "characters"). */
    static int codePoints(String text) {
        String s = nfc(text);
        return s.codePointCount(0, s.length());
    }

    /** Bytes of the UTF-8 form (Instagram direct messages). */
    static int utf8Bytes(String text) {
        return nfc(text).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Mastodon's StatusLengthValidator: graphemes, every link as 23, a remote mention as its local part only.
     */
    static int mastodon(String text) {
        String s = REMOTE_MENTION.matcher(nfc(text)).replaceAll("@$1");
        Matcher m = URL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group().regionMatches(true, 0, "http", 0, 4)) { // Mastodon shortens only links with a scheme
                m.appendReplacement(out, "x".repeat(URL_LENGTH));
            }
        }
        m.appendTail(out);
        return clusters(out.toString()).size();
    }

    /**
     * X's weighted length (twitter-text v3 configuration): code points in the light ranges weigh 1, all others
     * 2 (CJK, most symbols); an emoji, even a sequence of several code points, weighs 2; a link 23.
     */
    static int xWeighted(String text) {
        String s = nfc(text);
        int weight = 0;
        int last = 0;
        Matcher m = URL.matcher(s);
        while (m.find()) {
            weight += weighted(s.substring(last, m.start())) + URL_LENGTH;
            last = m.end();
        }
        return weight + weighted(s.substring(last));
    }

    /** Threads: 500 characters, but an emoji counts as its UTF-8 byte length (PLATFORM-APIS.md §5). */
    static int threads(String text) {
        int count = 0;
        for (String cluster : clusters(nfc(text))) {
            count += emoji(cluster) ? cluster.getBytes(StandardCharsets.UTF_8).length
                    : cluster.codePointCount(0, cluster.length());
        }
        return count;
    }

    private static int weighted(String s) {
        int weight = 0;
        for (String cluster : clusters(s)) {
            if (emoji(cluster)) {
                weight += 2;
            } else {
                weight += cluster.codePoints().map(PlatformCount::xWeight).sum();
            }
        }
        return weight;
    }

    /** twitter-text v3 "ranges": 0–4351 (Latin to Georgian), 8192–8205, 8208–8223, 8242–8247 weigh 1. */
    static int xWeight(int cp) {
        boolean light = cp <= 4351 || cp >= 8192 && cp <= 8205 || cp >= 8208 && cp <= 8223
                || cp >= 8242 && cp <= 8247;
        return light ? 1 : 2;
    }

    /** True for a cluster that shows as one emoji: a pictograph, a flag or a keycap. */
    static boolean emoji(String cluster) {
        int first = cluster.codePointAt(0);
        if (first >= 0x1F1E6 && first <= 0x1F1FF) {
            return true; // regional indicators: a flag
        }
        if (cluster.indexOf('\u20E3') >= 0) {
            return true; // keycap 1️⃣
        }
        return cluster.codePoints().anyMatch(cp -> cp > 0xFF && Character.isExtendedPictographic(cp)
                && (Character.isEmojiPresentation(cp) || cluster.indexOf('\uFE0F') >= 0 || cluster.length() > 2));
    }

    /** The text cut into grapheme clusters (the JDK's BreakIterator follows extended clusters since JDK 20). */
    static List<String> clusters(String s) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }
}
