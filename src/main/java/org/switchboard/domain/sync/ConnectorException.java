package org.switchboard.domain.sync;

import java.time.Instant;

/**
 * A typed failure of a platform call. The message is in words for a person and never contains a
 * token or password. {@link #retryAt()} is set for rate limits (the announced reset).
 */
public class ConnectorException extends RuntimeException {
    public enum Kind {
        /** The token or session is expired or revoked: the account needs reconnecting. */
        AUTH_EXPIRED,
        /** The platform asked us to wait until {@link #retryAt()}. */
        RATE_LIMITED,
        /** The token lacks a permission (e.g. Bluesky DMs with an app password without DM access). */
        PERMISSION,
        /** The platform refused the request (4xx): our input or a platform rule (too long, window closed). */
        CLIENT_ERROR,
        /** The platform failed (5xx): try again later. */
        SERVER_ERROR,
        /** The answer could not be read (bad JSON, missing fields, invalid cursor). */
        MALFORMED,
        /** No connection, a reset, or a time-out. */
        NETWORK
    }

    private final Kind kind;
    private final Instant retryAt;
    private final int httpStatus;

    public ConnectorException(Kind kind, String message, Instant retryAt, int httpStatus, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAt = retryAt;
        this.httpStatus = httpStatus;
    }

    public ConnectorException(Kind kind, String message) {
        this(kind, message, null, 0, null);
    }

    public Kind kind() {
        return kind;
    }

    public Instant retryAt() {
        return retryAt;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Worth trying again later by itself (rate limit, server error, network); the others need a person. */
    public boolean transientFailure() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR || kind == Kind.NETWORK;
    }
}
