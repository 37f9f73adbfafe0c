package org.switchboard.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.NewMessage;

/** A real workspace in a temporary folder for the UI tests: real H2, real migrations, the demo data. */
public final class UiTestWorkspace {
    /** A Saturday morning in Berlin; the demo's relative times hang off it. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    private UiTestWorkspace() {}

    /** Opens a workspace in {@code dir} and loads the demo into it. */
    public static Workspace withDemo(Path dir) {
        Workspace ws = AppContext.openEmbedded(dir, CLOCK);
        ws.demo().load();
        return ws;
    }

    /** A new case from a new contact, as the sync engine would store it. */
    public static Case newCase(Workspace ws, String name, String text) {
        Contact contact = ws.conversations().findOrCreateContact(new ContactRef(name, null, null,
                List.of(new ContactRef.Handle(Platform.MASTODON, "@" + name.toLowerCase().replace(' ', '.')
                        + "@norden.social.example", null))));
        Long account = ws.accounts().list().getFirst().id();
        return ws.conversations().openCase(contact, new NewMessage(account, Platform.MASTODON,
                "test-" + System.nanoTime(), Direction.IN, MessageKind.MENTION, name, text, null, CLOCK.instant(),
                null, List.of(), null, null, List.of()), Priority.NORMAL);
    }
}
