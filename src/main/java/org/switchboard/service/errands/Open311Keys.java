package org.switchboard.service.errands;

import java.net.URI;
import org.switchboard.domain.port.SecretStore;

/**
 * Where an Open311 server's API key lives: only in the secret store (keychain or vault), under
 * {@code open311/<host>} of the unit's endpoint — one key per city server, shared by the units that use
 * it, never in the database, the settings, a log or the command line's output.
 */
final class Open311Keys {
    static final String PREFIX = "open311/";

    private Open311Keys() {}

    static String secretName(String endpoint) {
        return PREFIX + host(endpoint);
    }

    static String key(SecretStore secrets, String endpoint) {
        return secrets.get(secretName(endpoint)).orElse(null);
    }

    static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? url.strip() : h;
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }
}
