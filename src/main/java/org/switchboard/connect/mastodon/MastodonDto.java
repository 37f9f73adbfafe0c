package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Mastodon's JSON entities, only the fields Switchboard reads (docs.joinmastodon.org/entities/…).
 * Ids are opaque strings; times stay strings here and are read by the mapper, which can say which item
 * was unreadable. Unknown fields are ignored: Mastodon adds fields with every release.
 */
final class MastodonDto {
    private MastodonDto() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(String id, String acct, @JsonProperty("display_name") String displayName, String url) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaAttachment(String type, String url, @JsonProperty("preview_url") String previewUrl,
                           @JsonProperty("remote_url") String remoteUrl, String description) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Status(String id, String uri, String url, @JsonProperty("created_at") String createdAt,
                  @JsonProperty("edited_at") String editedAt, Account account, String content, String visibility,
                  @JsonProperty("spoiler_text") String spoilerText, @JsonProperty("in_reply_to_id") String inReplyToId,
                  @JsonProperty("media_attachments") List<MediaAttachment> mediaAttachments) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(String id, String type, Status status) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conversation(String id, @JsonProperty("last_status") Status lastStatus) {}

    /** One version of an edited status, from {@code GET /api/v1/statuses/:id/history}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusEdit(String content, @JsonProperty("spoiler_text") String spoilerText,
                      @JsonProperty("created_at") String createdAt) {}

    /** {@code POST /api/v1/apps}: the per-instance app registration. The secret never reaches a log. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CredentialApplication(@JsonProperty("client_id") String clientId,
                                 @JsonProperty("client_secret") String clientSecret) {
        @Override
        public String toString() {
            return "CredentialApplication[clientId=" + clientId + ", clientSecret=…]";
        }
    }

    /** {@code POST /oauth/token}: no expiry, no refresh token; valid until revoked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Token(@JsonProperty("access_token") String accessToken, String scope) {
        @Override
        public String toString() {
            return "Token[accessToken=…, scope=" + scope + "]";
        }
    }
}
