package org.switchboard.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Draft;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.Workspace;

/**
 * A second process for {@link OutboxCrashTest}: saves drafts on a case as the window does while the agent types,
 * prints {@code saved N} after each save returned, and keeps running until it is killed.
 * Arguments: data folder, case id, number of saves.
 */
public final class DraftWriter {
    private DraftWriter() {}

    public static void main(String[] args) throws Exception {
        Workspace ws = AppContext.openEmbedded(Path.of(args[0]), Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault", "SWITCHBOARD_VAULT_PASSPHRASE", "e2e"));
        long caseId = Long.parseLong(args[1]);
        int saves = Integer.parseInt(args[2]);
        for (int i = 1; i <= saves; i++) {
            Draft d = ws.drafts().save(caseId, ReplyChannel.PUBLIC, text(i), null);
            System.out.println("saved " + d.id() + " " + i);
            System.out.flush();
        }
        Thread.sleep(600_000);
    }

    static String text(int i) {
        return "Sehr geehrte Frau Öztürk, danke für Ihre Geduld – Stand " + i + " 🙂";
    }
}
