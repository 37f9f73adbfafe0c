package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.connect.http.Http;
import org.switchboard.domain.Account;
import org.switchboard.domain.AuditEvent;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.events.Event;
import org.switchboard.store.Database;
import org.switchboard.store.Jdbc;
import org.switchboard.store.JdbcCaseRepository;
import org.switchboard.store.JdbcDraftRepository;
import org.switchboard.testing.MemorySecretStore;

/** Drafts as the agent writes them, and what releasing one checks: conflicts, deflections, merges, volume. */
class DraftsAndReleaseTest {
    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-20T09:00:00Z"));
    private Database db;
    private Workspace ws;
    private Account mastodon;
    private int serial;

    @BeforeEach
    void open() {
        db = Database.openEmbedded(dir);
        ws = AppContext.wire(dir, db, clock, Http.newClient("test"), clock::advance, MemorySecretStore.open());
        mastodon = ws.accounts().add(Platform.MASTODON, "Stadt Mastodon", null, false,
                Map.of("instance", "https://social.beispielstadt.example"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void savingAgainKeepsOneDraftPerCaseAndChannel() {
        Case c = caseFrom("anna", "Die Laterne in der Lindenstraße ist kaputt.");
        Draft first = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Danke", null);
        clock.advance(Duration.ofSeconds(1));
        Draft second = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Danke, Anna! Wir melden es weiter.", null);
        Draft direct = ws.drafts().save(c.id(), ReplyChannel.DIRECT, "Können Sie uns die Hausnummer nennen?", null);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.text()).isEqualTo("Danke, Anna! Wir melden es weiter.");
        assertThat(second.createdAt()).as("began at the first keystroke").isEqualTo(first.createdAt());
        assertThat(direct.id()).isNotEqualTo(first.id());
        assertThat(ws.drafts().forCase(c.id())).extracting(Draft::channel)
                .containsExactly(ReplyChannel.PUBLIC, ReplyChannel.DIRECT);
        assertThat(first.baseMessageId()).as("remembers the newest message when it began").isNotNull();
    }

    @Test
    void aDraftOnACaseMergedMeanwhileMovesWithTheMergeAndIsStillFound() {
        Case a = caseFrom("bernd", "Schlagloch vor Hausnummer 12.");
        Case b = caseFrom("bernd2", "Schlagloch Ecke Hauptstraße, wie gestern schon gemeldet.");
        Draft onA = ws.drafts().save(a.id(), ReplyChannel.PUBLIC, "Das Straßenbauamt ist informiert", null);
        Draft onB = ws.drafts().save(b.id(), ReplyChannel.PUBLIC, "Danke für die zweite Meldung", null);

        ws.merger().merge(b.id(), List.of(a.id()));
        // the window of case A saves again, as it does every second while the agent types
        Draft again = ws.drafts().save(a.id(), ReplyChannel.PUBLIC, "Das Straßenbauamt ist informiert und kommt am "
                + "Montag.", null);

        assertThat(again.id()).as("the same draft, not a new one on the closed case").isEqualTo(onA.id());
        assertThat(again.caseId()).isEqualTo(b.id());
        assertThat(ws.drafts().forCase(b.id())).extracting(Draft::id).containsExactlyInAnyOrder(onA.id(), onB.id());
        assertThat(ws.drafts().find(onB.id()).text()).as("nothing overwritten").isEqualTo("Danke für die zweite Meldung");
        assertThat(ws.drafts().current(b.id(), ReplyChannel.PUBLIC)).get().extracting(Draft::id).isEqualTo(onB.id());
        assertThat(ws.drafts().current(a.id(), ReplyChannel.PUBLIC)).get().extracting(Draft::id).isEqualTo(onA.id());
        assertThat(ws.cases().open(a.id()).kase().status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void releaseIsHeldBackWhenTheCustomerWroteSinceTheDraftBegan() {
        Case c = caseFrom("carla", "Wann wird der Müll abgeholt?");
        Draft d = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Am Donnerstag wird abgeholt.", null);
        clock.advance(Duration.ofMinutes(3));
        inbound(c.id(), "carla", "Hat sich erledigt, war heute da!");

        Release held = ws.outbox().release(d.id());

        assertThat(held).isInstanceOf(Release.Conflicts.class);
        assertThat(((Release.Conflicts) held).since()).extracting(m -> m.text())
                .containsExactly("Hat sich erledigt, war heute da!");
        assertThat(ws.outbox().list()).isEmpty();
        assertThat(ws.drafts().find(d.id()).state()).isEqualTo(Draft.State.EDITING);

        Release sent = ws.outbox().release(d.id(), true);
        assertThat(sent).isInstanceOf(Release.Queued.class);
        assertThat(((Release.Queued) sent).entry().state()).isEqualTo(OutboxEntry.State.QUEUED);
        assertThat(audit(c.id())).contains("reply.conflicts-acknowledged", "reply.released");
    }

    @Test
    void anotherReplyPostedMeanwhileIsAConflictToo() {
        Case c = caseFrom("dora", "Der Spielplatz ist verdreckt.");
        Draft d = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Wir schicken jemanden.", null);
        ws.conversations().addMessage(c.id(), null, new NewMessage(mastodon.id(), Platform.MASTODON, "out-" + (++serial),
                Direction.OUT, MessageKind.REPLY, "Kollegin", "Ist schon erledigt!", null, clock.instant(), null, null,
                null, null, null));

        Release held = ws.outbox().release(d.id());

        assertThat(held).isInstanceOf(Release.Conflicts.class);
        assertThat(((Release.Conflicts) held).since()).singleElement().extracting(m -> m.direction())
                .isEqualTo(Direction.OUT);
    }

    @Test
    void sendingADeflectionAnywayCarriesTheVerdictAndIsRecordedAsAnOverride() {
        Case c = caseFrom("emil", "Überall Glasscherben am Spielplatz Rosenpark!");
        Draft d = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Dafür sind wir nicht zuständig. Bitte wenden Sie "
                + "sich an umweltamt@beispielstadt.example oder nutzen Sie den Mängelmelder.", null);

        Release r = ws.outbox().release(d.id());

        assertThat(r.verdict().deflection()).isTrue();
        assertThat(r).isInstanceOf(Release.Queued.class);
        assertThat(audit(c.id())).contains("reply.deflection-override");
    }

    @Test
    void emptyReleasedOrEmailDraftsAreRefusedInWords() {
        Case c = caseFrom("fritz", "Hallo?");
        Draft empty = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "   ", null);
        assertThatThrownBy(() -> ws.outbox().release(empty.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty");
        Draft mail = ws.drafts().save(c.id(), ReplyChannel.EMAIL, "Sehr geehrter Herr Fritz", null);
        assertThatThrownBy(() -> ws.outbox().release(mail.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("e-mail");
        Draft ok = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Wie können wir helfen?", null);
        ws.outbox().release(ok.id());
        assertThatThrownBy(() -> ws.outbox().release(ok.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("released already");
    }

    @Test
    void aDemoAccountsReplyFailsWithWordsAndTheDraftIsKept() {
        Account demo = ws.accounts().add(Platform.MASTODON, "Demo Mastodon", null, true, Map.of());
        Contact who = ws.conversations().findOrCreateContact(new ContactRef("Gustav", null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@gustav", null))));
        Case c = ws.conversations().openCase(who, new NewMessage(demo.id(), Platform.MASTODON, "demo-1", Direction.IN,
                MessageKind.MENTION, "Gustav", "Test", null, clock.instant(), null, null, null, null, null), Priority.NORMAL);
        Draft d = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Antwort aus der Demo", null);
        OutboxEntry e = ((Release.Queued) ws.outbox().release(d.id())).entry();

        OutboxEntry after = ws.outbox().deliverNow(e.id());

        assertThat(after.state()).isEqualTo(OutboxEntry.State.FAILED);
        assertThat(after.lastError()).contains("demo account");
        assertThat(after.failureKind()).isEqualTo("DEMO_ACCOUNT"); // the window says it in its own language
        assertThat(ws.drafts().find(d.id())).extracting(Draft::state, Draft::text)
                .containsExactly(Draft.State.EDITING, "Antwort aus der Demo");
    }

    @Test
    void outboxChangesArePublishedAsEvents() throws Exception {
        List<Event> heard = new ArrayList<>();
        try (AutoCloseable sub = ws.events().subscribe(heard::add)) {
            Case c = caseFrom("hanna", "Bitte um Rückruf.");
            Draft d = ws.drafts().save(c.id(), ReplyChannel.PUBLIC, "Wir rufen an.", null);
            ws.outbox().release(d.id());
        }
        assertThat(heard).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Event.OutboxChanged.class,
                o -> assertThat(o.state()).isEqualTo(OutboxEntry.State.QUEUED)));
    }

    @Test
    void tenThousandDraftsAreStoredAndListedPageByPageAndTheOutboxStillAnswers() {
        // seeded through the store (one transaction), as a year of drafts would lie in the database
        Jdbc jdbc = db.jdbc();
        JdbcCaseRepository cases = new JdbcCaseRepository(jdbc);
        JdbcDraftRepository drafts = new JdbcDraftRepository(jdbc);
        Case template = caseFrom("ida", "Vorlage");
        ReplyChannel[] channels = {ReplyChannel.PUBLIC, ReplyChannel.DIRECT, ReplyChannel.EMAIL};
        List<Long> caseIds = new ArrayList<>();
        jdbc.run(() -> {
            for (int i = 0; i < 3334; i++) {
                Case c = cases.insert(new Case(0, CaseStatus.OPEN, null, Priority.NORMAL, null, List.of(),
                        template.contactId(), mastodon.id(), Platform.MASTODON, "Fall " + i, clock.instant(),
                        clock.instant(), null, 0, null, 0));
                caseIds.add(c.id());
            }
            for (int i = 0; i < 9999; i++) {
                Instant at = clock.instant().plusSeconds(i);
                drafts.insert(new Draft(0, caseIds.get(i / 3), channels[i % 3], null, "Entwurf Nr. " + i + " – Grüße",
                        Draft.State.EDITING, at, at, 0));
            }
        });
        Draft last = ws.drafts().save(template.id(), ReplyChannel.PUBLIC, "Entwurf Nr. 9999", null);

        assertThat(ws.drafts().countEditing()).isEqualTo(10_000);
        List<Long> seen = new ArrayList<>();
        long after = 0;
        for (List<Draft> page = ws.drafts().editing(after, 500); !page.isEmpty();
             page = ws.drafts().editing(after, 500)) {
            page.forEach(d -> seen.add(d.id()));
            after = page.getLast().id();
        }
        assertThat(seen).hasSize(10_000).doesNotHaveDuplicates().isSorted();
        assertThat(ws.drafts().current(caseIds.get(1234), ReplyChannel.DIRECT)).get().extracting(Draft::text)
                .isEqualTo("Entwurf Nr. 3703 – Grüße");
        assertThat(ws.drafts().current(template.id(), ReplyChannel.PUBLIC)).get().extracting(Draft::id)
                .isEqualTo(last.id());

        OutboxEntry queued = ((Release.Queued) ws.outbox().release(last.id())).entry();
        assertThat(ws.outbox().list()).extracting(OutboxEntry::id).containsExactly(queued.id());
        assertThat(ws.drafts().countEditing()).isEqualTo(9_999);
    }

    private Case caseFrom(String handle, String text) {
        Contact who = ws.conversations().findOrCreateContact(new ContactRef(handle, null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@" + handle, null))));
        int n = ++serial;
        return ws.conversations().openCase(who, new NewMessage(mastodon.id(), Platform.MASTODON, "m-" + n, Direction.IN,
                MessageKind.MENTION, handle, text, null, clock.instant(), null, null, null, null, null, "t-" + n,
                Map.of("acct", handle, "visibility", "public")), Priority.NORMAL);
    }

    private void inbound(long caseId, String handle, String text) {
        ws.conversations().addMessage(caseId, null, new NewMessage(mastodon.id(), Platform.MASTODON, "m-" + (++serial),
                Direction.IN, MessageKind.MENTION, handle, text, null, clock.instant(), null, null, null, null, null));
    }

    private List<String> audit(long caseId) {
        return ws.cases().open(caseId).history().stream().map(AuditEvent::action).toList();
    }

    /** A clock the test (and every wait of the program) moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
