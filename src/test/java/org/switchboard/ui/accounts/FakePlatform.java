package org.switchboard.ui.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * A platform in the test: each account's connector answers as told. By default it accepts every token,
 * syncs an empty stream and posts every reply; failures are set per account name.
 */
public final class FakePlatform {
    /** Thrown by {@link Connector#verify()} for that account (a refused token). */
    public final Map<String, ConnectorException> verifyFailures = new ConcurrentHashMap<>();
    /** Thrown by {@link Connector#fetch} for that account (what the sync then records). */
    public final Map<String, ConnectorException> fetchFailures = new ConcurrentHashMap<>();
    /** Thrown when posting a reply, for every account; {@code null} to post. */
    public volatile ConnectorException replyFailure;
    /** What every connector reports as {@link Connector#replySettings()} (e.g. Mastodon's maxCharacters). */
    public volatile Map<String, String> replySettings = Map.of();
    /** The replies posted, in order. */
    public final List<ReplyRequest> sent = new CopyOnWriteArrayList<>();

    /** The connector of {@code account}. */
    public Connector connector(Account account) {
        return new Connector() {
            @Override
            public Platform platform() {
                return account.platform();
            }

            @Override
            public List<String> streams() {
                return List.of("mentions");
            }

            @Override
            public FetchedPage fetch(String stream, String cursor) {
                ConnectorException e = fetchFailures.get(account.name());
                if (e != null) {
                    throw e;
                }
                return new FetchedPage(List.of(), null, false);
            }

            @Override
            public PostedReply reply(ReplyRequest request) {
                if (replyFailure != null) {
                    throw replyFailure;
                }
                sent.add(request);
                String id = "posted-" + sent.size();
                return new PostedReply(id, "https://social.example/@city/" + id, Instant.parse("2026-03-14T09:31:00Z"));
            }

            @Override
            public Map<String, String> replySettings() {
                return replySettings;
            }

            @Override
            public String verify() {
                ConnectorException e = verifyFailures.get(account.name());
                if (e != null) {
                    throw e;
                }
                return "@" + account.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@social.example";
            }
        };
    }
}
