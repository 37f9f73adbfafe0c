package org.switchboard.connect.bluesky;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * A Bluesky account: mentions, replies and quotes from the notifications, direct messages from the
 * chat service, replies as posts or messages. Logs in with an app password (in the keychain under
 * {@link Account#secretKey()}); the session lives next to it under {@code <secretKey>/session}.
 *
 * <p>Settings: {@code service} (the PDS or entryway, default {@value #DEFAULT_SERVICE}),
 * {@code identifier} (the handle to log in with, default the account's handle), optional
 * {@code language} (comma-separated language tags written into our posts, e.g. {@code de}) and
 * {@code backfillDays} (how far the first sync reads back; default: everything Bluesky still lists, because an
 * item silently left out is worse than an old one in the queue — ADR 0009).
 *
 * <p>Every method blocks on the network: background threads only. The two streams are independent:
 * an app password without DM access fails "chat" with PERMISSION while "notifications" keeps working.
 */
public final class BlueskyConnector implements Connector {
    public static final String NOTIFICATIONS = "notifications";
    public static final String CHAT = "chat";
    public static final String DEFAULT_SERVICE = "https://bsky.social";
    /** No limit: the first sync reads all Bluesky still lists (ADR 0009); a setting can narrow it. */
    public static final int DEFAULT_BACKFILL_DAYS = 36_500;

    private final BlueskyApi api;
    private final NotificationStream notifications;
    private final ChatStream chat;
    private final ReplySender replies;

    public BlueskyConnector(Http http, Account account, SecretStore secrets) {
        String service = setting(account, "service", DEFAULT_SERVICE);
        String identifier = setting(account, "identifier", account.handle());
        XrpcClient xrpc = new XrpcClient(http, service, "bluesky/" + account.name());
        this.api = new BlueskyApi(xrpc, new SessionKeeper(xrpc, secrets, account.secretKey(), identifier,
                account.name()));
        Duration backfill = Duration.ofDays(backfillDays(account));
        ChatMapper chatMapper = new ChatMapper(http.json());
        this.notifications = new NotificationStream(api, new PostMapper(http.json()), http.clock(), backfill);
        this.chat = new ChatStream(api, chatMapper, http.clock(), backfill);
        this.replies = new ReplySender(api, chatMapper, http.clock(), languages(account));
    }

    @Override
    public Platform platform() {
        return Platform.BLUESKY;
    }

    @Override
    public List<String> streams() {
        return List.of(NOTIFICATIONS, CHAT);
    }

    @Override
    public FetchedPage fetch(String stream, String cursor) {
        return switch (stream) {
            case NOTIFICATIONS -> notifications.fetch(cursor);
            case CHAT -> chat.fetch(cursor);
            default -> throw new ConnectorException(Kind.CLIENT_ERROR, "Bluesky has no stream '" + stream
                    + "'; it has " + NOTIFICATIONS + " and " + CHAT + ".");
        };
    }

    @Override
    public PostedReply reply(ReplyRequest request) {
        return replies.send(request);
    }

    /**
     * Logs in with the stored app password (so a newly entered password is really tested) and returns
     * the handle Bluesky reports; without a password, checks the stored session with getSession.
     */
    @Override
    public String verify() {
        return api.hasPassword() ? api.login().handle() : api.sessionHandle();
    }

    private static String setting(Account account, String key, String fallback) {
        String v = account.settings().get(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static int backfillDays(Account account) {
        try {
            int days = Integer.parseInt(setting(account, "backfillDays", Integer.toString(DEFAULT_BACKFILL_DAYS)));
            return days > 0 ? days : DEFAULT_BACKFILL_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_BACKFILL_DAYS;
        }
    }

    private static List<String> languages(Account account) {
        String v = account.settings().get("language");
        return v == null ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .limit(3).toList(); // the lexicon allows three
    }
}
