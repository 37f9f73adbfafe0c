package org.switchboard.connect.bluesky;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.bluesky.FeedJson.Notification;
import org.switchboard.connect.bluesky.FeedJson.NotificationList;
import org.switchboard.connect.bluesky.FeedJson.PostRecord;
import org.switchboard.connect.bluesky.FeedJson.PostView;
import org.switchboard.connect.bluesky.NotificationCursor.Mark;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/**
 * The "notifications" stream: mentions, replies and quotes, one page of {@code listNotifications} per
 * fetch. A poll walks from the newest notification back to the stored mark (see
 * {@link NotificationCursor}); pages in the middle of a walk return {@code hasMore}, the last one the
 * new mark. Nothing is delivered twice except notifications indexed in the very same millisecond as
 * the mark, which the sync engine deduplicates by external id.
 */
final class NotificationStream {
    static final int PAGE_SIZE = 50;
    static final int POSTS_PER_CALL = 25;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationStream.class);

    private final BlueskyApi api;
    private final PostMapper mapper;
    private final Clock clock;
    private final Duration backfill;

    NotificationStream(BlueskyApi api, PostMapper mapper, Clock clock, Duration backfill) {
        this.api = api;
        this.mapper = mapper;
        this.clock = clock;
        this.backfill = backfill;
    }

    FetchedPage fetch(String stored) {
        NotificationCursor at = NotificationCursor.parse(stored);
        Instant now = clock.instant();
        // the first sync reads back a limited time only, not the account's whole history
        Instant horizon = at.mark() == null ? now.minus(backfill) : null;
        NotificationList page;
        try {
            page = api.listNotifications(at.pageCursor(), PAGE_SIZE);
        } catch (ConnectorException e) {
            if (!at.walking() || e.kind() != ConnectorException.Kind.CLIENT_ERROR) {
                throw e;
            }
            return restart(at, e);
        }
        Mark top = at.top();
        List<Notification> fresh = new ArrayList<>();
        boolean reachedKnown = false;
        for (Notification n : page.notifications()) {
            Mark m = mark(n);
            if (m != null) {
                if (top == null && !at.walking()) {
                    top = m; // the newest notification there is: the next mark
                }
                if (known(m, at.mark()) || horizon != null && m.indexedAt().isBefore(horizon)) {
                    reachedKnown = true;
                    break;
                }
            }
            if (n != null) {
                fresh.add(n);
            }
        }
        List<InboundItem> items = items(fresh, now);
        if (!reachedKnown && page.cursor() != null && !page.notifications().isEmpty()) {
            return new FetchedPage(items, new NotificationCursor(at.mark(), top, page.cursor()).encode(), true);
        }
        return new FetchedPage(items, NotificationCursor.atRest(newer(top, at.mark())).encode(), false);
    }

    /**
     * Bluesky no longer takes the page cursor of an interrupted walk: walk again from the newest back to
     * the same mark. Some items come twice (the engine deduplicates), none is lost.
     */
    private FetchedPage restart(NotificationCursor at, ConnectorException refusal) {
        LOG.info("Bluesky refused a stored page cursor ({}); reading the notifications from the newest again",
                refusal.getMessage());
        return fetch(NotificationCursor.atRest(at.mark()).encode());
    }

    /** Delivered already: the mark itself, or anything Bluesky indexed before it. */
    private static boolean known(Mark m, Mark mark) {
        return mark != null && (m.uri().equals(mark.uri()) || m.indexedAt().isBefore(mark.indexedAt()));
    }

    /** The later of the two; the stored mark stays when the walk's top is older (the top post was deleted). */
    private static Mark newer(Mark top, Mark mark) {
        if (top == null || mark == null) {
            return top == null ? mark : top;
        }
        return top.indexedAt().isBefore(mark.indexedAt()) ? mark : top;
    }

    private static Mark mark(Notification n) {
        if (n == null || n.uri() == null || !n.uri().startsWith("at://")) {
            return null;
        }
        Instant indexed = Timestamps.parse(n.indexedAt());
        return indexed == null ? null : new Mark(indexed, n.uri());
    }

    private List<InboundItem> items(List<Notification> fresh, Instant now) {
        Map<Notification, PostRecord> posts = new LinkedHashMap<>();
        for (Notification n : fresh) {
            if (!BlueskyApi.REASONS.contains(n.reason()) || n.author() == null || PostMapper.blank(n.author().did())
                    || PostMapper.blank(n.uri())) {
                continue; // another reason (the server ignored our filter) or no one to answer
            }
            mapper.post(n.record()).ifPresent(p -> posts.put(n, p));
        }
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<String, List<Attachment>> media = media(posts.entrySet().stream()
                .filter(e -> PostMapper.hasMedia(e.getValue())).map(e -> e.getKey().uri()).distinct().toList());
        String ownDid = api.session().did();
        List<InboundItem> items = new ArrayList<>();
        posts.forEach((n, post) ->
                items.add(mapper.item(n, post, ownDid, media.getOrDefault(n.uri(), List.of()), now)));
        return items;
    }

    /**
     * Image and video URLs by post URI. Records only carry blob references; the post views of
     * {@code getPosts} carry the CDN URLs. A refusal that retrying cannot cure (a post we may not see)
     * costs the pictures, not the messages; anything transient fails the fetch, so the page comes again.
     */
    private Map<String, List<Attachment>> media(List<String> uris) {
        Map<String, List<Attachment>> media = new HashMap<>();
        for (int i = 0; i < uris.size(); i += POSTS_PER_CALL) {
            List<String> batch = uris.subList(i, Math.min(uris.size(), i + POSTS_PER_CALL));
            try {
                for (PostView view : api.getPosts(batch).posts()) {
                    if (view != null && view.uri() != null) {
                        media.put(view.uri(), mapper.attachments(view.embed()));
                    }
                }
            } catch (ConnectorException e) {
                if (e.transientFailure() || e.kind() == ConnectorException.Kind.AUTH_EXPIRED) {
                    throw e;
                }
                LOG.warn("Bluesky post views for pictures unavailable: {}", e.getMessage());
            }
        }
        return media;
    }
}
