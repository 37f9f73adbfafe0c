package org.switchboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.events.Event;

/** Messages arrive the same way from sync, manual intake and the demo. */
class ConversationServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private final List<Event> events = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = AppContext.openEmbedded(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        ws.events().subscribe(events::add);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aContactIsFoundAgainByAnyOfItsHandles() {
        Contact lena = ws.conversations().findOrCreateContact(new ContactRef("Lena Köhler", null, null, List.of(
                new ContactRef.Handle(Platform.INSTAGRAM, "lena.koehler", null))));
        Contact again = ws.conversations().findOrCreateContact(new ContactRef("Lena K.", "lena@example.org", null,
                List.of(new ContactRef.Handle(Platform.EMAIL, "lena@example.org", null),
                        new ContactRef.Handle(Platform.INSTAGRAM, "lena.koehler", null))));
        assertThat(again.id()).isEqualTo(lena.id());
        Contact byMail = ws.conversations().findOrCreateContact(new ContactRef("L", null, null, List.of(
                new ContactRef.Handle(Platform.EMAIL, "lena@example.org", null))));
        assertThat(byMail.id()).as("the e-mail handle was added to her contact").isEqualTo(lena.id());
    }

    @Test
    void theWaitingTimeStartsWithTheFirstUnansweredMessageAndEndsWithOurAnswer() {
        Contact c = ws.conversations().findOrCreateContact(new ContactRef("Jonas", null, null, List.of(
                new ContactRef.Handle(Platform.FACEBOOK, "jonas", null))));
        Instant t1 = NOW.minus(Duration.ofHours(3));
        Case k = ws.conversations().openCase(c, msg(Direction.IN, "Bank kaputt", t1), Priority.HIGH);
        assertThat(k.waitingSince()).isEqualTo(t1);
        assertThat(k.status()).isEqualTo(CaseStatus.NEW);

        k = ws.conversations().addMessage(k.id(), c.id(), msg(Direction.IN, "Hallo??", t1.plusSeconds(600)));
        assertThat(k.waitingSince()).as("still waiting since the first").isEqualTo(t1);
        assertThat(k.preview()).isEqualTo("Hallo??");

        k = ws.conversations().addMessage(k.id(), null, msg(Direction.OUT, "Wir kümmern uns.", t1.plusSeconds(900)));
        assertThat(k.waitingSince()).isNull();
        assertThat(k.messageCount()).isEqualTo(3);

        ws.cases().setStatus(k.id(), CaseStatus.WAITING_CUSTOMER);
        Instant t4 = t1.plusSeconds(4000);
        k = ws.conversations().addMessage(k.id(), c.id(), msg(Direction.IN, "Danke, hier die Adresse", t4));
        assertThat(k.status()).as("the customer answered: back to us").isEqualTo(CaseStatus.OPEN);
        assertThat(k.waitingSince()).isEqualTo(t4);

        k = ws.conversations().addMessage(k.id(), c.id(), msg(Direction.IN, "nachgereicht, älter", t1.plusSeconds(1)));
        assertThat(k.preview()).as("an older message does not replace the latest").isEqualTo("Danke, hier die Adresse");
        assertThat(k.messageCount()).isEqualTo(5);

        long id = k.id();
        assertThat(events).filteredOn(Event.CaseChanged.class::isInstance).map(Event.CaseChanged.class::cast)
                .allMatch(e -> e.caseId() == id)
                .as("opened, then messages added: each announces just its new message (the index adds only it)")
                .anyMatch(e -> e.created() && e.addedMessages().size() == 1)
                .anyMatch(e -> !e.created() && e.addedMessages().size() == 1)
                .as("the customer's answer reopened the case: its status changed, so the whole case is announced")
                .anyMatch(e -> !e.created() && e.addedMessages().isEmpty());
        assertThat(ws.cases().open(k.id()).history()).extracting(a -> a.action())
                .contains("case.created", "case.status");
    }

    private static NewMessage msg(Direction d, String text, Instant at) {
        return new NewMessage(null, Platform.FACEBOOK, null, d, MessageKind.COMMENT, d == Direction.IN ? "Jonas"
                : "Stadt", text, null, at, null, List.of(), null, null, List.of());
    }
}
