package org.switchboard.errands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on a socket that speaks the real protocol (RFC 5321: greeting, EHLO, MAIL, RCPT, DATA,
 * RSET, QUIT) and answers {@code RCPT TO} for chosen addresses with a chosen reply — 550 for a mailbox that
 * does not exist, 451 for "try later" — and 250 for the others; accepted mails are kept. GreenMail cannot
 * refuse a recipient, so this is the server that does.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final AtomicInteger rcptAttempts = new AtomicInteger();
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** {@code RCPT TO:<address>} is answered with {@code reply} (e.g. "550 5.1.1 User unknown"). */
    RefusingSmtpServer answer(String address, String reply) {
        replies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /** How many times a recipient was asked for. */
    int recipientAttempts() {
        return rcptAttempts.get();
    }

    /** The recipients of mails accepted so far. */
    List<String> acceptedRecipients() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                talk(s);
            } catch (IOException e) {
                // closed, or the client hung up: wait for the next one
            }
        }
    }

    private void talk(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 refusing.test ESMTP");
        List<String> rcpts = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.toUpperCase(Locale.ROOT);
            if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (cmd.startsWith("MAIL FROM")) {
                rcpts.clear();
                reply(out, "250 2.1.0 Ok");
            } else if (cmd.startsWith("RCPT TO")) {
                rcptAttempts.incrementAndGet();
                String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
                String answer = replies.getOrDefault(address, "250 2.1.5 Ok");
                if (answer.startsWith("250")) {
                    rcpts.add(address);
                }
                reply(out, answer);
            } else if (cmd.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message itself is not needed
                }
                accepted.addAll(rcpts);
                reply(out, "250 2.0.0 Ok: queued");
            } else if (cmd.equals("RSET") || cmd.equals("NOOP")) {
                reply(out, "250 2.0.0 Ok");
            } else if (cmd.equals("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, "502 5.5.2 Command not recognized");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
