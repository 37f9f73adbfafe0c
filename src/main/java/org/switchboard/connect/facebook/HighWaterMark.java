package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored cursor of a Facebook stream. Graph says never to store its paging cursors, so the cursor
 * is our own high-water mark: {@code since}, the oldest {@code created_time} still worth reading, and
 * short tags of every item already delivered at or after it.
 *
 * <p>Why a window and not just "newest time seen": one pass reads many posts (or conversations) one
 * after another, so a comment written on post A after A was read can carry an older time than the
 * newest comment of post B read a moment later. A mark at the newest time would skip it for ever.
 * Re-reading {@link #OVERLAP} before the newest item and skipping the remembered ids closes that gap
 * and handles several items within the same second: an item with exactly the mark's time is read
 * again and delivered unless its own id is remembered. Re-polling with nothing new returns nothing.
 *
 * <p>The cursor column holds 2,000 characters, so ids are remembered as 11-character hashes (66 bits;
 * a false "already seen" is about as likely as a cosmic ray) and at most {@link #MAX_SEEN} of them.
 * When more items than that fall in the window, the window shrinks from below by whole seconds so
 * that everything from {@code since} on stays remembered; if a single second holds more, the rest of
 * that second is delivered again (the engine deduplicates by id) rather than lost.
 */
final class HighWaterMark {
    static final Duration OVERLAP = Duration.ofMinutes(10);
    static final int MAX_SEEN = 120;
    private static final Logger LOG = LoggerFactory.getLogger(HighWaterMark.class);

    private final Instant since;
    private final Set<String> seen;

    HighWaterMark(Instant since, Set<String> seen) {
        this.since = since;
        this.seen = Set.copyOf(seen);
    }

    /**
     * The mark stored in {@code cursor}; a first sync ({@code null}) or a cursor this version cannot read
     * starts at {@code firstSince}: re-reading is safe because the engine deduplicates, losing is not.
     */
    static HighWaterMark parse(String cursor, Instant firstSince, ObjectMapper json) {
        if (cursor == null || cursor.isBlank()) {
            return new HighWaterMark(firstSince, Set.of());
        }
        try {
            JsonNode node = json.readTree(cursor);
            Instant since = Instant.parse(node.path("since").asText());
            Set<String> seen = new LinkedHashSet<>();
            node.path("seen").forEach(t -> seen.add(t.asText()));
            return new HighWaterMark(since, seen);
        } catch (java.io.IOException | DateTimeParseException e) {
            LOG.warn("Unreadable Facebook cursor; reading again from {}", firstSince);
            return new HighWaterMark(firstSince, Set.of());
        }
    }

    String encode(ObjectMapper json) {
        ObjectNode node = json.createObjectNode().put("v", 1).put("since", since.toString());
        seen.stream().sorted().forEach(node.putArray("seen")::add);
        return node.toString();
    }

    Instant since() {
        return since;
    }

    /** True for times at or after {@code since}: the items a pass reads. */
    boolean inWindow(Instant createdAt) {
        return !createdAt.isBefore(since);
    }

    boolean seen(String id) {
        return seen.contains(tag(id));
    }

    /** The mark after a pass that read {@code read} (id → created time, all inside the window). */
    HighWaterMark advance(Map<String, Instant> read) {
        if (read.isEmpty()) {
            return this;
        }
        Instant newest = read.values().stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant from = newest.minus(OVERLAP).isAfter(since) ? newest.minus(OVERLAP) : since;
        List<Map.Entry<String, Instant>> kept = new ArrayList<>(read.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(from))
                .sorted(Map.Entry.<String, Instant>comparingByValue().reversed()).toList());
        if (kept.size() <= MAX_SEEN) {
            return new HighWaterMark(from, tags(kept));
        }
        // Too many to remember: keep whole seconds, newest first, as long as they fit.
        int fit = 0;
        while (fit < kept.size()) {
            Instant second = kept.get(fit).getValue();
            int end = fit;
            while (end < kept.size() && kept.get(end).getValue().equals(second)) {
                end++;
            }
            if (end > MAX_SEEN) {
                break;
            }
            fit = end;
        }
        if (fit == 0) {
            return new HighWaterMark(newest, tags(kept.subList(0, MAX_SEEN)));
        }
        return new HighWaterMark(kept.get(fit - 1).getValue(), tags(kept.subList(0, fit)));
    }

    private static Set<String> tags(List<Map.Entry<String, Instant>> entries) {
        Set<String> tags = new LinkedHashSet<>();
        entries.forEach(e -> tags.add(tag(e.getKey())));
        return tags;
    }

    /** A short, stable stand-in for a Graph id (the first 66 bits of its SHA-256, base64url). */
    static String tag(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 11);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
