package org.switchboard.service.replies;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.switchboard.app.AppContext;
import org.switchboard.service.Workspace;

/** A demo workspace in a temporary folder and the deflection check over it, as the composition root will wire it. */
final class DemoDeflection implements AutoCloseable {
    final Workspace workspace;
    final DeflectionCheck check;

    DemoDeflection(Path dir) {
        workspace = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"));
        workspace.demo().load();
        check = new DeflectionCheck(workspace.directory(), workspace.cases(), workspace.routing());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
