package org.switchboard.connect.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.connect.facebook.GraphClient.Family;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * A Facebook page through the Graph API: the "feed" stream (posts, comments and replies on the page)
 * and the "messenger" stream (conversations), public and Messenger replies, and the credential check.
 * Settings: {@code pageId} (required), {@code graphUrl}, {@code graphVersion}, {@code lookbackDays},
 * {@code activePostDays} (see {@link GraphSettings}); the page access token lives in the secret store
 * under {@link Account#secretKey()}. Every method blocks on the network: background threads only.
 */
public final class FacebookConnector implements Connector {
    public static final String FEED = "feed";
    public static final String MESSENGER = "messenger";

    private final GraphSettings settings;
    private final GraphClient client;
    private final FeedReader feed;
    private final MessengerReader messenger;
    private final FacebookReplies replies;

    /** @throws ConnectorException CLIENT_ERROR when the account's settings are unusable, in words */
    public FacebookConnector(Http http, Account account, SecretStore secrets) {
        this.settings = GraphSettings.of(account);
        ObjectMapper json = http.json();
        PageToken token = new PageToken(secrets, account.secretKey(), account.name());
        this.client = new GraphClient(http, settings, account.id(), token);
        FacebookMapper mapper = new FacebookMapper(settings.pageId());
        this.feed = new FeedReader(client, settings, mapper, json);
        this.messenger = new MessengerReader(client, settings, mapper, json);
        this.replies = new FacebookReplies(client, settings, mapper, json);
    }

    @Override
    public Platform platform() {
        return Platform.FACEBOOK;
    }

    @Override
    public List<String> streams() {
        return List.of(FEED, MESSENGER);
    }

    /** One whole pass of the stream after {@code cursor}; {@code hasMore} is always false. */
    @Override
    public FetchedPage fetch(String stream, String cursor) {
        return switch (stream) {
            case FEED -> feed.read(cursor);
            case MESSENGER -> messenger.read(cursor);
            default -> throw new ConnectorException(Kind.CLIENT_ERROR, "A Facebook page has no stream '" + stream
                    + "'; it has " + String.join(" and ", streams()) + ".");
        };
    }

    /**
     * Sends once; a POST is never repeated by the client. Messenger replies outside the 24-hour window
     * are refused here without a request ({@link MessengerWindow}).
     */
    @Override
    public PostedReply reply(ReplyRequest request) {
        return replies.send(request);
    }

    /**
     * Exactly-once support for the outbox: before repeating a send whose answer was lost (network
     * failure, time-out, 5xx on the POST), ask whether the page already answered the same object with
     * the same text in the last two days; if so, record that reply instead of sending again.
     */
    public Optional<PostedReply> findExisting(ReplyRequest request) {
        return replies.findExisting(request);
    }

    /** As {@link #findExisting(ReplyRequest)}, looking only at answers written at or after {@code sentAfter}. */
    @Override
    public Optional<PostedReply> findExisting(ReplyRequest request, Instant sentAfter) {
        return replies.findExisting(request, sentAfter);
    }

    /** Checks the token against the page; returns the page's name. */
    @Override
    public String verify() {
        JsonNode page = client.get(Family.FEED, List.of(settings.pageId()), Map.of("fields", "id,name"));
        String name = page.path("name").asText("");
        if (name.isBlank()) {
            throw new ConnectorException(Kind.MALFORMED, "Facebook answered the page check without the page's name.");
        }
        return name;
    }
}
