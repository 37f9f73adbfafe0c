package org.switchboard.service.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;

class TemplateTextTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 23:30 UTC on 27 November is already the 28th in Berlin: the date is the agent's, not UTC's. */
    private static final Instant DUE = Instant.parse("2026-11-27T23:30:00Z");
    private static final TemplateText.Values ALL = new TemplateText.Values("Jonas Wägner",
            "Grünflächenamt (Parks Office)", "SB-2026-000142", DUE, "Mira Özdemir", BERLIN);

    @Test
    void everyVariableIsFilled() {
        TemplateText.Rendered r = TemplateText.render("Hallo {contact.name}, {errand.unit} hat {errand.ref} bis "
                + "{errand.due}. {agent.name}", "de", ALL);
        assertThat(r.text()).isEqualTo("Hallo Jonas Wägner, Grünflächenamt (Parks Office) hat SB-2026-000142 bis "
                + "Samstag, 28. November 2026. Mira Özdemir");
        assertThat(r.complete()).isTrue();
    }

    @Test
    void theDueDateIsWrittenInTheTemplatesLanguage() {
        assertThat(TemplateText.render("by {errand.due}", "en", ALL).text()).isEqualTo("by Saturday, 28 November 2026");
        assertThat(TemplateText.render("bis {errand.due}", "de", ALL).text()).isEqualTo("bis Samstag, 28. November 2026");
    }

    @Test
    void aMissingValueStaysVisibleAndIsReported() {
        TemplateText.Values noErrand = new TemplateText.Values("Jonas", null, null, null, "Mira", BERLIN);
        TemplateText.Rendered r = TemplateText.render("Zeichen {errand.ref}, bis {errand.due}, {errand.ref}", "de",
                noErrand);
        assertThat(r.text()).isEqualTo("Zeichen \u27E6errand.ref fehlt\u27E7, bis \u27E6errand.due fehlt\u27E7, "
                + "\u27E6errand.ref fehlt\u27E7");
        assertThat(r.missing()).containsExactly("errand.ref", "errand.due");
        assertThat(r.complete()).isFalse();
        assertThat(TemplateText.render("ref {errand.ref}", "en", noErrand).text())
                .isEqualTo("ref \u27E6errand.ref missing\u27E7");
    }

    @Test
    void anUnknownVariableIsReportedAndMarked() {
        TemplateText.Rendered r = TemplateText.render("Hallo {contact.vorname} {contact.name}", "de", ALL);
        assertThat(r.unknown()).containsExactly("contact.vorname");
        assertThat(r.text()).isEqualTo("Hallo \u27E6contact.vorname unbekannt\u27E7 Jonas Wägner");
        assertThat(TemplateText.unknownVariables("{foo} {agent.name} {bar.baz}")).containsExactly("foo", "bar.baz");
    }

    @Test
    void otherBracesAreLeftAsWritten() {
        assertThat(TemplateText.render("Öffnungszeiten {Mo–Fr} und { } bleiben", "de", ALL).text())
                .isEqualTo("Öffnungszeiten {Mo–Fr} und { } bleiben");
    }

    @Test
    void aMarkerLeftInTheReplyStopsTheSend() {
        TemplateText.Rendered r = TemplateText.render("Zeichen {errand.ref}", "de", TemplateText.Values.NONE);
        assertThat(ReplyRules.check(Platform.MASTODON, ReplyChannel.PUBLIC, r.text(), null, Instant.EPOCH))
                .extracting(ReplyProblem::code).containsExactly(ReplyProblem.Code.TEMPLATE_MARKER);
        String typedIn = r.text().replace("\u27E6errand.ref fehlt\u27E7", "SB-2026-000142");
        assertThat(ReplyRules.check(Platform.MASTODON, ReplyChannel.PUBLIC, typedIn, null, Instant.EPOCH)).isEmpty();
    }
}
