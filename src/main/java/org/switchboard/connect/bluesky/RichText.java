package org.switchboard.connect.bluesky;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.connect.bluesky.FeedJson.Facet;
import org.switchboard.connect.bluesky.FeedJson.Feature;
import org.switchboard.connect.bluesky.FeedJson.Link;

/**
 * Bluesky rich text and plain text. Facets index UTF-8 <em>bytes</em> ({@code byteStart} inclusive,
 * {@code byteEnd} exclusive) while Java strings index UTF-16 units, so all slicing happens on the
 * byte array. Lengths are counted in graphemes (what a person sees as one character: 🧑‍💻 is one).
 */
final class RichText {
    /** A URL in our own text: up to white space; closing punctuation after it is not part of it. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]}'\"…";

    private RichText() {}

    /**
     * The plain text of a post or message (CLI.md "Messages as text"): a link whose visible text
     * differs from its target becomes {@code label (URL)}; mentions, tags and unknown features stay as
     * written. Facets that are out of range, overlap or cut a character in half are ignored — the text
     * is then shown as written rather than garbled.
     */
    static String plainText(String text, List<Facet> facets) {
        if (text == null) {
            return "";
        }
        if (facets == null || facets.isEmpty()) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Facet> usable = facets.stream().filter(f -> valid(f, bytes))
                .sorted(Comparator.comparingLong(f -> f.index().byteStart())).toList();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int pos = 0;
        for (Facet f : usable) {
            int start = f.index().byteStart().intValue();
            int end = f.index().byteEnd().intValue();
            if (start < pos) {
                continue; // overlaps the previous facet
            }
            out.append(slice(bytes, pos, start));
            out.append(render(slice(bytes, start, end), f.features()));
            pos = end;
        }
        return out.append(slice(bytes, pos, bytes.length)).toString();
    }

    /** Graphemes, as Bluesky counts its limits (300 per post, 1000 per direct message). */
    static int graphemes(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(s);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Link facets for the URLs in our own text, so they are clickable in Bluesky. Mentions are left
     * plain: a mention facet needs the person's DID, which would cost a lookup per handle.
     */
    static List<Map<String, Object>> linkFacets(String text) {
        List<Map<String, Object>> facets = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            if (url.length() <= "https://".length()) {
                continue;
            }
            int byteStart = utf8Length(text.substring(0, m.start()));
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("byteStart", byteStart);
            index.put("byteEnd", byteStart + utf8Length(url));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("$type", "app.bsky.richtext.facet#link");
            feature.put("uri", url);
            Map<String, Object> facet = new LinkedHashMap<>();
            facet.put("index", index);
            facet.put("features", List.of(feature));
            facets.add(facet);
        }
        return facets;
    }

    private static String render(String shown, List<Feature> features) {
        if (features == null) {
            return shown;
        }
        for (Feature feature : features) {
            if (feature instanceof Link(String uri) && uri != null && !uri.isBlank()) {
                String target = uri.strip();
                String visible = shown.strip();
                // Bluesky apps show links without the scheme; that is the same link, not a label.
                boolean same = visible.equals(target) || visible.equals(target.replaceFirst("^https?://", ""));
                return same ? target : shown + " (" + target + ")";
            }
        }
        return shown;
    }

    private static boolean valid(Facet f, byte[] bytes) {
        if (f == null || f.index() == null || f.index().byteStart() == null || f.index().byteEnd() == null) {
            return false;
        }
        long start = f.index().byteStart();
        long end = f.index().byteEnd();
        return start >= 0 && start < end && end <= bytes.length && boundary(bytes, (int) start)
                && boundary(bytes, (int) end);
    }

    /** True unless {@code i} points into the middle of a multi-byte character (a continuation byte). */
    private static boolean boundary(byte[] bytes, int i) {
        return i == bytes.length || (bytes[i] & 0xC0) != 0x80;
    }

    private static String slice(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
