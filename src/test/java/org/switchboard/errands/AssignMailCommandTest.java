package org.switchboard.errands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code errand assign-mail MAIL_ID REF}: an answer that named no errand, applied to one by hand. */
class AssignMailCommandTest {
    private static final String MURAT = "Murat Yılmaz <murat.yilmaz@beispielstadt.example>";

    @TempDir
    Path dir;

    private ErrandTestBed bed;

    @BeforeEach
    void open() throws Exception {
        bed = new ErrandTestBed(dir.resolve("data"), ForwardingTest.MONDAY).demoWithMailbox();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anUnmatchedAnswerAssignedByHandIsAppliedAsIfItHadMatched() throws Exception {
        String ref = bed.cli("forward", "1", "--to", "roads", "--json").json().get("ref").asText();
        bed.deliver(ErrandTestBed.answer("<lost-ref@rathaus.example>", MURAT, "Gehweg Bahnhofstraße", null,
                "IN BEARBEITUNG\nKolonne ist für Donnerstag eingeplant.\n\n> alter Text"));
        assertThat(bed.cli("sync", "--once", "--json").json().get("errands").get("unmatched").asInt()).isEqualTo(1);
        JsonNode listed = bed.cli("errands", "--unmatched", "--json").json();
        String id = listed.get(0).get("id").asText();
        assertThat(bed.cli("errands", "--unmatched").out()).startsWith("#" + id + "  ");

        ErrandTestBed.Result r = bed.cli("errand", "assign-mail", id, ref, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode e = r.json();
        assertThat(e.get("status").asText()).isEqualTo("in-progress");
        JsonNode last = e.get("events").get(e.get("events").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("in-progress");
        assertThat(last.get("note").asText()).isEqualTo("IN BEARBEITUNG\nKolonne ist für Donnerstag eingeplant.");
        assertThat(last.get("by").asText()).contains("murat.yilmaz@beispielstadt.example");
        assertThat(bed.cli("errands", "--unmatched", "--json").json()).isEmpty();

        bed.cli("sync", "--once");
        assertThat(bed.cli("errands", "--unmatched", "--json").json()).as("not read again").isEmpty();
        ErrandTestBed.Result again = bed.cli("errand", "assign-mail", id, ref);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains(id);
    }

    @Test
    void aBadMailIdOrReferenceIsRefusedInWords() throws Exception {
        bed.deliver(ErrandTestBed.answer("<lost-2@rathaus.example>", MURAT, "Frage", null, "Wer ist zuständig?"));
        bed.cli("sync", "--once");
        String id = bed.cli("errands", "--unmatched", "--json").json().get(0).get("id").asText();
        ErrandTestBed.Result notANumber = bed.cli("errand", "assign-mail", "abc", "SB-2026-000001");
        assertThat(notANumber.exitCode()).isEqualTo(1);
        assertThat(notANumber.err()).contains("'abc' is not a mail id").contains("errands --unmatched");
        ErrandTestBed.Result noErrand = bed.cli("errand", "assign-mail", id, "SB-2026-000042");
        assertThat(noErrand.exitCode()).isEqualTo(1);
        assertThat(noErrand.err()).contains("SB-2026-000042");
        assertThat(bed.cli("errands", "--unmatched", "--json").json()).hasSize(1);
    }
}
