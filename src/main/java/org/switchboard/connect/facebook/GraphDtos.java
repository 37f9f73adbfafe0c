package org.switchboard.connect.facebook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * Graph's JSON as records, only the fields Switchboard reads (PLATFORM-APIS.md §3). Ids stay strings
 * exactly as Graph sends them; times stay text until {@link GraphTime} reads them.
 */
final class GraphDtos {
    private GraphDtos() {}

    /** Reads one item of a {@code data} list; a wrong shape is a malformed answer. */
    static <T> T read(ObjectMapper json, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String what = type.getSimpleName().toLowerCase(Locale.ROOT);
            throw new ConnectorException(Kind.MALFORMED, "Facebook sent " + what + " data Switchboard cannot read.",
                    null, 0, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String id, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ref(String id) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Image(String src) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Media(Image image) {}

    /** A StoryAttachment: a comment's single {@code attachment}, or one of a post's {@code attachments}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoryAttachment(String type, String url, String title, Media media, Attachments subattachments) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachments(List<StoryAttachment> data) {}

    /** A post on the page's feed: the page's own or a visitor's. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Post(String id, String message,
                @JsonProperty("created_time") String createdTime,
                @JsonProperty("updated_time") String updatedTime,
                Profile from,
                @JsonProperty("permalink_url") String permalinkUrl,
                Attachments attachments) {}

    /** A comment or, with {@code parent}, a reply inside a comment's sub-thread ({@code filter=stream}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comment(String id, String message,
                   @JsonProperty("created_time") String createdTime,
                   Profile from,
                   Ref parent,
                   @JsonProperty("permalink_url") String permalinkUrl,
                   StoryAttachment attachment) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profiles(List<Profile> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UrlRef(String url) {}

    /** A file on a Messenger message: a photo ({@code image_data}), a video or any other file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageAttachment(@JsonProperty("mime_type") String mimeType, String name,
                             @JsonProperty("file_url") String fileUrl,
                             @JsonProperty("image_data") UrlRef imageData,
                             @JsonProperty("video_data") UrlRef videoData) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageAttachments(List<MessageAttachment> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String id, String message,
                   @JsonProperty("created_time") String createdTime,
                   Profile from, Profiles to, MessageAttachments attachments) {}

    /** A Messenger conversation; {@code messages} stays a tree because it is a page of its own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conversation(String id, @JsonProperty("updated_time") String updatedTime, Profiles participants,
                        JsonNode messages) {}
}
