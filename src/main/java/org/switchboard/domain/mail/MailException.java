package org.switchboard.domain.mail;

/** A mail server failed or refused; the message says which server and what happened, in words, without secrets. */
public class MailException extends RuntimeException {
    public enum Kind {
        /** No connection: the server is down, the name is wrong, a firewall, a time-out. */
        UNREACHABLE,
        /** The server refused the user or password. */
        LOGIN_REFUSED,
        /** The server refused this mail for good (SMTP 5xx: recipient unknown, message too large). */
        REJECTED,
        /** The server refused this mail for now (SMTP 4xx: greylisting, mailbox busy): try again later. */
        DEFERRED,
        /** Anything else the server or the protocol got wrong. */
        FAILED
    }

    private final Kind kind;

    public MailException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
