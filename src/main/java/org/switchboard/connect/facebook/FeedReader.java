package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.facebook.GraphClient.Family;
import org.switchboard.connect.facebook.GraphDtos.Comment;
import org.switchboard.connect.facebook.GraphDtos.Post;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/**
 * The "feed" stream: posts on the page (the page's own and visitors') and every comment and reply
 * under them. One call to {@link #read} is one pass:
 * <ol>
 *   <li>{@code GET /{page}/feed} newest first, until a page holds only posts that are both older than
 *       the active-post horizon and quiet since the mark ({@code updated_time} moves with every new
 *       comment, so a quiet post needs no further call);</li>
 *   <li>for each post with activity since the mark, {@code GET /{post}/comments?filter=stream&order=
 *       reverse_chronological}: {@code stream} lists replies with their {@code parent} in the same
 *       list; newest first lets the pass stop at the first page that reaches back past the mark.</li>
 * </ol>
 * The pass is all or nothing: a failure half-way stores no cursor and the next pass reads the same
 * window again. Comments on posts older than the horizon are not seen by polling (Meta's answer to
 * that is webhooks, which a desktop cannot receive without a relay).
 */
final class FeedReader {
    static final String POST_FIELDS = "id,message,created_time,updated_time,from{id,name},permalink_url,"
            + "attachments{type,url,title,media,subattachments}";
    static final String COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},permalink_url,attachment";
    private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);

    private final GraphClient client;
    private final GraphSettings settings;
    private final FacebookMapper mapper;
    private final ObjectMapper json;

    FeedReader(GraphClient client, GraphSettings settings, FacebookMapper mapper, ObjectMapper json) {
        this.client = client;
        this.settings = settings;
        this.mapper = mapper;
        this.json = json;
    }

    FetchedPage read(String cursor) {
        Instant now = client.now();
        HighWaterMark mark = HighWaterMark.parse(cursor, now.minus(settings.lookback()), json);
        Instant horizon = earlier(mark.since(), now.minus(settings.activePostAge()));
        SyncPass pass = new SyncPass(mark);
        Map<String, Post> active = new LinkedHashMap<>(); // Graph may list a post on two pages
        JsonNode first = client.get(Family.FEED, List.of(settings.pageId(), "feed"),
                Map.of("fields", POST_FIELDS, "limit", "100"));
        client.walk(Family.FEED, first, items -> {
            boolean goOn = false;
            for (JsonNode node : items) {
                Post post = GraphDtos.read(json, node, Post.class);
                if (post.id() == null || post.id().isBlank()) {
                    LOG.warn("Skipping a Facebook post without an id");
                    continue;
                }
                Instant created = GraphTime.parse(post.createdTime(), "a post");
                Instant updated = post.updatedTime() == null ? created : GraphTime.parse(post.updatedTime(), "a post");
                if (pass.inWindow(updated) || pass.inWindow(created)) {
                    active.putIfAbsent(post.id(), post);
                }
                goOn |= !created.isBefore(horizon) || pass.inWindow(updated);
            }
            return goOn;
        });
        for (Post post : active.values()) {
            InboundItem item = mapper.post(post);
            boolean newComments = readComments(post.id(), pass);
            if (pass.inWindow(item.createdAt())) {
                pass.offer(item);
            } else if (newComments) {
                pass.addContext(item);
            }
        }
        return pass.result(json);
    }

    /** Offers the post's comments inside the window; true when any of them is new. */
    private boolean readComments(String postId, SyncPass pass) {
        boolean[] anyNew = {false};
        JsonNode first = client.get(Family.COMMENTS, List.of(postId, "comments"), Map.of("filter", "stream",
                "order", "reverse_chronological", "fields", COMMENT_FIELDS, "limit", "100"));
        client.walk(Family.COMMENTS, first, items -> {
            boolean reachedMark = false;
            for (JsonNode node : items) {
                Comment comment = GraphDtos.read(json, node, Comment.class);
                if (comment.id() == null || comment.id().isBlank()) {
                    LOG.warn("Skipping a Facebook comment without an id");
                    continue;
                }
                InboundItem item = mapper.comment(comment, postId);
                reachedMark |= !pass.inWindow(item.createdAt());
                anyNew[0] |= pass.offer(item);
            }
            // The whole page is read even after the first old comment: a little misordering costs nothing.
            return !reachedMark;
        });
        return anyNew[0];
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
