package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.mail.MailAttachment;

/** The errand side of the schema (V3, V7) on every database Switchboard runs on. */
abstract class ErrandStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;

    protected Database db;
    private JdbcErrandRepository errands;
    private JdbcErrandMailRepository mail;
    private long caseId;

    protected abstract Database openDatabase();

    @BeforeEach
    void open() {
        db = openDatabase();
        errands = new JdbcErrandRepository(db.jdbc());
        mail = new JdbcErrandMailRepository(db.jdbc());
        Contact c = new JdbcContactRepository(db.jdbc()).insert(new Contact(0, "Jürgen Müller", null, null, T0, 0));
        caseId = new JdbcCaseRepository(db.jdbc()).insert(new Case(0, CaseStatus.NEW, null, Priority.NORMAL, null,
                List.of(), c.id(), null, Platform.EMAIL, "Bank kaputt", T0, T0, T0, 1, null, 0)).id();
    }

    @AfterEach
    void closeDb() {
        db.close();
    }

    @Test
    void errandsAreFoundByReferenceUpdatedWithLockingAndListedByDueDate() {
        Errand a = errands.insert(errand(1, "roads", T0.plus(Duration.ofDays(2))));
        errands.insert(errand(2, "parks", T0.minus(Duration.ofDays(1))));
        Errand found = errands.find(new ErrandRef("SB-2026-000001")).orElseThrow();
        Errand done = errands.update(found.withStatus(ErrandStatus.DONE, null, T0.plusSeconds(60)));
        assertThat(done.version()).isEqualTo(1);
        assertThatThrownBy(() -> errands.update(found.withStatus(ErrandStatus.DECLINED, null, T0)))
                .isInstanceOf(StaleWriteException.class);
        assertThat(errands.find(a.id()).orElseThrow().status()).isEqualTo(ErrandStatus.DONE);
        assertThat(errands.list(new ErrandQuery(false, false, null, T0, 10))).extracting(e -> e.ref().value())
                .containsExactly("SB-2026-000002", "SB-2026-000001");
        assertThat(errands.list(new ErrandQuery(true, false, null, T0, 10))).hasSize(1);
        assertThat(errands.list(new ErrandQuery(false, true, null, T0, 10))).extracting(Errand::unitKey)
                .containsExactly("parks");
        assertThat(errands.list(new ErrandQuery(false, false, "roads", T0, 10))).hasSize(1);
    }

    @Test
    void deliveriesAnswersUnmatchedMailsAndFilesAreKept() {
        Errand e = errands.insert(errand(1, "roads", T0));
        mail.saveDelivery(ErrandDelivery.pending(e.id(), "<sb.1@city.example>"));
        assertThat(mail.undelivered()).containsExactly(e.id());
        mail.saveDelivery(mail.delivery(e.id()).orElseThrow().failed("server down"));
        mail.saveDelivery(mail.delivery(e.id()).orElseThrow().succeeded("2025-004711", T0));
        ErrandDelivery d = mail.delivery(e.id()).orElseThrow();
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.externalId()).isEqualTo("2025-004711");
        assertThat(mail.undelivered()).isEmpty();
        assertThat(mail.errandByMessageId("<sb.1@city.example>")).contains(e.id());

        assertThat(mail.answerRead("<a@x>")).isFalse();
        mail.markAnswerRead("<a@x>", T0);
        assertThat(mail.answerRead("<a@x>")).isTrue();

        byte[] photo = new byte[300_000];
        photo[299_999] = 7;
        ErrandEvent ev = errands.addEvent(new ErrandEvent(0, e.id(), T0, ErrandEvent.Type.DONE, "Björn", "fertig"));
        mail.addAttachment(ev.id(), null, new MailAttachment("bank.jpg", "image/jpeg", photo));
        assertThat(mail.attachmentsOfEvent(ev.id()).getFirst().data()).isEqualTo(photo);
        assertThat(mail.fileNamesOfEvent(ev.id())).containsExactly("bank.jpg");

        UnmatchedMail u = mail.addUnmatched(new UnmatchedMail(0, "<u@x>", "Kerstin <k@x>", "Frage", "Text", T0, T0,
                List.of()));
        mail.addAttachment(null, u.id(), new MailAttachment("plan.pdf", "application/pdf", new byte[] {1, 2}));
        assertThat(mail.unmatched(10)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Frage");
            assertThat(m.attachments()).containsExactly("plan.pdf");
        });
    }

    @Test
    void failureStatesBackOffAndOpen311StatusesAreKept() {
        Errand a = errands.insert(errand(1, "roads", T0));
        Errand b = errands.insert(errand(2, "parks", T0));
        Errand c = errands.insert(errand(3, "waste", T0));
        mail.saveDelivery(ErrandDelivery.pending(a.id(), "<sb.a@x>").retryLater("451 later", T0, T0.plusSeconds(120)));
        mail.saveDelivery(ErrandDelivery.pending(b.id(), "<sb.b@x>").stopped(ErrandDelivery.Failure.REFUSED, "550", T0));
        mail.saveDelivery(ErrandDelivery.pending(c.id(), "<sb.c@x>"));
        assertThat(mail.dueForDelivery(T0)).containsExactly(c.id());
        assertThat(mail.dueForDelivery(T0.plusSeconds(120))).containsExactly(a.id(), c.id());
        ErrandDelivery refused = mail.delivery(b.id()).orElseThrow();
        assertThat(refused.failure()).isEqualTo(ErrandDelivery.Failure.REFUSED);
        assertThat(refused.firstFailedAt()).isEqualTo(T0);
        assertThat(refused.stopped()).isTrue();
        mail.saveDelivery(refused.again());
        assertThat(mail.dueForDelivery(T0)).containsExactly(b.id(), c.id());

        Errand moved = errands.update(a.withRecipient("tiefbau@city.example", T0.plusSeconds(5)));
        assertThat(errands.find(a.id()).orElseThrow().recipient()).isEqualTo("tiefbau@city.example");
        assertThat(moved.version()).isEqualTo(1);

        mail.saveDelivery(mail.delivery(c.id()).orElseThrow().succeeded("2025-004711", T0));
        mail.saveOpen311Status(c.id(), new org.switchboard.domain.Open311Status("2025-004711", "open", "Ortstermin",
                "Stadtentwässerung"), T0);
        mail.saveOpen311Status(c.id(), new org.switchboard.domain.Open311Status("2025-004711", "closed", "Erledigt",
                null), T0.plusSeconds(60));
        assertThat(mail.lastOpen311Status(c.id())).hasValueSatisfying(st -> {
            assertThat(st.closed()).isTrue();
            assertThat(st.statusNotes()).isEqualTo("Erledigt");
            assertThat(st.agencyResponsible()).isNull();
        });
        assertThat(mail.lastOpen311Status(a.id())).isEmpty();
    }

    @Test
    void anUnmatchedMailIsFoundWithItsFilesAndDeletedWithThem() {
        UnmatchedMail u = mail.addUnmatched(new UnmatchedMail(0, "<u2@x>", "Kerstin <k@x>", "Frage", "Text", T0, T0,
                List.of()));
        mail.addAttachment(null, u.id(), new MailAttachment("plan.pdf", "application/pdf", new byte[] {1, 2}));
        assertThat(mail.unmatchedMail(u.id())).hasValueSatisfying(m -> assertThat(m.attachments())
                .containsExactly("plan.pdf"));
        assertThat(mail.attachmentsOfUnmatched(u.id())).singleElement().satisfies(f ->
                assertThat(f.data()).containsExactly(1, 2));
        mail.deleteUnmatched(u.id());
        assertThat(mail.unmatchedMail(u.id())).isEmpty();
        assertThat(mail.unmatched(10)).isEmpty();
        assertThat(mail.attachmentsOfUnmatched(u.id())).isEmpty();

        JdbcDirectoryRepository directory = new JdbcDirectoryRepository(db.jdbc());
        directory.saveUnit(new org.switchboard.domain.Unit(0, "kiosk", "Kiosk", null, List.of(), null, null, null,
                List.of(), List.of(), null, null, null, 0));
        assertThat(directory.delete("kiosk")).isTrue();
        assertThat(directory.delete("kiosk")).isFalse();
        assertThat(directory.unit("kiosk")).isEmpty();
    }

    @Test
    void workspaceSettingsAreInsertedReplacedAndRemoved() {
        JdbcWorkspaceSettingsRepository s = new JdbcWorkspaceSettingsRepository(db.jdbc());
        s.put("mail.smtp", "smtp://a:587");
        s.put("mail.smtp", "smtps://b:465");
        assertThat(s.get("mail.smtp")).contains("smtps://b:465");
        s.put("mail.smtp", null);
        assertThat(s.get("mail.smtp")).isEmpty();
    }

    private Errand errand(long n, String unit, Instant due) {
        return new Errand(0, ErrandRef.of(2026, n), caseId, unit, unit + "@city.example", ErrandChannel.EMAIL,
                ErrandStatus.SENT, due, T0, T0, null, 0);
    }
}
