package org.switchboard.domain.sync;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.switchboard.domain.Platform;

/**
 * Signs in to a platform through the system browser (OAuth with PKCE and a loopback redirect) and
 * returns the access token. Blocks until the person has answered in the browser or the time is up.
 */
public interface BrowserSignIn {
    /** True when {@code platform} offers browser sign-in here. */
    boolean supports(Platform platform);

    /**
     * @param settings     the account's connection settings (e.g. {@code instance})
     * @param openBrowser  called once with the address to open in the system browser
     * @throws ConnectorException PERMISSION when the person declined, NETWORK on time-out
     */
    String signIn(Platform platform, Map<String, String> settings, Consumer<URI> openBrowser);
}
