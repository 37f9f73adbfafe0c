package org.switchboard.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.StaleWriteException;
import org.switchboard.service.Workspace;

/** Split, undo and the resolve rules, through the real services on a real H2 file. */
class CaseActionsServiceTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC),
                java.util.Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Case phoneCase(String text) {
        return ws.intake().log(new ManualIntake.Concern(Platform.PHONE, "Anna", null, null, "+49 1", text));
    }

    @Test
    void aMessageAboutASecondProblemIsSplitIntoItsOwnCase() {
        Case c = phoneCase("Bank kaputt");
        Case withTwo = ws.intake().log(new ManualIntake.Concern(Platform.PHONE, "Anna", null, null, "+49 1", "x"));
        ws.merger().merge(c.id(), List.of(withTwo.id()));
        var messages = ws.cases().open(c.id()).messages();
        assertThat(messages).hasSize(2);
        Case split = ws.merger().split(c.id(), messages.get(1).id());
        assertThat(ws.cases().open(split.id()).messages()).extracting(m -> m.text()).containsExactly("x");
        assertThat(ws.cases().open(c.id()).messages()).hasSize(1);
        assertThat(ws.cases().open(c.id()).kase().messageCount()).isEqualTo(1);
        assertThatThrownBy(() -> ws.merger().split(c.id(), messages.get(0).id()))
                .hasMessageContaining("nothing to split");
    }

    @Test
    void undoTakesBackTheLastActionUnlessSomeoneChangedTheCaseSince() {
        Case c = phoneCase("Laterne aus");
        ws.cases().setPriority(c.id(), Priority.URGENT);
        assertThat(ws.cases().undoableAction()).isEqualTo("case.priority");
        Case back = ws.cases().undoLast();
        assertThat(back.priority()).isEqualTo(Priority.NORMAL);
        assertThatThrownBy(() -> ws.cases().undoLast()).hasMessageContaining("nothing to undo");

        ws.cases().resolve(c.id(), Outcome.FIXED, null);
        assertThat(ws.cases().undoLast().status()).isEqualTo(CaseStatus.NEW);

        ws.cases().assign(c.id(), "mira");
        ws.conversations().addMessage(c.id(), null, new NewMessage(null, Platform.PHONE, null,
                org.switchboard.domain.Direction.OUT, org.switchboard.domain.MessageKind.MANUAL, "city", "Rückruf", null,
                Instant.parse("2026-11-22T10:00:00Z"), null, null, null, null, null));
        assertThatThrownBy(() -> ws.cases().undoLast()).isInstanceOf(StaleWriteException.class);
        assertThat(ws.cases().open(c.id()).kase().assignee()).isEqualTo("mira");
    }
}
