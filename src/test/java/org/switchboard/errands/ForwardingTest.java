package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.NewMessage;

/** Forwarding a demo case: the dossier by e-mail with its photo, the phone, and a mail server that is down. */
class ForwardingTest {
    /** Monday 23 November 2026, 09:00 in Berlin. */
    static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNo"
            + "aGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");
    static final String ROADS = "strassenbau@beispielstadt.example";

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private final MockWebServer photos = new MockWebServer();

    @BeforeEach
    void open() throws Exception {
        photos.start();
        bed = new ErrandTestBed(dir.resolve("data"), MONDAY).demoWithMailbox();
        Workspace ws = bed.workspace();
        ws.settings().save(ws.settings().load().withLanguage("de"));
    }

    @AfterEach
    void close() {
        bed.close();
        photos.close();
    }

    @Test
    void forwardingACaseEmailsTheDossierWithItsReferencePhotoAndAnswerLinks() throws Exception {
        photos.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
                .body(new Buffer().write(PNG)).build());
        addPhotoMessage(1, photos.url("/fotos/goethestrasse-loch.png").toString());

        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "roads", "--note",
                "Bitte dringend ansehen: <b>Kinderwagen</b> müssen auf die Fahrbahn & zurück.", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode e = r.json();
        assertThat(e.get("ref").asText()).isEqualTo("SB-2026-000001");
        assertThat(e.get("case").asText()).isEqualTo("1");
        assertThat(e.get("unit").asText()).isEqualTo("roads");
        assertThat(e.get("recipient").asText()).isEqualTo(ROADS);
        assertThat(e.get("via").asText()).isEqualTo("email");
        assertThat(e.get("status").asText()).isEqualTo("sent");
        assertThat(e.get("dueAt").asText()).as("7 working days of Mo-Fr 07:00-15:30, at close of business")
                .isEqualTo("2026-12-02T14:30:00Z");
        assertThat(e.get("overdue").asBoolean()).isFalse();
        assertThat(e.get("redirectedTo").isNull()).isTrue();
        assertThat(e.get("events").findValuesAsText("type")).containsExactly("note", "sent");

        List<MimeMessage> mails = bed.mailsTo(ROADS);
        assertThat(mails).hasSize(1);
        MimeMessage dossier = mails.getFirst();
        assertThat(dossier.getSubject()).startsWith("[SB-2026-000001] ").contains("(Facebook, Jonas Wagner)");
        assertThat(((InternetAddress) dossier.getReplyTo()[0]).getAddress()).isEqualTo(ErrandTestBed.MAILBOX);
        assertThat(dossier.getMessageID()).contains("SB-2026-000001");

        String text = Mails.text(dossier);
        assertThat(text).contains("Hallo Straßenbauamt (Road Works Office)")
                .contains("so sieht es seit Wochen") // the customer's own words
                .contains("Hier noch ein Foto von heute.")
                .contains("Umweltamt (umweltamt@beispielstadt.example): keine Antwort") // earlier attempts
                .contains("Kinderwagen") // the agent's note
                .contains("Mittwoch, 2. Dezember 2026, 15:30") // due, in Berlin time
                .contains("https://www.facebook.com/jonas.wagner.77")
                .contains("angehängt als 1-goethestrasse-loch.png")
                .contains("rosengarten-bank-kaputt.jpg (nicht angehängt");
        assertThat(Mails.answerSubjects(text)).containsExactly("[SB-2026-000001] RECEIVED",
                "[SB-2026-000001] IN PROGRESS", "[SB-2026-000001] DONE", "[SB-2026-000001] NOT OURS");

        String html = Mails.html(dossier);
        assertThat(html).contains("&lt;b&gt;Kinderwagen&lt;/b&gt;").contains("Fahrbahn &amp; zurück")
                .doesNotContain("<b>Kinderwagen</b>")
                .contains("href=\"mailto:errands@city.example?subject=%5BSB-2026-000001%5D%20DONE\"");

        Map<String, byte[]> files = Mails.files(dossier);
        assertThat(files).containsOnlyKeys("1-goethestrasse-loch.png");
        assertThat(files.get("1-goethestrasse-loch.png")).isEqualTo(PNG);

        CaseDetail c = bed.workspace().cases().open(1);
        assertThat(c.kase().status()).isEqualTo(CaseStatus.WAITING_INTERNAL);
        Draft update = c.drafts().getLast();
        assertThat(update.text()).contains("Straßenbauamt (Road Works Office)").contains("SB-2026-000001")
                .contains("Mittwoch, 2. Dezember 2026").startsWith("Danke");
    }

    @Test
    void anEnglishCustomerGetsAnEnglishDraftAndThePersonTheirUnitsDueDays() {
        // case 5: Priya asks in English about the Altstadtfest; p.schulz inherits parks' 5 working days
        var v = bed.workspace().errands().forward(5, "p.schulz", null, null, null);
        assertThat(v.errand().recipient()).isEqualTo("petra.schulz@beispielstadt.example");
        assertThat(v.errand().dueAt()).isEqualTo(Instant.parse("2026-11-30T14:30:00Z"));
        Draft d = bed.workspace().cases().open(5).drafts().getLast();
        assertThat(d.text()).startsWith("Thank you").contains("Petra Schulz").contains("Monday, 30 November 2026");
    }

    @Test
    void aPhoneForwardRecordsTheCallAndShowsTheNumber() throws Exception {
        ErrandTestBed.Result r = bed.cli("forward", "2", "--to", "roads", "--via", "phone", "--due", "-2d", "--note",
                "Herr Yılmaz kümmert sich, Rückruf zugesagt");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SB-2026-000001").contains("+49 30 1234-420");
        JsonNode e = bed.cli("errands", "--json").json().get(0);
        assertThat(e.get("via").asText()).isEqualTo("phone");
        assertThat(e.get("recipient").asText()).isEqualTo("+49 30 1234-420");
        assertThat(e.get("overdue").asBoolean()).as("a hand-off recorded two days late").isTrue();
        assertThat(e.get("events").findValuesAsText("type")).containsExactly("call");
        assertThat(e.get("events").get(0).get("note").asText()).contains("Rückruf zugesagt");
        assertThat(bed.mailsTo(ROADS)).isEmpty();
    }

    @Test
    void aUnitWithoutEmailIsAClearErrorAndNothingIsCreated() {
        bed.workspace().directory().saveAll(List.of(new org.switchboard.domain.Unit(0, "hotline", "Bürgertelefon 115",
                null, List.of("115"), null, null, null, List.of(), List.of(), 2, null, null, 0)), List.of());
        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "hotline");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Bürgertelefon 115 (hotline) has no e-mail address").contains("--via phone (115)");
        assertThat(bed.cli("errands", "--json").json()).isEmpty();
        assertThat(bed.workspace().cases().open(1).kase().status()).isNotEqualTo(CaseStatus.WAITING_INTERNAL);
    }

    @Test
    void badInputIsNamedInWords() throws Exception {
        assertError(bed.cli("forward", "1", "--to", "nowhere"), "no unit or person 'nowhere'", "roads");
        assertError(bed.cli("forward", "999", "--to", "roads"), "case 999 does not exist");
        assertError(bed.cli("forward", "1", "--to", "roads", "--due", "tomorrow"), "--due 'tomorrow' is not a date");
        assertError(bed.cli("forward", "1", "--to", "roads", "--via", "pigeon"), "unknown channel 'pigeon'");
        assertError(bed.cli("forward", "x1", "--to", "roads"), "'x1' is not a case id");
        assertError(bed.cli("forward", "1", "--to", "roads", "--via", "webhook"), "has no webhook_url");
        assertError(bed.cli("errand", "update", "SB-2026-000009", "--status", "done"), "errand SB-2026-000009 does not exist");
        assertError(bed.cli("errand", "update", "42", "--status", "done"), "not an errand reference");
        assertThat(bed.cli("forward", "1", "--to", "roads").exitCode()).isZero();
        assertError(bed.cli("errand", "update", "SB-2026-000001", "--status", "redirected"), "needs --to UNIT");
        assertError(bed.cli("errand", "update", "SB-2026-000001", "--status", "finished"), "unknown errand status");
        assertError(bed.cli("errand", "update", "SB-2026-000001", "--status", "done", "--to", "parks"),
                "--to is only for --status redirected");
        assertError(bed.cli("errands", "--unit", "nowhere"), "no unit or person 'nowhere'");
    }

    @Test
    void whenSmtpIsDownTheErrandWaitsUnsentAndGoesOutOnTheNextSync() throws Exception {
        bed.stopMail();
        ErrandTestBed.Result r = bed.cli("forward", "1", "--to", "roads", "--json");
        assertThat(r.exitCode()).as("the errand exists; only the mail waits").isZero();
        assertThat(r.err()).contains("not sent yet").contains("cannot be reached").contains("tries again on the next sync");
        JsonNode e = r.json();
        assertThat(e.get("delivered").asBoolean()).isFalse();
        assertThat(e.get("events").findValuesAsText("type")).containsExactly("send-failed");
        assertThat(e.get("events").get(0).get("note").asText())
                .contains("The SMTP server smtp://127.0.0.1:" + bed.smtpPort + " cannot be reached");
        assertThat(bed.cli("errands").out()).contains("NOT SENT").contains("not sent: The SMTP server");

        assertThat(bed.cli("sync", "--once", "--json").json().get("errands").get("unsent").asInt())
                .as("not before its back-off").isZero();
        bed.clock.advance(java.time.Duration.ofMinutes(3));
        ErrandTestBed.Result stillDown = bed.cli("sync", "--once", "--json");
        assertThat(stillDown.json().get("errands").get("unsent").asInt()).isEqualTo(1);

        bed.startMail();
        bed.clock.advance(java.time.Duration.ofMinutes(6));
        JsonNode sync = bed.cli("sync", "--once", "--json").json();
        assertThat(sync.get("errands").get("resent").asInt()).isEqualTo(1);
        assertThat(bed.mailsTo(ROADS)).hasSize(1);
        JsonNode after = bed.cli("errands", "--json").json().get(0);
        assertThat(after.get("delivered").asBoolean()).isTrue();
        assertThat(after.get("events").findValuesAsText("type")).containsExactly("send-failed", "send-failed", "sent");

        bed.cli("sync", "--once");
        assertThat(bed.mailsTo(ROADS)).as("sent once, never again").hasSize(1);
    }

    private void addPhotoMessage(long caseId, String url) {
        Workspace ws = bed.workspace();
        CaseDetail d = ws.cases().open(caseId);
        ws.conversations().addMessage(caseId, d.contact().id(), new NewMessage(d.kase().accountId(), Platform.FACEBOOK,
                "photo-" + caseId, Direction.IN, MessageKind.COMMENT, d.contact().name(), "Hier noch ein Foto von heute.",
                null, bed.clock.instant(), null, List.of(), null, null,
                List.of(new Attachment("image", url, "goethestrasse-loch.png"))));
    }

    static void assertError(ErrandTestBed.Result r, String... words) {
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        for (String w : words) {
            assertThat(r.err()).contains(w);
        }
    }
}
