package org.switchboard.ui.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.service.i18n.Texts;
import org.switchboard.service.replies.Verdict;

/** The deflection warning says why in the window's language (the check's own reasons are English). */
class DeflectionTextsTest {
    private static final Texts DE = Texts.forLanguage("de");
    private static final Texts EN = Texts.forLanguage("en");

    @Test
    void everyKindOfSignalHasWordsInBothLanguages() {
        for (String kind : Verdict.kinds()) {
            assertThat(DE.bundle().containsKey("reply.why." + kind)).as("German words for " + kind).isTrue();
            assertThat(EN.bundle().containsKey("reply.why." + kind)).as("English words for " + kind).isTrue();
            assertThat(DeflectionPanel.why(DE, new Verdict.Why(kind, true, "x"))).isNotEqualTo(
                    DeflectionPanel.why(EN, new Verdict.Why(kind, true, "x")));
        }
    }

    @Test
    void aSignalIsSaidInGermanWithTheReplysOwnWords() {
        Verdict.Why redirect = new Verdict.Why("redirect", true, "wenden Sie sich direkt an das Umweltamt");

        assertThat(DeflectionPanel.why(DE, redirect))
                .isEqualTo("schickt die Person woandershin: \u201ewenden Sie sich direkt an das Umweltamt\u201c");
        assertThat(DeflectionPanel.why(EN, redirect))
                .isEqualTo("sends the customer elsewhere: \"wenden Sie sich direkt an das Umweltamt\"");
        assertThat(DeflectionPanel.why(DE, new Verdict.Why("no-owner", true, null)))
                .isEqualTo("niemand \u00fcbernimmt, kein n\u00e4chster Schritt, kein Datum");
    }

    @Test
    void anEarlierAttemptIsSaidInGermanWithAGermanDate() {
        EarlierAttempt mail = new EarlierAttempt(1, 1, LocalDate.of(2026, 11, 10), "email", "Umweltamt",
                "keine Antwort", Instant.parse("2026-11-12T08:00:00Z"));

        assertThat(DeflectionPanel.tried(DE, new Verdict.Tried("Jonas Wagner", mail)))
                .isEqualTo("Jonas Wagner hat Umweltamt am 10.11.2026 bereits eine E-Mail geschrieben (keine Antwort)");
        assertThat(DeflectionPanel.tried(EN, new Verdict.Tried("Jonas Wagner", mail)))
                .isEqualTo("Jonas Wagner already e-mailed Umweltamt on Nov 10, 2026 (keine Antwort)");
        EarlierAttempt fax = new EarlierAttempt(2, 1, LocalDate.of(2026, 11, 3), "fax", "Bauamt", null,
                Instant.parse("2026-11-12T08:00:00Z"));
        assertThat(DeflectionPanel.tried(DE, new Verdict.Tried(null, fax)))
                .isEqualTo("Die Person hat Bauamt am 03.11.2026 bereits kontaktiert (fax)");
    }

    @Test
    void hostileWordsInAQuoteStayOneLineOfText() {
        String said = DeflectionPanel.why(DE, new Verdict.Why("redirect", true, "Bitte\n<b>hier</b> {0} ''"));

        assertThat(said).doesNotContain("\n").contains("<b>hier</b> {0} ''");
    }
}
