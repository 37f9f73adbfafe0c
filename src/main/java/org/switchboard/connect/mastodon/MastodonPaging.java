package org.switchboard.connect.mastodon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.switchboard.connect.mastodon.MastodonClient.Page;
import org.switchboard.connect.mastodon.MastodonClient.Position;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The cursor rules both Mastodon streams share (PLATFORM-APIS.md §1 "Pagination").
 *
 * <p>The cursor is Mastodon's own paging position: the {@code min_id} of the {@code rel="prev"} link of
 * the newest page read (for notifications the newest notification id, for conversations an internal
 * id the server chose). It is treated as opaque and never compared or computed with.
 *
 * <ul>
 *   <li>First sync (no cursor): the newest page, then older pages along {@code rel="next"} up to
 *       {@link #BACKFILL_PAGES} pages in all, returned together; the cursor becomes the newest
 *       position. Older history is deliberately not fetched.</li>
 *   <li>Later syncs: {@code min_id=<cursor>}, which Mastodon answers with the items immediately newer
 *       than the cursor. The new cursor is the newest of them, so it never passes an item that was not
 *       returned. A full page (a {@code rel="next"} link, or as many items as asked for) means more may
 *       wait: {@code hasMore}. An empty page keeps the cursor.</li>
 * </ul>
 * A stored position Mastodon refuses (400, 404, 422) is MALFORMED: retrying will not help.
 */
final class MastodonPaging<T> {
    /** Pages read on a first sync: enough for the last days of a busy account, not its whole past. */
    static final int BACKFILL_PAGES = 2;
    private static final Set<Integer> REFUSED_POSITION = Set.of(400, 404, 422);

    /** Loads one page from a position. */
    interface Loader<T> {
        Page<T> load(Position from);
    }

    /** The items read (newest first within each page) and where the stream stands after them. */
    record Result<T>(List<T> items, String nextCursor, boolean hasMore) {}

    private final String stream;
    private final Loader<T> loader;
    private final Function<T, String> positionOf;

    /**
     * @param positionOf the position of an item, used only when a page comes without a {@code Link}
     *                   header (a proxy may drop it); Mastodon uses the same value in its links
     */
    MastodonPaging(String stream, Loader<T> loader, Function<T, String> positionOf) {
        this.stream = stream;
        this.loader = loader;
        this.positionOf = positionOf;
    }

    Result<T> read(String cursor) {
        return cursor == null || cursor.isBlank() ? firstSync() : after(cursor.strip());
    }

    private Result<T> firstSync() {
        Page<T> page = loader.load(Position.NEWEST);
        String newest = newest(page);
        List<T> items = new ArrayList<>(page.items());
        for (int pages = 1; pages < BACKFILL_PAGES && !page.items().isEmpty(); pages++) {
            Optional<String> older = page.links().parameter("next", "max_id", page.url());
            if (older.isEmpty()) {
                break;
            }
            page = loader.load(Position.before(older.get()));
            items.addAll(page.items());
        }
        return new Result<>(items, newest, false);
    }

    private Result<T> after(String cursor) {
        Page<T> page = loadAfter(cursor);
        if (page.items().isEmpty()) {
            return new Result<>(List.of(), cursor, false);
        }
        String newest = newest(page);
        boolean full = page.links().has("next") || page.items().size() >= MastodonClient.PAGE_LIMIT;
        // a server that ignored min_id would answer the same page again: stop instead of looping
        return new Result<>(page.items(), newest, full && !newest.equals(cursor));
    }

    private Page<T> loadAfter(String cursor) {
        try {
            return loader.load(Position.after(cursor));
        } catch (ConnectorException e) {
            if (e.kind() == Kind.CLIENT_ERROR && REFUSED_POSITION.contains(e.httpStatus())) {
                throw new ConnectorException(Kind.MALFORMED, "The stored sync position '" + cursor + "' of the "
                        + stream + " stream is invalid: " + e.getMessage() + " Reset the stream's position to "
                        + "start again from the newest items.", null, e.httpStatus(), e);
            }
            throw e;
        }
    }

    /** Mastodon's position of a page's newest item: its {@code prev} link, else its first item. */
    private String newest(Page<T> page) {
        if (page.items().isEmpty()) {
            return null;
        }
        return page.links().parameter("prev", "min_id", page.url())
                .orElseGet(() -> positionOf.apply(page.items().getFirst()));
    }
}
