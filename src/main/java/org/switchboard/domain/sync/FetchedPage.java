package org.switchboard.domain.sync;

import java.util.List;

/**
 * One page from a connector. {@code nextCursor} is the position right after exactly these items: the
 * sync engine stores it in the same transaction as the items, so the cursor never passes an item
 * that was not stored. {@code hasMore} asks for another page now.
 */
public record FetchedPage(List<InboundItem> items, String nextCursor, boolean hasMore) {
    public FetchedPage {
        items = List.copyOf(items);
    }
}
