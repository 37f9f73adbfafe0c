package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.bluesky.FeedJson.EmbedView;
import org.switchboard.connect.bluesky.FeedJson.Facet;
import org.switchboard.connect.bluesky.FeedJson.ImageView;
import org.switchboard.connect.bluesky.FeedJson.ImagesView;
import org.switchboard.connect.bluesky.FeedJson.Notification;
import org.switchboard.connect.bluesky.FeedJson.PostRecord;
import org.switchboard.connect.bluesky.FeedJson.RecordWithMediaView;
import org.switchboard.connect.bluesky.FeedJson.ReplyRef;
import org.switchboard.connect.bluesky.FeedJson.StrongRef;
import org.switchboard.connect.bluesky.FeedJson.VideoView;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.InboundItem;

/**
 * Turns Bluesky notifications (mention, reply, quote) into our inbound items. Reading is lenient per
 * item: a post whose facets or embed we cannot read still arrives with its words.
 */
final class PostMapper {
    static final String POST = "app.bsky.feed.post";
    static final String APP = "https://bsky.app";
    private static final Logger LOG = LoggerFactory.getLogger(PostMapper.class);
    private static final Set<String> MEDIA_EMBEDS = Set.of("app.bsky.embed.images", "app.bsky.embed.video");
    private static final String RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia";
    private static final TypeReference<List<Facet>> FACETS = new TypeReference<>() {};

    private final ObjectMapper json;

    PostMapper(ObjectMapper json) {
        this.json = json;
    }

    /** The notification's record as a post; empty when it is something else (a like, a follow ...). */
    Optional<PostRecord> post(JsonNode record) {
        if (record == null || !record.isObject()) {
            return Optional.empty();
        }
        String type = record.path("$type").asText("");
        if (!type.isEmpty() && !type.equals(POST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.treeToValue(record, PostRecord.class));
        } catch (Exception e) {
            LOG.debug("Reading a Bluesky post part by part: {}", e.getClass().getSimpleName());
            return Optional.of(new PostRecord(POST, record.path("text").asText(""),
                    record.path("createdAt").asText(null), lenient(record.get("facets"), FACETS),
                    lenient(record.get("reply"), new TypeReference<ReplyRef>() {}), record.get("embed")));
        }
    }

    /** True when the record carries images or video: only their views (getPosts) hold the URLs. */
    static boolean hasMedia(PostRecord post) {
        JsonNode embed = post.embed();
        if (embed == null) {
            return false;
        }
        String type = embed.path("$type").asText("");
        return MEDIA_EMBEDS.contains(type) || type.equals(RECORD_WITH_MEDIA)
                && MEDIA_EMBEDS.contains(embed.path("media").path("$type").asText(""));
    }

    /**
     * The inbound item of a notification. {@code createdAt} is the author's declared time; it is
     * client-supplied, so a time after Bluesky indexed the post (impossible, or hostile: it would pin
     * the item on top of the queue) is replaced by the indexing time.
     */
    InboundItem item(Notification n, PostRecord post, String ownDid, List<Attachment> attachments, Instant now) {
        MessageKind kind = switch (n.reason()) {
            case "reply" -> MessageKind.REPLY;
            case "quote" -> MessageKind.POST; // a post of its own that quotes ours: not an answer in our thread
            default -> MessageKind.MENTION;
        };
        String authorDid = n.author().did();
        Author author = author(authorDid, n.author().handle(), n.author().displayName());
        ReplyRef reply = post.reply();
        StrongRef parent = reply == null ? null : reply.parent();
        StrongRef root = reply == null || reply.root() == null || blank(reply.root().uri())
                ? new StrongRef(n.uri(), n.cid()) : reply.root();
        Map<String, String> context = new HashMap<>();
        putIfPresent(context, "uri", n.uri());
        putIfPresent(context, "cid", n.cid());
        putIfPresent(context, "rootUri", root.uri());
        putIfPresent(context, "rootCid", root.cid());
        return new InboundItem(n.uri(), kind, authorDid != null && authorDid.equals(ownDid), author,
                RichText.plainText(post.text(), post.facets()), null,
                declared(post.createdAt(), n.indexedAt(), now), null, List.of(),
                postUrl(author.handle(), n.uri()), parent == null ? null : parent.uri(), root.uri(),
                attachments, context);
    }

    /** Images (full size) and videos (playlist) of a post view; quoted records and link cards are not. */
    List<Attachment> attachments(JsonNode embed) {
        List<Attachment> out = new ArrayList<>();
        collect(lenient(embed, new TypeReference<EmbedView>() {}), out);
        return out;
    }

    private static void collect(EmbedView view, List<Attachment> out) {
        switch (view) {
            case ImagesView images when images.images() != null -> {
                for (ImageView image : images.images()) {
                    if (image != null) {
                        attach(out, "image", image.fullsize() != null ? image.fullsize() : image.thumb(), image.alt());
                    }
                }
            }
            case VideoView video -> attach(out, "video", video.playlist(), video.alt());
            case RecordWithMediaView both when both.media() != null -> collect(both.media(), out);
            case null, default -> { }
        }
    }

    private static void attach(List<Attachment> out, String type, String url, String alt) {
        if (url != null && url.length() <= 4000 && (url.startsWith("https://") || url.startsWith("http://"))) {
            out.add(new Attachment(type, url, alt));
        }
    }

    /** Who wrote it; a handle Bluesky could not verify ({@code handle.invalid}) gives way to the DID. */
    static Author author(String did, String handle, String displayName) {
        String shown = handle == null || handle.isBlank() || handle.equals("handle.invalid") ? did : handle;
        return new Author(shown, displayName, shown == null ? null : APP + "/profile/" + shown);
    }

    /** {@code at://<did>/app.bsky.feed.post/<rkey>} → {@code https://bsky.app/profile/<handle>/post/<rkey>}. */
    static String postUrl(String profile, String atUri) {
        if (atUri == null || !atUri.startsWith("at://")) {
            return null;
        }
        String[] parts = atUri.substring(5).split("/");
        return parts.length == 3 && parts[1].equals(POST) ? APP + "/profile/" + profile + "/post/" + parts[2] : null;
    }

    static Instant declared(String createdAt, String indexedAt, Instant now) {
        Instant declared = Timestamps.parse(createdAt);
        Instant indexed = Timestamps.parse(indexedAt);
        if (declared == null) {
            return indexed != null ? indexed : now;
        }
        return indexed != null && declared.isAfter(indexed) ? indexed : declared;
    }

    private <T> T lenient(JsonNode node, TypeReference<T> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return json.readerFor(type).readValue(node);
        } catch (Exception e) {
            return null;
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (!blank(value)) {
            map.put(key, value);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
