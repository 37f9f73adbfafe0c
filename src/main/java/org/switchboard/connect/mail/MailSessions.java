package org.switchboard.connect.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Properties;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailServer;

/**
 * Session properties and failure words shared by the sender and the reader. Plain {@code smtp://} and
 * {@code imap://} must upgrade with STARTTLS before the password is sent — except to a server on this
 * machine (a local relay, the test server) — so a password never crosses a network in clear text.
 */
final class MailSessions {
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int READ_TIMEOUT_MS = 30_000;

    private MailSessions() {}

    /** The Jakarta Mail protocol name: smtp, smtps, imap or imaps. */
    static String protocol(MailServer s) {
        return s.protocol().name().toLowerCase(Locale.ROOT) + (s.tls() ? "s" : "");
    }

    static Session session(MailServer s) {
        String p = "mail." + protocol(s) + ".";
        Properties props = new Properties();
        props.put(p + "host", s.host());
        props.put(p + "port", String.valueOf(s.port()));
        props.put(p + "connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        props.put(p + "timeout", String.valueOf(READ_TIMEOUT_MS));
        props.put(p + "writetimeout", String.valueOf(READ_TIMEOUT_MS));
        if (s.tls()) {
            props.put(p + "ssl.checkserveridentity", "true");
        } else if (!s.loopback()) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (s.protocol() == MailServer.Protocol.SMTP) {
            props.put(p + "auth", "true");
        }
        return Session.getInstance(props);
    }

    /** A Jakarta Mail failure as a typed failure in words. */
    static MailException failure(MailServer s, String doing, Exception e) {
        String where = (s.protocol() == MailServer.Protocol.SMTP ? "The SMTP server " : "The IMAP server ") + s.url();
        if (e instanceof AuthenticationFailedException) {
            return new MailException(MailException.Kind.LOGIN_REFUSED, where + " refused the login while " + doing
                    + ": check the user and password (mail set …).", e);
        }
        Throwable cause = rootNetworkCause(e);
        if (cause != null) {
            String why = switch (cause) {
                case UnknownHostException u -> "its name is unknown";
                case SocketTimeoutException t -> "it did not answer in time";
                case ConnectException c -> "it refused the connection or is down";
                case NoRouteToHostException n -> "there is no route to it";
                default -> "the connection failed (" + cause.getClass().getSimpleName() + ")";
            };
            return new MailException(MailException.Kind.UNREACHABLE, where + " cannot be reached while " + doing
                    + ": " + why + ".", e);
        }
        Refusal refusal = smtpRefusal(e);
        int code = refusal.code();
        if (e instanceof SendFailedException || code >= 400) {
            String said = refusal.reply() != null ? refusal.reply() : words(e);
            if (code >= 400 && code < 500) {
                return new MailException(MailException.Kind.DEFERRED, where + " refused the mail for now (" + code
                        + ") while " + doing + ": " + said + ".", e);
            }
            return new MailException(MailException.Kind.REJECTED, where + " refused the mail" + (code > 0 ? " (" + code
                    + ")" : "") + " while " + doing + ": " + said + ".", e);
        }
        return new MailException(MailException.Kind.FAILED, where + " failed while " + doing + ": " + words(e) + ".", e);
    }

    /**
     * The SMTP reply code of a refusal (e.g. 550, 452) and the server's words, looked up through the nested
     * failures Jakarta Mail reports per recipient; a permanent one wins over a transient one.
     */
    static Refusal smtpRefusal(Throwable e) {
        int found = 0;
        String reply = null;
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; ) {
            int code = switch (t) {
                case org.eclipse.angus.mail.smtp.SMTPAddressFailedException a -> a.getReturnCode();
                case org.eclipse.angus.mail.smtp.SMTPSendFailedException s -> s.getReturnCode();
                case org.eclipse.angus.mail.smtp.SMTPSenderFailedException s -> s.getReturnCode();
                default -> 0;
            };
            // one permanent refusal among several makes it permanent; else the first code found
            if (code >= 500 && found < 500 || found == 0 && code > 0) {
                found = code;
                reply = t.getMessage() == null ? null : oneLine(t.getMessage());
            }
            Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : t.getCause();
            t = next == t ? null : next;
        }
        return new Refusal(found, reply);
    }

    /** An SMTP refusal: the reply code (0 when none) and the server's reply line, as it said it. */
    record Refusal(int code, String reply) {}

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 300 ? t : t.substring(0, 300) + "…";
    }

    private static Throwable rootNetworkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && !(t instanceof jakarta.mail.MessagingException)) {
                return t;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t.getCause()) {
                Throwable next = rootNetworkCause(m.getNextException());
                if (next != null) {
                    return next;
                }
            }
        }
        return null;
    }

    /** The server's or library's words, on one line and short (they never hold our password). */
    private static String words(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() <= 300 ? m : m.substring(0, 300) + "…";
    }
}
