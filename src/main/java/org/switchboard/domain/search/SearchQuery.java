package org.switchboard.domain.search;

import java.time.Instant;
import org.switchboard.domain.ValidationException;

/**
 * A parsed search: the words (with "phrases" and prefix* terms, as typed) and the filters written in
 * the query. Built by {@link #parse}.
 */
public record SearchQuery(String words, String platform, String status, String from, String unit, Instant before,
                          Instant after, int limit) {
    public SearchQuery {
        if (limit < 1 || limit > 1000) {
            throw new ValidationException("the search limit must be between 1 and 1000, not " + limit);
        }
        words = words == null ? "" : words.strip();
    }

    public boolean hasFilters() {
        return platform != null || status != null || from != null || unit != null || before != null || after != null;
    }

    /** Reads {@code platform:x status:y from:z unit:u before:2026-11-01 after:2026-10-01} out of the text. */
    public static SearchQuery parse(String text, int limit) {
        StringBuilder words = new StringBuilder();
        String platform = null;
        String status = null;
        String from = null;
        String unit = null;
        Instant before = null;
        Instant after = null;
        for (String token : tokens(text == null ? "" : text)) {
            int colon = token.indexOf(':');
            String key = colon > 0 ? token.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
            String value = colon > 0 ? unquote(token.substring(colon + 1)) : "";
            switch (key) {
                case "platform" -> platform = value.toLowerCase(java.util.Locale.ROOT);
                case "status" -> status = value.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
                case "from" -> from = value;
                case "unit" -> unit = value;
                case "before" -> before = day(value, "before");
                case "after" -> after = day(value, "after");
                default -> words.append(words.isEmpty() ? "" : " ").append(token);
            }
        }
        return new SearchQuery(words.toString(), platform, status, from, unit, before, after, limit);
    }

    private static java.util.List<String> tokens(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                cur.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static Instant day(String v, String key) {
        try {
            return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(key + ":" + v + " is not a date like 2026-11-01");
        }
    }
}
