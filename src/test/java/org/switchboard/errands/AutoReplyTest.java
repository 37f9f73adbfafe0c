package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.errands.ErrandSync;
import org.switchboard.service.errands.ErrandView;

/**
 * Out-of-office and other automatic replies are not answers: a note says so, the status stays, and the
 * follow-up ladder still reminds and escalates. Marked by header (RFC 3834 Auto-Submitted, X-Autoreply,
 * X-Autorespond, Precedence) or by an out-of-office subject in German or English.
 */
class AutoReplyTest {
    private static final String MURAT = "Murat Yilmaz <murat.yilmaz@beispielstadt.example>";

    @TempDir
    Path dir;

    private ErrandTestBed bed;
    private String dossierId;

    @BeforeEach
    void open() throws Exception {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        bed.workspace().errands().forward(1, "roads", null, null, null);
        dossierId = bed.mailsTo(ForwardingTest.ROADS).getFirst().getMessageID();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void eachKindOfAutomaticReplyBecomesANoteAndChangesNothing() throws Exception {
        List<String> headers = List.of("Auto-Submitted: auto-replied", "Auto-Submitted: auto-generated",
                "X-Autoreply: yes", "X-Autorespond: Out of office", "Precedence: bulk", "Precedence: auto_reply",
                "Precedence: junk");
        int n = 0;
        for (String header : headers) {
            // a first line that is only "DONE" would close the errand if this were a person's answer
            bed.deliver(withHeader(ErrandTestBed.answer("<auto-" + (++n) + "@rathaus.example>", MURAT,
                    "Re: [SB-2026-000001] Schlagloch", dossierId, "DONE\nIch bin bis 7. Dezember nicht im Haus."),
                    header));
        }
        for (String subject : List.of("Abwesenheitsnotiz: [SB-2026-000001] Schlagloch",
                "Automatische Antwort: AW: [SB-2026-000001]", "Out of Office: [SB-2026-000001] DONE")) {
            bed.deliver(ErrandTestBed.answer("<auto-" + (++n) + "@rathaus.example>", MURAT, subject, dossierId,
                    "ERLEDIGT\nIch bin abwesend."));
        }
        ErrandSync.Result r = bed.workspace().errandSync().runOnce();
        assertThat(r.answers()).isEqualTo(n);

        ErrandView v = bed.workspace().errands().view("SB-2026-000001");
        assertThat(v.errand().status()).as("an automatic reply does not even show it arrived").isEqualTo(ErrandStatus.SENT);
        List<ErrandEvent> notes = v.timeline().stream().map(ErrandView.Step::event)
                .filter(e -> e.type() == ErrandEvent.Type.NOTE).toList();
        assertThat(notes).hasSize(n).allMatch(e -> e.note().startsWith("automatic reply ("));
        assertThat(notes.getFirst().note()).startsWith("automatic reply (Auto-Submitted: auto-replied): DONE");
        assertThat(notes.get(4).note()).startsWith("automatic reply (Precedence: bulk)");
        assertThat(notes.get(7).note()).startsWith("automatic reply (Abwesenheitsnotiz)");
        assertThat(v.timeline()).noneMatch(s -> s.event().type() == ErrandEvent.Type.DONE);
    }

    @Test
    void anAutomaticReplyDoesNotStopTheFollowUpLadder() throws Exception {
        bed.deliver(withHeader(ErrandTestBed.answer("<ooo-1@rathaus.example>", MURAT, "Abwesend: Re: [SB-2026-000001]",
                dossierId, "Vielen Dank für Ihre Nachricht."), "Auto-Submitted: auto-replied"));
        bed.workspace().errandSync().runOnce();
        bed.clock.set(FollowUpLadderTest.DUE.plusSeconds(60));
        assertThat(bed.workspace().errandSync().runOnce().reminders()).isEqualTo(1);
        bed.deliver(ErrandTestBed.answer("<ooo-2@rathaus.example>", MURAT,
                "Abwesenheitsnotiz: Erinnerung: [SB-2026-000001]", null, "Ich bin im Urlaub."));
        bed.workspace().errandSync().runOnce();
        bed.clock.set(java.time.Instant.parse("2026-12-03T14:31:00Z"));
        assertThat(bed.workspace().errandSync().runOnce().escalations()).isEqualTo(1);
        assertThat(bed.workspace().errands().view("SB-2026-000001").errand().status()).isEqualTo(ErrandStatus.SENT);
    }

    @Test
    void aPersonsAnswerWithAutoSubmittedNoStillCounts() throws Exception {
        bed.deliver(withHeader(ErrandTestBed.answer("<person-1@rathaus.example>", MURAT, "Re: [SB-2026-000001] DONE",
                dossierId, "Erledigt."), "Auto-Submitted: no"));
        bed.workspace().errandSync().runOnce();
        assertThat(bed.workspace().errands().view("SB-2026-000001").errand().status()).isEqualTo(ErrandStatus.DONE);
    }

    private static String withHeader(String raw, String header) {
        return header + "\n" + raw;
    }
}
