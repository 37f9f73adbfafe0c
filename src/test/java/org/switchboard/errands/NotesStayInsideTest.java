package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Account;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Note;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;
import org.switchboard.service.Workspace;

/**
 * Notes never leave the organisation: case and contact notes (their current text and their edit history)
 * carry a marker, then every path that builds text for the customer runs — a reply sent to the platform,
 * the customer drafts after a forward and after "done" (also on a linked duplicate case) — and the marker
 * must be in none of it. The dossier mail to the unit carries the forward's own note and no case note.
 */
class NotesStayInsideTest {
    /** In every note; must appear in nothing the customer or the unit gets. */
    private static final String MARK = "INTERN-7Q3X";
    private static final String FORWARD_NOTE = "Bitte bis Freitag ansehen (Weiterleitung 5K2M)";
    private static final String MURAT = "Murat Yilmaz <murat.yilmaz@beispielstadt.example>";

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private final RecordingPlatform platform = new RecordingPlatform();

    @BeforeEach
    void open() throws Exception {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY)
                .connectors(c -> c.register(Platform.MASTODON, (http, account, secrets) -> platform))
                .demoWithMailbox();
        bed.workspace().settings().save(bed.workspace().settings().load().withLanguage("de"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** A pinned case note, an edited one (the marked text only in its history), and a contact note. */
    private void noteEverything(long caseId) {
        Workspace ws = bed.workspace();
        Note pinned = ws.cases().addNote(caseId, "Rückruf zugesagt, Nummer im Profil " + MARK);
        ws.notes().pin(pinned.id(), true);
        Note edited = ws.cases().addNote(caseId, "Kunde ist Nachbar von Herrn X " + MARK + "-alt");
        ws.notes().edit(edited.id(), "Nachbarschaftsstreit, vorsichtig formulieren " + MARK, edited.version());
        assertThat(ws.notes().history(edited.id())).singleElement()
                .satisfies(h -> assertThat(h.text()).contains(MARK + "-alt"));
        ws.notes().addToContact(ws.cases().open(caseId).contact().id(), "Spricht nur Englisch " + MARK);
        assertThat(ws.cases().open(caseId).notes()).filteredOn(n -> n.text().contains(MARK)).hasSize(2);
    }

    private List<String> draftTexts(long caseId) {
        return bed.workspace().cases().open(caseId).drafts().stream().map(Draft::text).toList();
    }

    @Test
    void theDossierCarriesTheForwardsOwnNoteAndTheCustomerDraftsNoNoteAtAll() throws Exception {
        noteEverything(1);
        noteEverything(2);
        bed.workspace().caseLinks().link(2, 1); // one errand answers both

        ErrandTestBed.Result forward = bed.cli("forward", "1", "--to", "roads", "--note", FORWARD_NOTE);
        assertThat(forward.exitCode()).as(forward.err()).isZero();
        assertThat(forward.out()).doesNotContain(MARK);

        MimeMessage dossier = bed.mailsTo(ForwardingTest.ROADS).getFirst();
        String text = Mails.text(dossier);
        String html = Mails.html(dossier);
        assertThat(text).contains("so sieht es seit Wochen").contains(FORWARD_NOTE).doesNotContain(MARK);
        assertThat(html).contains("Weiterleitung 5K2M").doesNotContain(MARK);
        assertThat(dossier.getSubject()).doesNotContain(MARK);
        assertThat(Mails.files(dossier).keySet()).noneMatch(name -> name.contains(MARK));

        assertThat(draftTexts(1)).as("the 'forwarded' draft for the customer").hasSize(1)
                .noneMatch(t -> t.contains(MARK));

        String done = Mails.answerSubjects(text).get(2);
        bed.deliver(ErrandTestBed.answer("<done-7q3x@rathaus.example>", MURAT, done, dossier.getMessageID(),
                "Erledigt, Gehweg wieder frei."));
        ErrandTestBed.Result sync = bed.cli("sync", "--once", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();

        assertThat(draftTexts(1)).as("the 'done' draft of the main case").hasSize(2)
                .noneMatch(t -> t.contains(MARK));
        assertThat(draftTexts(2)).as("the linked case's own result draft").isNotEmpty()
                .allMatch(t -> t.contains("SB-2026-000001")).noneMatch(t -> t.contains(MARK));
        assertThat(bed.mailsTo(ForwardingTest.ROADS)).as("nothing else went to the unit").hasSize(1);
    }

    @Test
    void aReplySendsTheAgentsWordsAndNoNote() {
        Workspace ws = bed.workspace();
        Account city = ws.accounts().add(Platform.MASTODON, "Stadt Mastodon", "stadt", false, Map.of());
        platform.inbound.add(new InboundItem("m-anna-1", MessageKind.MENTION, false,
                new Author("anna", "Anna Berg", "https://social.example/@anna"),
                "@stadt Die Laterne in der Lindenallee ist seit Tagen aus.", null, ForwardingTest.MONDAY, null,
                List.of(), null, null, "m-anna-1", List.of(), Map.of("visibility", "public")));
        ws.sync().syncOnce("Stadt Mastodon");
        long caseId = ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED.withAccount(city.id()),
                QueueSort.WAITING, 10)).rows().getFirst().id();
        noteEverything(caseId);

        Message sent = ws.replies().reply(caseId, "Danke, die Laterne ist gemeldet.", null);

        assertThat(platform.replies).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Danke, die Laterne ist gemeldet.");
            assertThat(r.recipientHandle()).isEqualTo("anna");
            assertThat(r.inReplyToExternalId()).isEqualTo("m-anna-1");
            assertThat(r.replyContext().values()).noneMatch(v -> v.contains(MARK));
        });
        assertThat(sent.text()).doesNotContain(MARK);
        assertThat(ws.cases().open(caseId).drafts()).noneMatch(d -> d.text().contains(MARK));
    }

    /** A fake of the Connector port: serves the items given, records what would be posted. */
    private static final class RecordingPlatform implements Connector {
        final List<InboundItem> inbound = new ArrayList<>();
        final List<ReplyRequest> replies = new ArrayList<>();

        @Override
        public Platform platform() {
            return Platform.MASTODON;
        }

        @Override
        public List<String> streams() {
            return List.of("mentions");
        }

        @Override
        public FetchedPage fetch(String stream, String cursor) {
            return cursor == null ? new FetchedPage(List.copyOf(inbound), "end", false)
                    : new FetchedPage(List.of(), cursor, false);
        }

        @Override
        public PostedReply reply(ReplyRequest request) {
            replies.add(request);
            return new PostedReply("reply-" + replies.size(), "https://social.example/@stadt/" + replies.size(),
                    Instant.parse("2026-11-23T08:05:00Z"));
        }

        @Override
        public String verify() {
            return "stadt";
        }
    }
}
