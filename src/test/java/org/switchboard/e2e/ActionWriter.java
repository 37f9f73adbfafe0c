package org.switchboard.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.switchboard.app.AppContext;
import org.switchboard.service.Workspace;

/**
 * A second process for {@link OutboxCrashTest}: does three ordinary things an agent does to a case — assigns it
 * (a transaction), adds a note (a transaction with its audit line) and marks it read (a single statement outside
 * any transaction) — prints {@code done} after the last returned, and keeps running until it is killed.
 * Arguments: data folder, case id.
 */
public final class ActionWriter {
    static final String NOTE = "Rückruf bei Herrn Weber vereinbart – Stand 3 🙂";

    private ActionWriter() {}

    public static void main(String[] args) throws Exception {
        Workspace ws = AppContext.openEmbedded(Path.of(args[0]), Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault", "SWITCHBOARD_VAULT_PASSPHRASE", "e2e"));
        long caseId = Long.parseLong(args[1]);
        ws.cases().assign(caseId, "Jana");
        ws.cases().addNote(caseId, NOTE);
        ws.cases().markRead(caseId);
        System.out.println("done");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
