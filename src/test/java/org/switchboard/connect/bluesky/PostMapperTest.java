package org.switchboard.connect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.Attachment;

class PostMapperTest {
    private final PostMapper mapper = new PostMapper(Http.mapper());

    @Test
    void aQuoteWithPicturesListsThePicturesButNotTheQuotedPost() {
        var embed = BlueskyTestKit.json("""
                {"$type": "app.bsky.embed.recordWithMedia#view",
                 "record": {"$type": "app.bsky.embed.record#view", "record": {"uri": "at://did:plc:a/app.bsky.feed.post/1"}},
                 "media": {"$type": "app.bsky.embed.images#view", "images": [
                    {"thumb": "https://cdn.bsky.app/t.jpg", "fullsize": "https://cdn.bsky.app/f.jpg", "alt": ""},
                    {"thumb": "https://cdn.bsky.app/t2.jpg", "alt": "Schild „Baustelle“"},
                    {"fullsize": "javascript:alert(1)", "alt": "hostile"}]}}
                """);

        assertThat(mapper.attachments(embed)).containsExactly(
                new Attachment("image", "https://cdn.bsky.app/f.jpg", null),
                new Attachment("image", "https://cdn.bsky.app/t2.jpg", "Schild „Baustelle“"));
    }

    @Test
    void videosAreRecordedByTheirPlaylistAndUnknownViewsAreIgnored() {
        assertThat(mapper.attachments(BlueskyTestKit.json("""
                {"$type": "app.bsky.embed.video#view", "cid": "bafy", "playlist": "https://video.bsky.app/p.m3u8", "alt": "Pfütze"}
                """))).containsExactly(new Attachment("video", "https://video.bsky.app/p.m3u8", "Pfütze"));
        assertThat(mapper.attachments(BlueskyTestKit.json("""
                {"$type": "app.bsky.embed.gallery#view", "items": [{"fullsize": "https://cdn.bsky.app/g.jpg"}]}
                """))).isEmpty();
        assertThat(mapper.attachments(BlueskyTestKit.json("{\"images\": 42}"))).isEmpty();
        assertThat(mapper.attachments(null)).isEmpty();
    }

    @Test
    void onlyRecordsWithImagesOrVideoAskForPostViews() {
        assertThat(PostMapper.hasMedia(mapper.post(BlueskyTestKit.json("""
                {"$type": "app.bsky.feed.post", "text": "x", "embed": {"$type": "app.bsky.embed.recordWithMedia",
                 "media": {"$type": "app.bsky.embed.images", "images": []}}}""")).orElseThrow())).isTrue();
        assertThat(PostMapper.hasMedia(mapper.post(BlueskyTestKit.json("""
                {"$type": "app.bsky.feed.post", "text": "x", "embed": {"$type": "app.bsky.embed.external"}}""")).orElseThrow()))
                .isFalse();
        assertThat(mapper.post(BlueskyTestKit.json("{\"$type\": \"app.bsky.feed.like\"}"))).isEmpty();
    }

    @Test
    void aHandleBlueskyCouldNotVerifyGivesWayToTheDid() {
        var author = PostMapper.author("did:plc:abc", "handle.invalid", "Anna");
        assertThat(author.handle()).isEqualTo("did:plc:abc");
        assertThat(author.profileUrl()).isEqualTo("https://bsky.app/profile/did:plc:abc");
    }
}
