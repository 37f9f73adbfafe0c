package org.switchboard.ui.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.TimeFormat;

/** Why a reply is not sent, in the window's language; the service's English words stay as details. */
class OutboxReasonTextsTest {
    private static final Texts DE = Texts.forLanguage("de");
    private static final Texts EN = Texts.forLanguage("en");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    private static OutboxEntry entry(State state, String kind, String words) {
        return new OutboxEntry(7, 1, 42, 3L, "Stadt Beispiel", Platform.FACEBOOK, 9L, ReplyChannel.PUBLIC, state, 2,
                false, words, kind, null, null, "key", "Danke!", NOW, NOW, NOW, null,
                state == State.QUEUED ? NOW.plusSeconds(300) : null, 0);
    }

    @Test
    void everyFailureTheOutboxWritesHasWordsInBothLanguages() {
        List<String> kinds = new ArrayList<>(List.of("ACCOUNT_REMOVED", "DEMO_ACCOUNT", "MESSAGE_MOVED",
                "PLATFORM_RULES", "NO_ADDRESS", "NO_MAILBOX", "MAIL_UNCONFIRMED", "INTERRUPTED"));
        for (ConnectorException.Kind k : ConnectorException.Kind.values()) {
            kinds.add(k.name());
        }
        for (MailException.Kind k : MailException.Kind.values()) {
            kinds.add(k.name());
        }
        for (Texts texts : List.of(DE, EN)) {
            TimeFormat time = new TimeFormat(texts, CLOCK);
            for (String kind : kinds) {
                for (State state : List.of(State.QUEUED, State.FAILED, State.NEEDS_ATTENTION)) {
                    String said = OutboxTexts.reason(texts, time, entry(state, kind, "ENGLISH WORDS"));
                    assertThat(said).as(texts.language() + " " + kind + " " + state).isNotEqualTo("ENGLISH WORDS")
                            .doesNotContain("{");
                }
            }
        }
    }

    @Test
    void aRateLimitIsSaidInGermanWithTheTimeOfTheNextTry() {
        TimeFormat time = new TimeFormat(DE, CLOCK);
        OutboxEntry waiting = entry(State.QUEUED, "RATE_LIMITED", "Facebook asked Switchboard to wait (rate limit); "
                + "the reply goes out at 2026-11-20T10:05:00Z.");

        assertThat(OutboxTexts.reason(DE, time, waiting)).startsWith("Facebook bittet Switchboard zu warten")
                .contains(time.at(NOW.plusSeconds(300)));
        assertThat(OutboxTexts.state(DE, time, waiting)).contains("Facebook bittet");
        assertThat(OutboxTexts.details(waiting)).contains("rate limit");
    }

    @Test
    void anExpiredSignInNamesTheAccountAndAnUnknownKindKeepsTheServicesWords() {
        TimeFormat time = new TimeFormat(DE, CLOCK);

        assertThat(OutboxTexts.reason(DE, time, entry(State.NEEDS_ATTENTION, "AUTH_EXPIRED", "x")))
                .isEqualTo("Facebook nimmt die Anmeldung des Kontos \u201eStadt Beispiel\u201c nicht mehr an. Verbinden "
                        + "Sie das Konto neu und senden Sie dann erneut: Der Text wartet im Postausgang.");
        assertThat(OutboxTexts.reason(DE, time, entry(State.FAILED, "SOMETHING_NEW", "Not sent: new reason")))
                .isEqualTo("Not sent: new reason");
        assertThat(OutboxTexts.reason(DE, time, entry(State.FAILED, null, null))).isEqualTo("kein Grund angegeben");
    }
}
