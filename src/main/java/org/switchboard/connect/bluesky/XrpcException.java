package org.switchboard.connect.bluesky;

import java.time.Instant;
import org.switchboard.domain.sync.ConnectorException;

/**
 * A refusal Bluesky named: keeps the XRPC error name ({@code ExpiredToken}, {@code RecordNotFound} ...)
 * so the session keeper can tell a stale access token from every other refusal, and the reply sender
 * can tell "no such record" from a failure.
 */
final class XrpcException extends ConnectorException {
    private final String error;

    XrpcException(Kind kind, String message, Instant retryAt, int httpStatus, String error) {
        super(kind, message, retryAt, httpStatus, null);
        this.error = error;
    }

    /** The XRPC error name from the body, or null (e.g. an HTML error page). */
    String error() {
        return error;
    }

    /**
     * True when the token itself was refused: Bluesky answers an expired access token with HTTP 400
     * {@code ExpiredToken} (not 401), a broken one with {@code InvalidToken}; a bare 401 means the same.
     */
    boolean tokenRefused() {
        return kind() == Kind.AUTH_EXPIRED
                && ("ExpiredToken".equals(error) || "InvalidToken".equals(error) || httpStatus() == 401);
    }

    boolean is(String name) {
        return name.equals(error);
    }
}
