package org.switchboard.connect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.mastodon.MastodonDto.Conversation;
import org.switchboard.connect.mastodon.MastodonDto.Notification;
import org.switchboard.connect.mastodon.MastodonDto.Status;
import org.switchboard.domain.Account;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * One Mastodon account: mentions (including direct ones) and direct conversations in, replies out
 * (PLATFORM-APIS.md §1). The server address is the account setting {@code instance}; the access token
 * is read from the keychain for every request, so a reconnect takes effect at once. Cursor rules are in
 * {@link MastodonPaging}. Every method blocks on the network: background threads only.
 */
public final class MastodonConnector implements Connector {
    public static final String MENTIONS = "mentions";
    public static final String CONVERSATIONS = "conversations";
    /** The account setting of the instance's status length (read by service/replies/ReplyRules). */
    public static final String MAX_CHARACTERS = "maxCharacters";
    private static final Logger LOG = LoggerFactory.getLogger(MastodonConnector.class);
    /** Mastodon keeps an Idempotency-Key for about an hour; inside this window a retry needs no read-back. */
    static final java.time.Duration IDEMPOTENCY_WINDOW = java.time.Duration.ofMinutes(50);
    /** How many of the account's own newest statuses a read-back looks at. */
    static final int READ_BACK_COUNT = 40;

    private final Account account;
    private final SecretStore secrets;
    private final Http http;
    private final MastodonClient client;
    private final MastodonMapper mapper = new MastodonMapper();
    private final MastodonPaging<Notification> mentions;
    private final MastodonPaging<Conversation> conversations;
    /** The account's own Mastodon id, read once: its own statuses are marked as the organisation's. */
    private volatile String ownAccountId;

    public MastodonConnector(Http http, Account account, SecretStore secrets) {
        this.account = account;
        this.secrets = secrets;
        this.http = http;
        String setting = account.settings().get("instance");
        HttpUrl instance = MastodonInstance.parse(setting).orElse(null);
        this.client = new MastodonClient(http, account.id(),
                () -> instance != null ? instance : MastodonInstance.require(setting, account.name()), this::token);
        this.mentions = new MastodonPaging<>(MENTIONS, client::mentions, Notification::id);
        // Mastodon pages conversations by their last status; its links carry that id
        this.conversations = new MastodonPaging<>(CONVERSATIONS, client::conversations,
                c -> c.lastStatus() != null ? c.lastStatus().id() : c.id());
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public List<String> streams() {
        return List.of(MENTIONS, CONVERSATIONS);
    }

    @Override
    public FetchedPage fetch(String stream, String cursor) {
        return switch (stream) {
            case MENTIONS -> {
                MastodonPaging.Result<Notification> read = mentions.read(cursor);
                yield new FetchedPage(mentionItems(read.items()), read.nextCursor(), read.hasMore());
            }
            case CONVERSATIONS -> {
                MastodonPaging.Result<Conversation> read = conversations.read(cursor);
                yield new FetchedPage(conversationItems(read.items()), read.nextCursor(), read.hasMore());
            }
            default -> throw new IllegalArgumentException("Mastodon has no stream '" + stream + "'; it has "
                    + String.join(" and ", streams()) + ".");
        };
    }

    @Override
    public PostedReply reply(ReplyRequest request) {
        ReplyComposer.Post post = ReplyComposer.compose(request);
        Status posted = client.postStatus(post.text(), post.inReplyToId(), post.visibility(), request.idempotencyKey());
        if (blank(posted.id())) {
            throw new ConnectorException(Kind.MALFORMED, "Mastodon accepted the reply but named no id for it; "
                    + "check the account before sending it again.");
        }
        return new PostedReply(posted.id(), blank(posted.url()) ? posted.uri() : posted.url(), postedAt(posted));
    }

    /**
     * Within {@link #IDEMPOTENCY_WINDOW} of the first attempt the outbox's retry carries the same
     * {@code Idempotency-Key}, which Mastodon answers with the status it already made: nothing to read. Later
     * (Mastodon forgets keys after about an hour) the account's own newest statuses are read back: one that
     * answers the same status with the same words, written since {@code sentAfter}, is the reply.
     */
    @Override
    public java.util.Optional<PostedReply> findExisting(ReplyRequest request, Instant sentAfter) {
        if (sentAfter != null && sentAfter.isAfter(http.clock().instant().minus(IDEMPOTENCY_WINDOW))) {
            return java.util.Optional.empty();
        }
        ReplyComposer.Post post = ReplyComposer.compose(request);
        String wanted = withoutLeadingMentions(request.text());
        for (Status s : client.ownStatuses(ownAccountId(), READ_BACK_COUNT)) {
            if (blank(s.id()) || !post.inReplyToId().equals(s.inReplyToId())) {
                continue;
            }
            Instant at = postedAt(s);
            if (sentAfter != null && at.isBefore(sentAfter)) {
                continue;
            }
            if (wanted.equals(withoutLeadingMentions(MastodonText.toPlainText(s.content(), s.spoilerText())))) {
                return java.util.Optional.of(new PostedReply(s.id(), blank(s.url()) ? s.uri() : s.url(), at));
            }
        }
        return java.util.Optional.empty();
    }

    /** The words of a reply without the mentions Mastodon shows at its start (written as @name or @name@host). */
    static String withoutLeadingMentions(String text) {
        return text.strip().replaceFirst("^(?:@[\\w.-]+(?:@[\\w.-]+)?\\s+)+", "").replaceAll("\\s+", " ").strip();
    }

    @Override
    public String verify() {
        return readOwnAccount().acct();
    }

    /**
     * The instance's status length, {@code configuration.statuses.max_characters} of {@code /api/v2/instance}
     * (PLATFORM-APIS.md §1), as the account setting {@code maxCharacters} the reply counter reads. A server
     * that does not say (older than 4.0, or refusing) leaves Mastodon's default of 500 in force.
     */
    @Override
    public Map<String, String> replySettings() {
        try {
            JsonNode max = client.instanceDescription().path("configuration").path("statuses").path("max_characters");
            return max.canConvertToInt() && max.asInt() > 0 ? Map.of(MAX_CHARACTERS, String.valueOf(max.asInt()))
                    : Map.of();
        } catch (ConnectorException e) {
            if (e.kind() == Kind.AUTH_EXPIRED) {
                throw e;
            }
            return Map.of();
        }
    }

    private List<InboundItem> mentionItems(List<Notification> notifications) {
        String own = ownAccountId();
        List<InboundItem> items = new ArrayList<>();
        for (Notification n : notifications) {
            // a server that ignores types[] sends follows and favourites too: they are not messages
            if (n.type() != null && !n.type().equals("mention")) {
                continue;
            }
            items.add(mapper.mention(n, own, history(n.status())));
        }
        return items;
    }

    private List<InboundItem> conversationItems(List<Conversation> page) {
        String own = ownAccountId();
        List<InboundItem> items = new ArrayList<>();
        for (Conversation c : page) {
            // a conversation whose statuses were all deleted has nothing left to read
            if (c.lastStatus() != null) {
                items.add(mapper.conversation(c, own, history(c.lastStatus())));
            }
        }
        return items;
    }

    /**
     * What an edited status said before: one more request, only for edited statuses (rare). A history
     * Mastodon refuses or garbles leaves the history empty rather than blocking the stream forever;
     * failures that pass (rate limit, network, server) or need a person (token) are passed on.
     */
    private List<MessageEdit> history(Status s) {
        if (s == null || blank(s.id()) || blank(s.editedAt())) {
            return List.of();
        }
        try {
            return mapper.earlierVersions(client.history(s.id()), s.id());
        } catch (ConnectorException e) {
            if (e.transientFailure() || e.kind() == Kind.AUTH_EXPIRED) {
                throw e;
            }
            LOG.warn("Edit history of Mastodon status {} not read, keeping the current text only: {}", s.id(),
                    e.getMessage());
            return List.of();
        }
    }

    private String ownAccountId() {
        String id = ownAccountId;
        return id != null ? id : readOwnAccount().id();
    }

    private MastodonDto.Account readOwnAccount() {
        MastodonDto.Account me = client.verifyCredentials();
        if (blank(me.id()) || blank(me.acct())) {
            throw new ConnectorException(Kind.MALFORMED, "Mastodon's answer about the account's own profile "
                    + "names no id or handle.");
        }
        ownAccountId = me.id();
        return me;
    }

    private String token() {
        try {
            return secrets.get(account.secretKey()).filter(t -> !t.isBlank()).map(String::strip)
                    .orElseThrow(() -> new ConnectorException(Kind.AUTH_EXPIRED, "No Mastodon access token is "
                            + "stored for the account '" + account.name() + "'. Reconnect the account."));
        } catch (ConnectorException | org.switchboard.domain.SecretsUnavailableException e) {
            throw e; // a locked vault is not an expired token: the sync says "locked", not "reconnect"
        } catch (RuntimeException e) {
            throw new ConnectorException(Kind.AUTH_EXPIRED, "The Mastodon access token of the account '"
                    + account.name() + "' could not be read from the keychain (" + e.getClass().getSimpleName()
                    + "). Reconnect the account.", null, 0, e);
        }
    }

    private Instant postedAt(Status posted) {
        try {
            return blank(posted.createdAt()) ? http.clock().instant() : Instant.parse(posted.createdAt().strip());
        } catch (DateTimeParseException e) {
            return http.clock().instant(); // the reply exists; its exact time is not worth failing for
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
