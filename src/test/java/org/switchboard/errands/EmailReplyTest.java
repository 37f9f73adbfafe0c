package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;

/** Replies by e-mail go out through the errands mailbox (real SMTP, GreenMail), once, threaded (ADR 0020). */
class EmailReplyTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String CUSTOMER = "weber@example.org";
    private static final String THEIR_ID = "<CAF7d2Q1x-9Lk@mail.example.org>";

    @TempDir
    Path dir;

    private ErrandTestBed bed;

    @AfterEach
    void close() {
        bed.close();
    }

    private long mailCase() {
        var ws = bed.workspace();
        Contact weber = ws.conversations().findOrCreateContact(new ContactRef("Frau Weber", CUSTOMER, null,
                List.of(new ContactRef.Handle(Platform.EMAIL, CUSTOMER, "mailto:" + CUSTOMER))));
        return ws.conversations().openCase(weber, new NewMessage(null, Platform.EMAIL, THEIR_ID, Direction.IN,
                MessageKind.EMAIL, "Frau Weber", "Wann öffnet das Bürgerbüro am Samstag?", "Öffnungszeiten Bürgerbüro",
                NOW.minusSeconds(3600), null, List.of(), null, null, List.of(), null, Map.of()), Priority.NORMAL).id();
    }

    @Test
    void anEmailCaseIsAnsweredByMailOnceWithTheThreadHeadersAndAMessageIdFromTheOutbox() throws Exception {
        bed = new ErrandTestBed(dir, NOW).demoWithMailbox();
        long id = mailCase();

        var sent = bed.cli("reply", Long.toString(id), "--text", "Samstags von 9 bis 12 Uhr. Viele Grüße, Ihre Stadt",
                "--send", "--json");
        assertThat(sent.exitCode()).as(sent.err()).isZero();

        List<MimeMessage> mails = bed.mailsTo(CUSTOMER);
        assertThat(mails).hasSize(1);
        MimeMessage m = mails.getFirst();
        OutboxEntry entry = bed.workspace().outbox().list().getFirst();
        assertThat(entry.state()).isEqualTo(OutboxEntry.State.SENT);
        assertThat(entry.platform()).isEqualTo(Platform.EMAIL);
        String ownId = "<" + entry.idempotencyKey() + ".reply@city.example>";
        assertThat(m.getMessageID()).isEqualTo(ownId);
        assertThat(m.getHeader("In-Reply-To", null)).isEqualTo(THEIR_ID);
        assertThat(m.getHeader("References", null)).isEqualTo(THEIR_ID);
        assertThat(m.getSubject()).isEqualTo("Re: Öffnungszeiten Bürgerbüro");
        assertThat(m.getFrom()[0].toString()).contains(ErrandTestBed.MAILBOX);
        assertThat(entry.externalId()).isEqualTo(ownId);
        List<Message> out = bed.workspace().cases().open(id).messages().stream()
                .filter(x -> x.direction() == Direction.OUT).toList();
        assertThat(out).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("Samstags von 9 bis 12 Uhr.");
            assertThat(x.externalId()).isEqualTo(ownId);
        });

        var again = bed.cli("outbox", "--flush");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(bed.mailsTo(CUSTOMER)).as("exactly once").hasSize(1);
    }

    @Test
    void anEmailThatCameThroughADemoAccountIsNeverAnswered() throws Exception {
        bed = new ErrandTestBed(dir, NOW).demoWithMailbox();
        var ws = bed.workspace();
        long demoMailCase = ws.queue().page(org.switchboard.domain.queue.QueueQuery.firstPage(
                org.switchboard.domain.queue.QueueFilter.NOT_CLOSED, org.switchboard.domain.queue.QueueSort.WAITING,
                500)).rows().stream()
                .filter(r -> r.platform() == Platform.EMAIL).findFirst().orElseThrow().id();
        var refused = bed.cli("reply", Long.toString(demoMailCase), "--text", "Danke für Ihre Nachricht.", "--send");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("demo");
        assertThat(bed.mailsTo("@")).isEmpty();
    }

    @Test
    void withTheMailServerDownTheReplyWaitsInTheOutboxAndGoesOutLaterOnce() throws Exception {
        bed = new ErrandTestBed(dir, NOW).demoWithMailbox();
        long id = mailCase();
        bed.stopMail();

        var queued = bed.cli("reply", Long.toString(id), "--text", "Samstags von 9 bis 12 Uhr.", "--send");
        assertThat(queued.exitCode()).as(queued.err()).isZero();
        OutboxEntry waiting = bed.workspace().outbox().list().getFirst();
        assertThat(waiting.state()).isEqualTo(OutboxEntry.State.QUEUED);
        assertThat(waiting.lastError()).contains("cannot be reached");

        bed.startMail();
        bed.clock.advance(java.time.Duration.ofMinutes(1));
        var flushed = bed.cli("outbox", "--flush");
        assertThat(flushed.exitCode()).as(flushed.err()).isZero();
        assertThat(bed.workspace().outbox().find(waiting.id()).state()).isEqualTo(OutboxEntry.State.SENT);
        assertThat(bed.mailsTo(CUSTOMER)).hasSize(1);
    }

    @Test
    void aMailServerThatTakesTheMailButNeverAnswersLeavesTheReplyNeedingAttentionNotSentTwice() throws Exception {
        bed = new ErrandTestBed(dir, NOW).demoWithMailbox();
        long id = mailCase();
        try (SilentSmtp smtp = new SilentSmtp()) {
            Path secret = dir.resolveSibling(dir.getFileName() + "-pw.txt");
            java.nio.file.Files.writeString(secret, ErrandTestBed.PASSWORD + "\n");
            var set = bed.cli("mail", "set", "--smtp", "smtp://127.0.0.1:" + smtp.port(), "--imap",
                    "imap://127.0.0.1:" + bed.imapPort, "--user", ErrandTestBed.LOGIN, "--password-file",
                    secret.toString(), "--address", ErrandTestBed.MAILBOX);
            java.nio.file.Files.delete(secret); // beside the data folder, not in it: nobody else cleans it up
            assertThat(set.exitCode()).as(set.err()).isZero();

            bed.cli("reply", Long.toString(id), "--text", "Samstags von 9 bis 12 Uhr.", "--send");
            OutboxEntry held = bed.workspace().outbox().list().getFirst();
            assertThat(held.state()).as(held.lastError()).isEqualTo(OutboxEntry.State.NEEDS_ATTENTION);
            assertThat(held.lastError()).contains("may have accepted the mail").contains("Sent folder")
                    .contains("<" + held.idempotencyKey() + ".reply@city.example>");
            bed.clock.advance(java.time.Duration.ofHours(1));
            bed.cli("outbox", "--flush");
            assertThat(smtp.mails.get()).as("handed over once, never repeated by itself").isEqualTo(1);
        }
    }

    /** An SMTP server that takes a mail's data and then closes the connection without the final answer. */
    private static final class SilentSmtp implements AutoCloseable {
        final java.util.concurrent.atomic.AtomicInteger mails = new java.util.concurrent.atomic.AtomicInteger();
        private final java.net.ServerSocket socket = new java.net.ServerSocket(0, 5,
                java.net.InetAddress.getLoopbackAddress());
        private final Thread loop = Thread.ofVirtual().start(this::serve);

        SilentSmtp() throws java.io.IOException {
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (java.net.Socket s = socket.accept()) {
                    var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII));
                    var out = s.getOutputStream();
                    java.util.function.Consumer<String> say = line -> {
                        try {
                            out.write((line + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            out.flush();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    };
                    say.accept("220 silent.example ESMTP");
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String cmd = line.toUpperCase(java.util.Locale.ROOT);
                        if (cmd.startsWith("EHLO")) {
                            say.accept("250-silent.example");
                            say.accept("250 AUTH PLAIN");
                        } else if (cmd.startsWith("AUTH")) {
                            say.accept("235 2.7.0 Authentication successful");
                        } else if (cmd.startsWith("DATA")) {
                            say.accept("354 End data with <CR><LF>.<CR><LF>");
                            for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                                // the mail's lines
                            }
                            mails.incrementAndGet();
                            break; // the answer to DATA is lost: the connection just ends
                        } else if (cmd.startsWith("QUIT")) {
                            say.accept("221 bye");
                            break;
                        } else {
                            say.accept("250 OK");
                        }
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // the next connection
                }
            }
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
            loop.interrupt();
        }
    }
}
