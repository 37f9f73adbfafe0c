package org.switchboard.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One connected channel of the organisation: a Facebook page, a Mastodon account, a shared mailbox.
 * {@code settings} holds non-secret connection details (instance URL, page id); secrets live in the
 * keychain under {@link #secretKey()}. A demo account never reaches a network.
 */
public record Account(long id, Platform platform, String name, String handle, boolean demo, boolean paused,
                      Map<String, String> settings, Instant createdAt) {
    public Account {
        Require.notNull(platform, "platform");
        Require.maxLength(Require.notBlank(name, "account name"), 200, "account name");
        handle = Require.blankToNull(handle);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        Require.notNull(createdAt, "createdAt");
    }

    /** The keychain entry of this account's token or password. */
    public String secretKey() {
        return "account/" + platform.id() + "/" + name;
    }
}
