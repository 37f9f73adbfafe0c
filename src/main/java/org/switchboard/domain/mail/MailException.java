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
    private final boolean mayHaveArrived;

    public MailException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, false);
    }

    /**
     * @param mayHaveArrived the connection broke after the mail was handed to the server, so it may have been
     *                       accepted without Switchboard hearing it (a retry could deliver it twice)
     */
    public MailException(Kind kind, String message, Throwable cause, boolean mayHaveArrived) {
        super(message, cause);
        this.kind = kind;
        this.mayHaveArrived = mayHaveArrived;
    }

    /** True when the mail may have been accepted although this failure was reported. */
    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }

    public Kind kind() {
        return kind;
    }
}
