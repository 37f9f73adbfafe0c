package org.switchboard.domain.sync;

import java.util.List;
import org.switchboard.domain.Platform;

/**
 * One connected account's access to its platform. Implementations live in {@code connect/<platform>};
 * every method may block on the network and throws {@link ConnectorException} on failure. Background
 * threads only.
 */
public interface Connector {
    Platform platform();

    /** The inbound streams this account reads, e.g. {@code mentions} and {@code conversations}. */
    List<String> streams();

    /**
     * The next page of {@code stream} after {@code cursor} ({@code null}: first sync). Items come in
     * any order; the engine deduplicates by external id.
     */
    FetchedPage fetch(String stream, String cursor);

    /** Posts a reply and returns the platform's id for it. */
    PostedReply reply(ReplyRequest request);

    /**
     * Looks for a reply we already posted for {@code request} since {@code sentAfter} (our own recent posts
     * with the same text), so a send whose answer was lost is not repeated. Platforms with an idempotency
     * key need no read-back and find nothing here.
     */
    default java.util.Optional<PostedReply> findExisting(ReplyRequest request, java.time.Instant sentAfter) {
        return java.util.Optional.empty();
    }

    /** Checks the credentials; returns the account's own handle as the platform reports it. */
    String verify();

    /**
     * What the platform says about this account that replies depend on, as account settings (Mastodon: the
     * instance's {@code maxCharacters}); read when an account is connected or tested. Empty when there is
     * nothing to learn or the platform does not say.
     */
    default java.util.Map<String, String> replySettings() {
        return java.util.Map.of();
    }
}
