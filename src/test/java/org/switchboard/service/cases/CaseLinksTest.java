package org.switchboard.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.Workspace;

/** Reworded reports of one problem are found, linked, and answered together when the errand is done. */
class CaseLinksTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault",
                "SWITCHBOARD_VAULT_PASSPHRASE", "case-links"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Case report(Platform platform, String who, String text) {
        Contact c = ws.conversations().findOrCreateContact(new ContactRef(who, null, null,
                List.of(new ContactRef.Handle(platform, who.toLowerCase().replace(' ', '.'), null))));
        return ws.conversations().openCase(c, new NewMessage(null, platform, null, Direction.IN, MessageKind.POST, who,
                text, null, Instant.now(), null, null, null, null, null), Priority.NORMAL);
    }

    @Test
    void aRewordedEnglishReportOnAnotherPlatformIsOfferedAsTheSame() {
        Case bluesky = report(Platform.BLUESKY, "Sam Carter", "The streetlight outside 14 Mill Lane has been "
                + "flickering for a week and now it is completely dark at night. Feels unsafe walking home.");
        Case facebook = report(Platform.FACEBOOK, "Priya Shah", "Streetlights on Mill Lane near number 14 are "
                + "dark at night since last week - walking home there feels really unsafe!");
        Case unrelated = report(Platform.X, "Tom", "When does the library open on Sundays?");

        List<PossibleDuplicates.Match> matches = ws.duplicates().of(facebook.id());
        assertThat(matches).extracting(PossibleDuplicates.Match::caseId).containsExactly(bluesky.id());
        assertThat(matches.getFirst().sharedWords()).contains("mill", "dark");
        assertThat(ws.duplicates().of(unrelated.id())).isEmpty();
    }

    @Test
    void linkedCasesShowEachOtherAndUnlinkingLeavesBothAsTheyWere() {
        Case a = report(Platform.FACEBOOK, "Jonas Wagner", "Gehweg Bahnhofstraße 12 abgesackt, riesige Pfütze");
        Case b = report(Platform.MASTODON, "Petra Lang", "Riesige Pfütze am Gehweg Bahnhofstraße 12");
        Case c = report(Platform.EMAIL, "Lea Roth", "Pfütze Bahnhofstraße 12, Gehweg kaputt");

        assertThat(ws.caseLinks().link(b.id(), a.id())).isEqualTo(a.id());
        // a duplicate of a duplicate joins the main case: one errand answers all three
        assertThat(ws.caseLinks().link(c.id(), b.id())).isEqualTo(a.id());

        assertThat(ws.caseLinks().of(a.id())).extracting(l -> l.kase().id()).containsExactly(b.id(), c.id());
        assertThat(ws.caseLinks().of(b.id())).extracting(l -> l.kase().id(), CaseLinks.Linked::main)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), true),
                        org.assertj.core.groups.Tuple.tuple(c.id(), false));
        assertThat(ws.cases().open(b.id()).history()).extracting(h -> h.action()).contains("case.linked");

        ws.caseLinks().unlink(b.id());
        assertThat(ws.caseLinks().of(a.id())).extracting(l -> l.kase().id()).containsExactly(c.id());
        assertThat(ws.caseLinks().of(b.id())).isEmpty();
        assertThat(ws.cases().open(b.id()).messages()).hasSize(1);
        assertThatThrownBy(() -> ws.caseLinks().link(a.id(), a.id())).hasMessageContaining("itself");
        assertThatThrownBy(() -> ws.caseLinks().unlink(b.id())).hasMessageContaining("not linked");
    }

    @Test
    void whenTheMainCasesErrandIsDoneEveryLinkedCaseIsBackInTheQueueWithAResultDraft() {
        ws.demo().load();
        Case main = report(Platform.FACEBOOK, "Jonas Wagner", "Vor der Bahnhofstraße 12 ist der Gehweg abgesackt, "
                + "bei Regen steht da eine riesige Pfütze.");
        Case english = report(Platform.BLUESKY, "Sam Carter", "The pavement at Bahnhofstrasse 12 has sunk and "
                + "there is a huge puddle when it rains. Please fix it.");
        ws.caseLinks().link(english.id(), main.id());
        ws.cases().setStatus(english.id(), CaseStatus.WAITING_INTERNAL);

        String ref = ws.errands().forward(main.id(), "roads", ErrandChannel.PHONE, null, "Gehweg absperren?")
                .errand().ref().value();
        assertThat(ws.cases().open(main.id()).kase().status()).isEqualTo(CaseStatus.WAITING_INTERNAL);
        ws.errands().update(ref, ErrandStatus.DONE, null, "Gehweg ist repariert");

        for (Case c : List.of(main, english)) {
            assertThat(ws.cases().open(c.id()).kase().status()).as("case %s", c.id()).isEqualTo(CaseStatus.OPEN);
        }
        assertThat(resultDrafts(english.id(), ref)).singleElement().satisfies(d -> assertThat(d.text())
                .contains("taken care of"));
        assertThat(resultDrafts(main.id(), ref)).singleElement().satisfies(d -> assertThat(d.text())
                .contains("erledigt"));
        assertThat(ws.cases().open(english.id()).history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("errand.status");
            assertThat(h.detail()).contains(ref).contains("done").contains("Gehweg ist repariert");
        });
    }

    @Test
    void anUnlinkedCaseNoLongerFollowsTheErrand() {
        ws.demo().load();
        Case main = report(Platform.FACEBOOK, "Jonas Wagner", "Gehweg Bahnhofstraße 12 abgesackt, Pfütze");
        Case other = report(Platform.MASTODON, "Petra Lang", "Pfütze am Gehweg Bahnhofstraße 12");
        ws.caseLinks().link(other.id(), main.id());
        ws.caseLinks().unlink(main.id());
        ws.cases().setStatus(other.id(), CaseStatus.WAITING_INTERNAL);
        String ref = ws.errands().forward(main.id(), "roads", ErrandChannel.PHONE, null, null).errand().ref().value();
        ws.errands().update(ref, ErrandStatus.DONE, null, null);
        assertThat(ws.cases().open(other.id()).kase().status()).isEqualTo(CaseStatus.WAITING_INTERNAL);
        assertThat(resultDrafts(other.id(), ref)).isEmpty();
    }

    private List<Draft> resultDrafts(long caseId, String ref) {
        return ws.cases().open(caseId).drafts().stream().filter(d -> d.text().contains(ref))
                .filter(d -> !d.text().contains("passed your concern") && !d.text().contains("weitergegeben"))
                .toList();
    }
}
