package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;
import org.switchboard.service.errands.ErrandView;

/** Colleagues' answers come back through the errands mailbox during {@code sync --once}. */
class AnswersTest {
    private static final String MURAT = "=?UTF-8?Q?Murat_Y=C4=B1lmaz?= <murat.yilmaz@beispielstadt.example>";

    @TempDir
    Path dir;

    private ErrandTestBed bed;

    @BeforeEach
    void open() throws Exception {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).connectors(c -> c.register(Platform.MASTODON,
                (http, account, secrets) -> new QuietPlatform())).demoWithMailbox();
        bed.workspace().settings().save(bed.workspace().settings().load().withLanguage("de"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void answeringWithTheDoneLinkFinishesTheErrandAndPutsTheCaseBackInTheQueue() throws Exception {
        assertThat(bed.cli("forward", "1", "--to", "roads").exitCode()).isZero();
        MimeMessage dossier = bed.mailsTo(ForwardingTest.ROADS).getFirst();
        String doneSubject = Mails.answerSubjects(Mails.text(dossier)).get(2);
        bed.deliver(ErrandTestBed.answer("<done-1@rathaus.example>", MURAT, doneSubject, dossier.getMessageID(),
                "Loch ist verfüllt, Gehweg wieder frei.\n\nAm 23.11.2026 um 09:00 schrieb Social-Media-Team:\n"
                        + "> Hallo Straßenbauamt,\n> beim Social-Media-Team kam Folgendes an"));

        ErrandTestBed.Result sync = bed.cli("sync", "--once", "--json");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.json().get("errands").get("answers").asInt()).isEqualTo(1);
        assertThat(sync.json().get("errands").get("unmatched").asInt()).isZero();

        JsonNode e = bed.cli("errands", "--json").json().get(0);
        assertThat(e.get("status").asText()).isEqualTo("done");
        JsonNode done = e.get("events").get(e.get("events").size() - 1);
        assertThat(done.get("type").asText()).isEqualTo("done");
        assertThat(done.get("by").asText()).isEqualTo("Murat Yılmaz <murat.yilmaz@beispielstadt.example>");
        assertThat(done.get("note").asText()).isEqualTo("Loch ist verfüllt, Gehweg wieder frei.");

        var c = bed.workspace().cases().open(1);
        assertThat(c.kase().status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.drafts()).hasSize(2);
        Draft result = c.drafts().getLast();
        assertThat(result.text()).contains("erledigt").contains("SB-2026-000001").contains("behoben?");
        assertThat(bed.cli("errands", "--open", "--json").json()).isEmpty();
    }

    @Test
    void germanWordsManglingAndEncodedSubjectsAreUnderstood() throws Exception {
        for (long caseId : new long[] {1, 2, 5, 6}) {
            bed.workspace().errands().forward(caseId, "roads", null, null, null);
        }
        bed.deliver(ErrandTestBed.answer("<a1@rathaus.example>", MURAT, "=?UTF-8?Q?AW:_[SB-2026-000001]_ERLEDIGT?=",
                null, "Erledigt."));
        bed.deliver(ErrandTestBed.answer("<a2@rathaus.example>", MURAT, "AW: Re:  SB-2026-000002   in bearbeitung",
                null, "Trupp ist bestellt."));
        bed.deliver(ErrandTestBed.answer("<a3@rathaus.example>", MURAT,
                "=?UTF-8?Q?AW:_[SB-2026-000003]_NICHT_ZUST=C3=84NDIG?=", null,
                "Das ist Sache vom Grünflächenamt, bitte dorthin."));
        bed.deliver(ErrandTestBed.answer("<a4@rathaus.example>", MURAT, "Antwort: [SB-2026-000004] Erhalten", null,
                "Schauen wir uns an."));
        bed.deliver(ErrandTestBed.answer("<a5@rathaus.example>", MURAT, "AW: [SB-2026-000001] ERHALTEN", null,
                "(kam spät an)"));

        assertThat(bed.workspace().errandSync().runOnce().answers()).isEqualTo(5);
        Map<String, ErrandView> byRef = byRef();
        assertThat(byRef.get("SB-2026-000001").errand().status()).as("a late 'received' never undoes 'done'")
                .isEqualTo(ErrandStatus.DONE);
        ErrandView.Step late = byRef.get("SB-2026-000001").timeline().getLast();
        assertThat(late.event().type()).isEqualTo(org.switchboard.domain.ErrandEvent.Type.NOTE);
        assertThat(late.event().note()).isEqualTo("[received] (kam spät an)");
        assertThat(byRef.get("SB-2026-000002").errand().status()).isEqualTo(ErrandStatus.IN_PROGRESS);
        assertThat(byRef.get("SB-2026-000003").errand().status()).isEqualTo(ErrandStatus.REDIRECTED);
        assertThat(byRef.get("SB-2026-000003").errand().redirectedTo()).isEqualTo("parks");
        assertThat(byRef.get("SB-2026-000004").errand().status()).isEqualTo(ErrandStatus.ACKNOWLEDGED);
        assertThat(bed.workspace().cases().open(5).kase().status()).as("redirected: back to the agent")
                .isEqualTo(CaseStatus.OPEN);
        assertThat(bed.workspace().cases().open(2).kase().status()).isEqualTo(CaseStatus.WAITING_INTERNAL);
    }

    @Test
    void aForwardedChainIsMatchedByItsReferencesAndKeepsOnlyTheFreshWordsAndTheFiles() throws Exception {
        bed.workspace().errands().forward(1, "roads", null, null, null);
        String dossierId = bed.mailsTo(ForwardingTest.ROADS).getFirst().getMessageID();
        String png = java.util.Base64.getMimeEncoder().encodeToString(ForwardingTest.PNG);
        bed.deliver("Message-ID: <chain-1@bauhof.example>\n"
                + "From: Bauhof Kolonne 3 <kolonne3@bauhof.example>\n"
                + "To: errands@city.example\n"
                + "Subject: AW: WG: Schlagloch Goethestraße\n"
                + "In-Reply-To: <fwd-77@rathaus.example>\n"
                + "References: " + dossierId + " <fwd-77@rathaus.example>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                + "In Bearbeitung\nWir rücken morgen früh an, Foto vom Absperren anbei.\n\n"
                + "-----Ursprüngliche Nachricht-----\nVon: Murat Yılmaz\nGesendet: Montag\n> alter Text\n"
                + "--b1\nContent-Type: image/png; name=\"absperrung.png\"\n"
                + "Content-Disposition: attachment; filename=\"absperrung.png\"\nContent-Transfer-Encoding: base64\n\n"
                + png + "\n--b1--\n");

        bed.workspace().errandSync().runOnce();
        ErrandView v = bed.workspace().errands().view("SB-2026-000001");
        assertThat(v.errand().status()).isEqualTo(ErrandStatus.IN_PROGRESS);
        ErrandView.Step step = v.timeline().getLast();
        assertThat(step.event().note()).isEqualTo("In Bearbeitung\nWir rücken morgen früh an, Foto vom Absperren anbei.");
        assertThat(step.files()).containsExactly("absperrung.png");
        assertThat(bed.workspace().errands().files(step.event().id()).getFirst().data()).isEqualTo(ForwardingTest.PNG);
        JsonNode json = bed.cli("errands", "--json").json().get(0);
        assertThat(json.get("events").get(json.get("events").size() - 1).get("files").get(0).asText())
                .isEqualTo("absperrung.png");
    }

    @Test
    void aReplyAllNamingTwoReferencesUpdatesEach() throws Exception {
        bed.workspace().errands().forward(1, "roads", null, null, null);
        bed.workspace().errands().forward(8, "roads", null, null, null);
        bed.deliver(ErrandTestBed.answer("<both@rathaus.example>", MURAT,
                "Re: [SB-2026-000001] [SB-2026-000002] DONE", null, "Beides gestern erledigt."));
        assertThat(bed.workspace().errandSync().runOnce().answers()).isEqualTo(1);
        assertThat(byRef().values()).allSatisfy(v -> assertThat(v.errand().status()).isEqualTo(ErrandStatus.DONE));
        assertThat(bed.workspace().cases().open(8).drafts()).hasSize(2);
    }

    @Test
    void theSameAnswerDeliveredTwiceIsAppliedOnce() throws Exception {
        bed.workspace().errands().forward(1, "roads", null, null, null);
        String mail = ErrandTestBed.answer("<twice@rathaus.example>", MURAT, "AW: [SB-2026-000001] DONE", null, "Fertig.");
        bed.deliver(mail);
        bed.deliver(mail);
        assertThat(bed.workspace().errandSync().runOnce().answers()).isEqualTo(1);
        assertThat(bed.workspace().errandSync().runOnce().answers()).isZero();
        ErrandView v = bed.workspace().errands().view("SB-2026-000001");
        assertThat(v.timeline()).filteredOn(s -> s.event().type() == org.switchboard.domain.ErrandEvent.Type.DONE)
                .hasSize(1);
        assertThat(bed.workspace().cases().open(1).drafts()).as("one result draft").hasSize(2);
    }

    @Test
    void aMailForNoErrandIsKeptAndListedByErrandsUnmatched() throws Exception {
        bed.deliver(ErrandTestBed.answer("<lost@rathaus.example>", MURAT, "Frage zum Anwohnerparkausweis", null,
                "Wer ist bei euch für Parkausweise zuständig?"));
        bed.deliver(ErrandTestBed.answer("<old@rathaus.example>", MURAT, "AW: [SB-2025-000099] DONE", null, "Alt."));
        JsonNode sync = bed.cli("sync", "--once", "--json").json();
        assertThat(sync.get("errands").get("unmatched").asInt()).isEqualTo(2);
        JsonNode listed = bed.cli("errands", "--unmatched", "--json").json();
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("subject")).containsExactlyInAnyOrder("Frage zum Anwohnerparkausweis",
                "AW: [SB-2025-000099] DONE");
        assertThat(listed.findValuesAsText("from")).allMatch(f -> f.contains("murat.yilmaz@beispielstadt.example"));
        assertThat(bed.cli("errands", "--unmatched").out()).contains("Frage zum Anwohnerparkausweis");
        bed.cli("sync", "--once");
        assertThat(bed.cli("errands", "--unmatched", "--json").json()).as("kept once, not again").hasSize(2);
    }

    @Test
    void whenImapIsDownSyncSaysSoInWordsAndThePlatformAccountsStillSync() {
        bed.workspace().accounts().add(Platform.MASTODON, "Stadt Mastodon", "stadt", false, Map.of());
        bed.stopMail();
        ErrandTestBed.Result r = bed.cli("sync", "--once", "--json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = r.json();
        assertThat(json.get("accounts").get(0).get("name").asText()).isEqualTo("Stadt Mastodon");
        assertThat(json.get("accounts").get(0).get("state").asText()).isEqualTo("OK");
        assertThat(json.get("errands").get("error").asText()).isEqualTo("The IMAP server imap://127.0.0.1:"
                + bed.imapPort + " cannot be reached while reading the inbox: it refused the connection or is down.");
        ErrandTestBed.Result words = bed.cli("sync", "--once");
        assertThat(words.out()).contains("Stadt Mastodon").contains("Errands mailbox: not read — The IMAP server");
    }

    @Test
    void aRedirectRecordedByHandCreatesTheFollowUpErrand() throws Exception {
        bed.cli("forward", "1", "--to", "environment");
        ErrandTestBed.Result r = bed.cli("errand", "update", "SB-2026-000001", "--status", "redirected", "--to", "roads",
                "--note", "Frau Becker: Gehweg ist Sache des Straßenbauamts");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SB-2026-000002");
        Map<String, ErrandView> byRef = byRef();
        assertThat(byRef.get("SB-2026-000001").errand().status()).isEqualTo(ErrandStatus.REDIRECTED);
        assertThat(byRef.get("SB-2026-000001").errand().redirectedTo()).isEqualTo("roads");
        ErrandView next = byRef.get("SB-2026-000002");
        assertThat(next.errand().unitKey()).isEqualTo("roads");
        assertThat(next.timeline().getFirst().event().note()).contains("Redirected by Umweltamt").contains("Frau Becker");
        assertThat(bed.mailsTo(ForwardingTest.ROADS)).hasSize(1);
        assertThat(bed.workspace().cases().open(1).kase().status()).isEqualTo(CaseStatus.WAITING_INTERNAL);

        assertThat(bed.cli("errand", "update", "SB-2026-000002", "--status", "in-progress").exitCode()).isZero();
        assertThat(bed.cli("errands", "--unit", "roads", "--json").json().get(0).get("status").asText())
                .isEqualTo("in-progress");
    }

    @Test
    void theWindowsBackgroundSyncReadsTheMailboxToo() throws Exception {
        bed.workspace().errands().forward(1, "roads", null, null, null);
        bed.deliver(ErrandTestBed.answer("<bg@rathaus.example>", MURAT, "AW: [SB-2026-000001] ERLEDIGT", null, "Ok."));
        bed.workspace().scheduler().syncNow(); // the window's "Sync now": accounts, then the errand pass
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (bed.workspace().errands().view("SB-2026-000001").errand().status() != ErrandStatus.DONE
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(bed.workspace().errands().view("SB-2026-000001").errand().status()).isEqualTo(ErrandStatus.DONE);
    }

    private Map<String, ErrandView> byRef() {
        Map<String, ErrandView> out = new java.util.TreeMap<>();
        bed.workspace().errands().list(false, false, null).forEach(v -> out.put(v.errand().ref().value(), v));
        return out;
    }

    /** A platform account that syncs and finds nothing new. */
    private static final class QuietPlatform implements Connector {
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
            return new FetchedPage(List.of(), cursor, false);
        }

        @Override
        public PostedReply reply(ReplyRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String verify() {
            return "stadt";
        }
    }
}
