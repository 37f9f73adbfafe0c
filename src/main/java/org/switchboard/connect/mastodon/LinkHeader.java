package org.switchboard.connect.mastodon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The {@code Link} response header (RFC 8288), which is how Mastodon tells the paging positions:
 * {@code rel="next"} (older items, {@code max_id}) and {@code rel="prev"} (newer items, {@code min_id}).
 * Handles several header lines, quoted parameter values with commas and escapes, several relation
 * types in one {@code rel}, any letter case, and skips broken parts instead of failing. Linear in the
 * header's length.
 */
final class LinkHeader {
    static final LinkHeader NONE = new LinkHeader(Map.of());

    /** Target URI reference by relation type (lower case); the first link of a relation wins. */
    private final Map<String, String> targets;

    private LinkHeader(Map<String, String> targets) {
        this.targets = targets;
    }

    static LinkHeader parse(List<String> headerValues) {
        Map<String, String> targets = new HashMap<>();
        for (String value : headerValues) {
            new Parser(value, targets).links();
        }
        return targets.isEmpty() ? NONE : new LinkHeader(Map.copyOf(targets));
    }

    boolean has(String rel) {
        return targets.containsKey(rel.toLowerCase(Locale.ROOT));
    }

    /** The target of {@code rel}, resolved against the URL the answer came from. */
    Optional<HttpUrl> target(String rel, HttpUrl base) {
        String t = targets.get(rel.toLowerCase(Locale.ROOT));
        return t == null ? Optional.empty() : Optional.ofNullable(base.resolve(t));
    }

    /** One query parameter of the {@code rel} target, e.g. the {@code min_id} of {@code prev}. */
    Optional<String> parameter(String rel, String name, HttpUrl base) {
        return target(rel, base).map(u -> u.queryParameter(name)).filter(v -> !v.isBlank());
    }

    private static final class Parser {
        private final String s;
        private final Map<String, String> targets;
        private int i;

        Parser(String s, Map<String, String> targets) {
            this.s = s == null ? "" : s;
            this.targets = targets;
        }

        void links() {
            while (i < s.length()) {
                skipWhitespaceAndCommas();
                if (i >= s.length()) {
                    return;
                }
                if (s.charAt(i) != '<') {
                    skipToNextLink();
                    continue;
                }
                int close = s.indexOf('>', i + 1);
                if (close < 0) {
                    return;
                }
                String target = s.substring(i + 1, close).strip();
                i = close + 1;
                for (String rel : relations()) {
                    targets.putIfAbsent(rel, target);
                }
            }
        }

        /** Reads {@code ; name=value} parameters up to the next link; returns the relation types. */
        private List<String> relations() {
            List<String> rels = null;
            while (true) {
                skipWhitespace();
                if (i >= s.length() || s.charAt(i) == ',') {
                    return rels == null ? List.of() : rels;
                }
                if (s.charAt(i) != ';') {
                    skipToNextLink();
                    return rels == null ? List.of() : rels;
                }
                i++;
                skipWhitespace();
                int start = i;
                while (i < s.length() && isTokenChar(s.charAt(i))) {
                    i++;
                }
                String name = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    skipToNextLink();
                    return rels == null ? List.of() : rels;
                }
                skipWhitespace();
                String value = null;
                if (i < s.length() && s.charAt(i) == '=') {
                    i++;
                    skipWhitespace();
                    value = i < s.length() && s.charAt(i) == '"' ? quoted() : token();
                }
                // RFC 8288 §3.3: occurrences of rel after the first are ignored
                if (name.equals("rel") && rels == null && value != null) {
                    rels = new ArrayList<>();
                    for (String r : value.strip().split("[ \t]+")) {
                        if (!r.isEmpty()) {
                            rels.add(r.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }

        private String quoted() {
            StringBuilder v = new StringBuilder();
            i++; // opening quote
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return v.toString();
                }
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                v.append(c);
            }
            return v.toString();
        }

        private String token() {
            int start = i;
            while (i < s.length() && isTokenChar(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i);
        }

        /** Skips a broken part: up to the next comma outside quotes and angle brackets. */
        private void skipToNextLink() {
            boolean inQuotes = false;
            boolean inBrackets = false;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (inQuotes) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    }
                } else if (c == '"') {
                    inQuotes = true;
                } else if (c == '<') {
                    inBrackets = true;
                } else if (c == '>') {
                    inBrackets = false;
                } else if (c == ',' && !inBrackets) {
                    return;
                }
            }
        }

        private void skipWhitespace() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private void skipWhitespaceAndCommas() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == ',')) {
                i++;
            }
        }

        /** RFC 9110 tchar. */
        private static boolean isTokenChar(char c) {
            return c < 127 && c > 32 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
        }
    }
}
