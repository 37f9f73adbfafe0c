package org.switchboard.domain.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.switchboard.domain.ValidationException;

/**
 * One mail server as given on the command line: {@code smtp://host:port}, {@code smtps://…},
 * {@code imap://host:port} or {@code imaps://…}. The {@code s} forms speak TLS from the first byte;
 * the plain forms upgrade with STARTTLS (required unless the server is on this machine).
 */
public record MailServer(Protocol protocol, boolean tls, String host, int port) {
    /** What the server is for. */
    public enum Protocol { SMTP, IMAP }

    public MailServer {
        if (protocol == null || host == null || host.isBlank()) {
            throw new ValidationException("a mail server needs a protocol and a host");
        }
        if (port < 1 || port > 65_535) {
            throw new ValidationException("mail server port " + port + " is outside 1..65535");
        }
    }

    /** Reads a server URL; {@code option} names the command-line option in the message of a failure. */
    public static MailServer parse(String url, Protocol expected, String option) {
        String plain = expected.name().toLowerCase(Locale.ROOT);
        String example = plain + "://mail.example.org:" + (expected == Protocol.SMTP ? "587" : "143") + " or " + plain
                + "s://mail.example.org";
        if (url == null || url.isBlank()) {
            throw new ValidationException(option + " is missing; give it like " + example);
        }
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new ValidationException(option + " '" + url + "' is not a server address like " + example);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(plain) && !scheme.equals(plain + "s")) {
            throw new ValidationException(option + " '" + url + "' must start with " + plain + ":// or " + plain
                    + "s:// (e.g. " + example + ")");
        }
        if (u.getHost() == null || (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/"))
                || u.getUserInfo() != null || u.getQuery() != null) {
            throw new ValidationException(option + " '" + url + "' should hold only a host and a port, like "
                    + example + " (the user and password are given separately)");
        }
        if (u.getPort() > 65_535) {
            throw new ValidationException(option + " '" + url + "': the port must be between 1 and 65535");
        }
        boolean tls = scheme.endsWith("s");
        return new MailServer(expected, tls, u.getHost(), u.getPort() > 0 ? u.getPort() : defaultPort(expected, tls));
    }

    private static int defaultPort(Protocol p, boolean tls) {
        return p == Protocol.SMTP ? (tls ? 465 : 587) : (tls ? 993 : 143);
    }

    /** True for a server on this machine (tests, a local relay): no STARTTLS demanded. */
    public boolean loopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** The URL form, e.g. {@code smtps://mail.example.org:465}. */
    public String url() {
        return protocol.name().toLowerCase(Locale.ROOT) + (tls ? "s" : "") + "://" + host + ":" + port;
    }

    @Override
    public String toString() {
        return url();
    }
}
