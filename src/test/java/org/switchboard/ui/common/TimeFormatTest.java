package org.switchboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.UiTestWorkspace;

/** Waiting times as agents read them, and problems as people read them. */
class TimeFormatTest {
    private final TimeFormat english = new TimeFormat(Texts.forLanguage("en"), UiTestWorkspace.CLOCK);
    private final TimeFormat german = new TimeFormat(Texts.forLanguage("de"), UiTestWorkspace.CLOCK);

    @Test
    void waitingTimesAreShortAndRoundDown() {
        assertThat(english.duration(Duration.ofSeconds(20))).isEqualTo("< 1 min");
        assertThat(english.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(english.duration(Duration.ofMinutes(200))).isEqualTo("3 h");
        assertThat(english.duration(Duration.ofHours(49))).isEqualTo("2 d");
        assertThat(german.duration(Duration.ofMinutes(200))).isEqualTo("3 Std.");
        assertThat(german.ago(UiTestWorkspace.CLOCK.instant().minus(Duration.ofDays(2)))).isEqualTo("vor 2 T.");
    }

    @Test
    void aProblemShowsTheInnermostMessageOnOneLine() {
        Exception e = new CompletionException(new IllegalStateException("The data folder is in use.\nmore"));
        assertThat(Problem.readable(e)).isEqualTo("The data folder is in use.");
        assertThat(Problem.readable(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void everyDomainValueHasATextInBothLanguages() {
        for (String lang : new String[] {"en", "de"}) {
            DomainTexts names = new DomainTexts(Texts.forLanguage(lang));
            for (var s : org.switchboard.domain.CaseStatus.values()) {
                assertThat(names.status(s)).doesNotStartWith("!");
            }
            for (var p : org.switchboard.domain.Priority.values()) {
                assertThat(names.priority(p)).doesNotStartWith("!");
            }
            for (var p : org.switchboard.domain.Platform.values()) {
                assertThat(names.platform(p)).doesNotStartWith("!");
                assertThat(names.platformBadge(p)).doesNotStartWith("!");
            }
            for (var v : org.switchboard.domain.queue.SavedView.values()) {
                assertThat(names.view(v)).doesNotStartWith("!");
            }
            for (var s : org.switchboard.domain.queue.QueueSort.values()) {
                assertThat(names.sort(s)).doesNotStartWith("!");
            }
            Texts t = names.texts();
            for (var k : org.switchboard.domain.MessageKind.values()) {
                assertThat(t.get("case.message.kind." + k.name().toLowerCase())).doesNotStartWith("!");
            }
            for (var o : org.switchboard.domain.Outcome.values()) {
                assertThat(t.get("case.outcome." + o.name().toLowerCase().replace('_', '-'))).doesNotStartWith("!");
            }
            for (var r : org.switchboard.domain.WorkspaceUnavailableException.Reason.values()) {
                assertThat(t.get("startup.error." + r.name().toLowerCase().replace('_', '-'))).doesNotStartWith("!");
            }
        }
    }
}
