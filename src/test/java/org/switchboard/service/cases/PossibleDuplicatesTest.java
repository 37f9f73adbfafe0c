package org.switchboard.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.Workspace;

/** A reworded report of the same problem by someone else on another platform is recognised. */
class PossibleDuplicatesTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Case report(Platform platform, String who, String text) {
        Contact c = ws.conversations().findOrCreateContact(new ContactRef(who, null, null,
                List.of(new ContactRef.Handle(platform, who.toLowerCase().replace(' ', '.'), null))));
        return ws.conversations().openCase(c, new NewMessage(null, platform, null, Direction.IN, MessageKind.POST, who,
                text, null, java.time.Instant.now(), null, null, null, null, null), Priority.NORMAL);
    }

    @Test
    void theSamePuddleReportedOnAnotherPlatformIsOffered() {
        Case facebook = report(Platform.FACEBOOK, "Jonas Wagner", "Vor der Bahnhofstraße 12 ist der Gehweg "
                + "abgesackt, bei Regen steht da eine riesige Pfütze. Mit Kinderwagen kommt man nicht vorbei.");
        Case mastodon = report(Platform.MASTODON, "Petra Lang", "Riesige Pfützen auf dem abgesackten Gehweg "
                + "Bahnhofstraße 12 – mit dem Kinderwagen unmöglich!");
        Case unrelated = report(Platform.X, "Kai", "Der RE 7 hatte heute wieder 40 Minuten Verspätung.");

        List<PossibleDuplicates.Match> matches = ws.duplicates().of(mastodon.id());
        assertThat(matches).extracting(PossibleDuplicates.Match::caseId).containsExactly(facebook.id());
        assertThat(matches.getFirst().sharedWords()).contains("gehweg");
        assertThat(matches.getFirst().platform()).isEqualTo("facebook");
        assertThat(ws.duplicates().of(unrelated.id())).isEmpty();
    }
}
