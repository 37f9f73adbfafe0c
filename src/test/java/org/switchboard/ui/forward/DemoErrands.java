package org.switchboard.ui.forward;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.switchboard.app.AppContext;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;

/** The errand tests' demo workspace and its bench case. */
public final class DemoErrands {
    private DemoErrands() {}

    /** A demo workspace with a vault as its secret store (no keychain on a build machine). */
    public static Workspace openDemo(Path dir) {
        Workspace ws = AppContext.openEmbedded(dir, Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault", "SWITCHBOARD_VAULT_PASSPHRASE", "x"));
        ws.demo().load();
        return ws;
    }

    /** The demo's broken bench in the rose garden, with the sunken pavement in front of it. */
    public static long benchCase(Workspace ws) {
        return ws.queue().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 200)).rows().stream()
                .filter(r -> r.contactName().equals("Jonas Wagner")).findFirst().orElseThrow().id();
    }
}
