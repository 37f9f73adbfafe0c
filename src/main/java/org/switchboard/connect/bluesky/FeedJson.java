package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The parts of Bluesky's feed and notification JSON we read (lexicons {@code app.bsky.notification.*},
 * {@code app.bsky.feed.*}, {@code app.bsky.richtext.facet}). Unknown fields are ignored; unions keyed
 * by {@code $type} fall back to an "other" member, because the lexicons keep adding members
 * ({@code app.bsky.embed.gallery}, new facet features).
 */
final class FeedJson {
    private FeedJson() {}

    /** {@code listNotifications}: newest first, {@code cursor} leads to older ones. */
    record NotificationList(List<Notification> notifications, String cursor) {
        NotificationList {
            notifications = notifications == null ? List.of() : notifications;
        }
    }

    /** {@code record} stays raw: its type is not fixed, and one hostile record must not spoil the page. */
    record Notification(String uri, String cid, Profile author, String reason, JsonNode record, String indexedAt) {}

    record Profile(String did, String handle, String displayName) {}

    /** An {@code app.bsky.feed.post} record; {@code embed} stays raw (only its type is looked at). */
    record PostRecord(@JsonProperty("$type") String type, String text, String createdAt, List<Facet> facets,
                      ReplyRef reply, JsonNode embed) {}

    record ReplyRef(StrongRef root, StrongRef parent) {}

    record StrongRef(String uri, String cid) {}

    /** A rich-text annotation over UTF-8 byte offsets {@code [byteStart, byteEnd)}. */
    record Facet(Index index, List<Feature> features) {}

    record Index(Long byteStart, Long byteEnd) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "$type", defaultImpl = OtherFeature.class)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Link.class, name = "app.bsky.richtext.facet#link"),
            @JsonSubTypes.Type(value = Mention.class, name = "app.bsky.richtext.facet#mention"),
            @JsonSubTypes.Type(value = Tag.class, name = "app.bsky.richtext.facet#tag")})
    sealed interface Feature permits Link, Mention, Tag, OtherFeature {}

    record Link(String uri) implements Feature {}

    record Mention(String did) implements Feature {}

    record Tag(String tag) implements Feature {}

    /** A feature from a newer lexicon: the text it covers is kept as written. */
    record OtherFeature() implements Feature {}

    /** {@code getPosts}: post views, whose {@code embed} carries CDN URLs (records only carry blob refs). */
    record PostList(List<PostView> posts) {
        PostList {
            posts = posts == null ? List.of() : posts;
        }
    }

    record PostView(String uri, JsonNode embed) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "$type", defaultImpl = OtherView.class)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ImagesView.class, name = "app.bsky.embed.images#view"),
            @JsonSubTypes.Type(value = VideoView.class, name = "app.bsky.embed.video#view"),
            @JsonSubTypes.Type(value = RecordWithMediaView.class, name = "app.bsky.embed.recordWithMedia#view")})
    sealed interface EmbedView permits ImagesView, VideoView, RecordWithMediaView, OtherView {}

    record ImagesView(List<ImageView> images) implements EmbedView {}

    record ImageView(String thumb, String fullsize, String alt) {}

    record VideoView(String playlist, String thumbnail, String alt) implements EmbedView {}

    /** A quote with media: the quoted record is not ours to list, the media is. */
    record RecordWithMediaView(EmbedView media) implements EmbedView {}

    /** External link cards, quoted records, galleries and whatever comes next: no attachment. */
    record OtherView() implements EmbedView {}
}
