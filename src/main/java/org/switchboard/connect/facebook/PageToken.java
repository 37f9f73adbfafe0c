package org.switchboard.connect.facebook;

import java.util.regex.Pattern;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;

/**
 * The page access token, read from the keychain when first needed (a keychain may ask the user, so not
 * in the constructor) and forgotten when Facebook refuses it, so a reconnected page works without a
 * restart. It also scrubs itself out of any text that could reach a person or a log.
 */
final class PageToken {
    private static final Pattern TOKEN_PARAM = Pattern.compile("(access_token=)[^&\\s\"]+");

    private final SecretStore secrets;
    private final String key;
    private final String pageName;
    private volatile String token;

    PageToken(SecretStore secrets, String key, String pageName) {
        this.secrets = secrets;
        this.key = key;
        this.pageName = pageName;
    }

    String value() {
        String t = token;
        if (t == null) {
            t = secrets.get(key).filter(s -> !s.isBlank()).map(String::strip).orElseThrow(() ->
                    new ConnectorException(Kind.AUTH_EXPIRED, "No access token for the Facebook page '" + pageName
                            + "' is stored in " + secrets.describe() + ". Reconnect the page."));
            token = t;
        }
        return t;
    }

    void forget() {
        token = null;
    }

    /** {@code text} without the token and without any {@code access_token=} value. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String t = token;
        String out = t == null || t.isEmpty() ? text : text.replace(t, "[token]");
        return TOKEN_PARAM.matcher(out).replaceAll("$1[hidden]");
    }
}
