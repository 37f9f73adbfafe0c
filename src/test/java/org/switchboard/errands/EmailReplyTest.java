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
}
