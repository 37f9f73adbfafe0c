package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/** One poll of a stream: what was read inside the mark's window, and which of it is new. */
final class SyncPass {
    private final HighWaterMark mark;
    private final Map<String, Instant> window = new HashMap<>();
    private final Map<String, InboundItem> fresh = new LinkedHashMap<>();

    SyncPass(HighWaterMark mark) {
        this.mark = mark;
    }

    boolean inWindow(Instant createdAt) {
        return mark.inWindow(createdAt);
    }

    /** Takes an item that was read; returns true when it is new and will be delivered. */
    boolean offer(InboundItem item) {
        if (!mark.inWindow(item.createdAt())) {
            return false;
        }
        window.put(item.externalId(), item.createdAt());
        if (mark.seen(item.externalId())) {
            return false;
        }
        return fresh.putIfAbsent(item.externalId(), item) == null;
    }

    /**
     * Delivers an item older than the window because new items refer to it (the post under a new
     * comment), so the engine knows the thread's root even when it predates the first sync. The
     * engine deduplicates it when it already has it.
     */
    void addContext(InboundItem item) {
        fresh.putIfAbsent(item.externalId(), item);
    }

    /** Oldest first, so a thread's root and parents come before their replies; the whole pass is one page. */
    FetchedPage result(ObjectMapper json) {
        var items = fresh.values().stream()
                .sorted(Comparator.comparing(InboundItem::createdAt).thenComparing(InboundItem::externalId))
                .toList();
        return new FetchedPage(items, mark.advance(window).encode(json), false);
    }
}
