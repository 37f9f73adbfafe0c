package org.switchboard.service.errands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Unit;

/** Reading answers: references however mangled, action words in English and German, fresh words only. */
class AnswerParserTest {
    @Test
    void referencesSurviveReplyPrefixesMissingBracketsAndExtraSpaces() {
        assertThat(AnswerParser.refs("AW: Re: [SB-2026-000142] ERLEDIGT")).containsExactly(new ErrandRef("SB-2026-000142"));
        assertThat(AnswerParser.refs("Re: SB - 2026 - 000142 done")).containsExactly(new ErrandRef("SB-2026-000142"));
        assertThat(AnswerParser.refs("WG: [sb-2026-000001] [SB-2026-000002] [SB-2026-000001]"))
                .containsExactly(new ErrandRef("SB-2026-000001"), new ErrandRef("SB-2026-000002"));
        assertThat(AnswerParser.refs("Parkbank [BS-2025-0142] erledigt")).isEmpty();
    }

    @Test
    void theActionWordFollowsTheLastReferenceInEitherLanguage() {
        assertThat(AnswerParser.action("[SB-2026-000142] RECEIVED").status()).isEqualTo(ErrandStatus.ACKNOWLEDGED);
        assertThat(AnswerParser.action("AW: [SB-2026-000142] ERHALTEN").status()).isEqualTo(ErrandStatus.ACKNOWLEDGED);
        assertThat(AnswerParser.action("Re: [SB-2026-000142] In Progress").status()).isEqualTo(ErrandStatus.IN_PROGRESS);
        assertThat(AnswerParser.action("AW: [SB-2026-000142]   in  bearbeitung").status())
                .isEqualTo(ErrandStatus.IN_PROGRESS);
        assertThat(AnswerParser.action("Re: Parkbank SB-2026-000142: erledigt!").status()).isEqualTo(ErrandStatus.DONE);
        assertThat(AnswerParser.action("[SB-2026-000142] NOT OURS").notOurs()).isTrue();
        assertThat(AnswerParser.action("[SB-2026-000142] NICHT ZUSTÄNDIG").notOurs()).isTrue();
        assertThat(AnswerParser.action("[SB-2026-000142] nicht zustaendig").notOurs()).isTrue();
        assertThat(AnswerParser.action("[SB-2026-000001] [SB-2026-000002] DONE").status()).isEqualTo(ErrandStatus.DONE);
        assertThat(AnswerParser.action("AW: [SB-2026-000142] Schlagloch – done?").status())
                .as("a word inside the case's own title is not an answer").isNull();
        assertThat(AnswerParser.action("DONE").status()).as("no reference, no action").isNull();
        assertThat(AnswerParser.action("[SB-2026-000142] Donerstag").status()).isNull();
    }

    @Test
    void aFirstLineOfNothingButTheWordCountsWhenTheSubjectLostIt() {
        assertThat(AnswerParser.firstLineWord("Erledigt!\nDanke").status()).isEqualTo(ErrandStatus.DONE);
        assertThat(AnswerParser.firstLineWord("Erledigt haben wir das noch nicht").status()).isNull();
    }

    @Test
    void quotedHistoryIsCutInOutlookThunderbirdAndGmailStyles() {
        String outlook = "Hallo zusammen,\n\nBank ist abgesperrt.\n\nGruß\nBjörn\n\n-----Ursprüngliche Nachricht-----\n"
                + "Von: Social-Media-Team\n> über Mastodon kam folgende Meldung";
        assertThat(AnswerParser.freshText(outlook)).isEqualTo("Hallo zusammen,\n\nBank ist abgesperrt.\n\nGruß\nBjörn");
        assertThat(AnswerParser.freshText("Done.\n\nOn Mon, 30 Nov 2026 at 10:00, Social media team <e@city.example> "
                + "wrote:\n> Hello")).isEqualTo("Done.");
        assertThat(AnswerParser.freshText("Ok\n> quoted\nstill mine\n________________________________\nFrom: x"))
                .isEqualTo("Ok\nstill mine");
        assertThat(AnswerParser.freshText("Am 30.11.2026 um 10:00 schrieb Team <e@city.example>:\n> alt")).isEmpty();
    }

    @Test
    void aNotOursNamesAUnitByKeyOrEitherPartOfItsName() {
        List<Unit> units = List.of(unit("roads", "Straßenbauamt (Road Works Office)"),
                unit("parks", "Grünflächenamt (Parks Office)"), unit("order", "Ordnungsamt (Public Order Office)"));
        assertThat(AnswerParser.namedUnit("Das ist Sache vom Gruenflaechenamt.", units, "roads").key()).isEqualTo("parks");
        assertThat(AnswerParser.namedUnit("Please ask the Public Order Office, or parks.", units, "roads").key())
                .isEqualTo("order");
        assertThat(AnswerParser.namedUnit("Nicht wir, das Straßenbauamt selbst", units, "roads")).isNull();
        assertThat(AnswerParser.namedUnit("Keine Ahnung, wer das macht.", units, "roads")).isNull();
    }

    private static Unit unit(String key, String name) {
        return new Unit(0, key, name, key + "@city.example", List.of(), null, null, null, List.of(), List.of(), 3, null,
                null, 0);
    }
}
