package org.switchboard.connect;

import java.util.EnumMap;
import java.util.Map;
import org.switchboard.connect.bluesky.BlueskyConnector;
import org.switchboard.connect.facebook.FacebookConnector;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.mastodon.MastodonConnector;
import org.switchboard.domain.Account;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorFactory;

/** Builds each platform's connector over the one shared HTTP client and the secret store. */
public final class PlatformConnectors implements ConnectorFactory {
    /** A platform's connector constructor. */
    @FunctionalInterface
    public interface Maker {
        Connector make(Http http, Account account, SecretStore secrets);
    }

    private final Http http;
    private final SecretStore secrets;
    private final Map<Platform, Maker> makers = new EnumMap<>(Platform.class);

    public PlatformConnectors(Http http, SecretStore secrets) {
        this.http = http;
        this.secrets = secrets;
        registerBuiltIns();
    }

    private void registerBuiltIns() {
        register(Platform.MASTODON, MastodonConnector::new);
        register(Platform.BLUESKY, BlueskyConnector::new);
        register(Platform.FACEBOOK, FacebookConnector::new);
    }

    public PlatformConnectors register(Platform platform, Maker maker) {
        makers.put(platform, maker);
        return this;
    }

    public boolean supports(Platform platform) {
        return makers.containsKey(platform);
    }

    @Override
    public Connector create(Account account) {
        if (account.demo()) {
            throw new ConnectorException(ConnectorException.Kind.CLIENT_ERROR,
                    "'" + account.name() + "' is a demo account; demo accounts never connect to a network.");
        }
        Maker maker = makers.get(account.platform());
        if (maker == null) {
            throw new ConnectorException(ConnectorException.Kind.CLIENT_ERROR,
                    account.platform().displayName() + " accounts cannot be synced by this version of Switchboard.");
        }
        return maker.make(http, account, secrets);
    }
}
