package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.service.errands.ErrandSync;

/**
 * No answer past due: a reminder at the due time, one working day later a mail to the escalation contact,
 * one more working day later the lead flag — each once, however often sync runs.
 */
class FollowUpLadderTest {
    /** Roads: 7 working days of Mo-Fr 07:00-15:30 from Monday 23 Nov → due Wednesday 2 Dec, 15:30 Berlin. */
    static final Instant DUE = Instant.parse("2026-12-02T14:30:00Z");
    static final String MURAT = "murat.yilmaz@beispielstadt.example";

    @TempDir
    Path dir;

    private ErrandTestBed bed;

    @BeforeEach
    void open() throws Exception {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
        bed.workspace().settings().save(bed.workspace().settings().load().withLanguage("de"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anUnansweredErrandIsRemindedThenEscalatedThenFlaggedEachOnce() throws Exception {
        bed.workspace().errands().forward(1, "roads", null, null, null);
        bed.workspace().errands().forward(2, "roads", null, null, null);
        // the second one is answered in time: it never climbs the ladder
        bed.workspace().errands().update("SB-2026-000002", org.switchboard.domain.ErrandStatus.DONE, null, "erledigt");

        bed.clock.set(DUE.minusSeconds(60));
        assertThat(run().reminders()).isZero();

        bed.clock.set(DUE.plusSeconds(60));
        ErrandSync.Result first = run();
        assertThat(first.reminders()).isEqualTo(1);
        assertThat(first.escalations()).isZero();
        assertThat(run().reminders()).as("never twice").isZero();
        List<MimeMessage> toRoads = bed.mailsTo(ForwardingTest.ROADS);
        assertThat(toRoads).hasSize(3); // two dossiers and one reminder
        MimeMessage reminder = toRoads.getLast();
        assertThat(reminder.getSubject()).startsWith("Erinnerung: [SB-2026-000001]");
        assertThat(Mails.text(reminder)).contains("Mittwoch, 2. Dezember 2026, 15:30");

        bed.clock.set(Instant.parse("2026-12-03T14:29:00Z"));
        assertThat(run().escalations()).as("one working day after the due time, not earlier").isZero();
        bed.clock.set(Instant.parse("2026-12-03T14:31:00Z"));
        assertThat(run().escalations()).isEqualTo(1);
        assertThat(run().escalations()).isZero();
        List<MimeMessage> toMurat = bed.mailsTo(MURAT);
        assertThat(toMurat).hasSize(1);
        assertThat(toMurat.getFirst().getSubject()).startsWith("Überfällig: [SB-2026-000001]");
        assertThat(Mails.text(toMurat.getFirst())).contains("Hallo Murat Yılmaz").contains("Straßenbauamt");

        bed.clock.set(Instant.parse("2026-12-04T14:31:00Z"));
        assertThat(run().leadFlags()).isEqualTo(1);
        assertThat(run().leadFlags()).isZero();
        assertThat(bed.workspace().cases().open(1).kase().tags()).contains("lead-attention");

        bed.clock.set(Instant.parse("2026-12-10T08:00:00Z"));
        ErrandTestBed.Result sync = bed.cli("sync", "--once", "--json");
        JsonNode counts = sync.json().get("errands");
        assertThat(counts.get("reminders").asInt() + counts.get("escalations").asInt() + counts.get("leadFlags").asInt())
                .isZero();
        JsonNode errand = bed.cli("errands", "--overdue", "--json").json();
        assertThat(errand).hasSize(1);
        assertThat(errand.get(0).get("events").findValuesAsText("type"))
                .containsExactly("sent", "reminder", "escalation", "lead-flag");
        assertThat(bed.mailsTo(ForwardingTest.ROADS)).hasSize(3);
        assertThat(bed.mailsTo(MURAT)).hasSize(1);
    }

    @Test
    void theDelaysAreSettingsAndCountWorkingDaysOverTheWeekend() throws Exception {
        bed.workspace().errands().setFollowUpDays(2, 1);
        // due Friday 27 Nov at close of business (Mo-Fr 07:00-15:30)
        bed.workspace().errands().forward(1, "roads", null, "2026-11-27", null);
        bed.clock.set(Instant.parse("2026-11-27T14:31:00Z"));
        assertThat(run().reminders()).isEqualTo(1);
        bed.clock.set(Instant.parse("2026-11-30T14:31:00Z")); // Monday: one working day only
        assertThat(run().escalations()).isZero();
        bed.clock.set(Instant.parse("2026-12-01T14:31:00Z")); // Tuesday: two working days
        assertThat(run().escalations()).isEqualTo(1);
    }

    private ErrandSync.Result run() {
        return bed.workspace().errandSync().runOnce();
    }
}
