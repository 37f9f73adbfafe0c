package org.switchboard.ui;

import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.switchboard.app.AppContext;
import org.switchboard.domain.Platform;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;
import org.switchboard.ui.accounts.FakePlatform;

/**
 * A real workspace (H2, migrations, services) whose Mastodon, Bluesky and Facebook connectors are the
 * test's {@link FakePlatform}, and whose secrets stay in the test's store.
 */
public final class FakeWorkspace {
    private FakeWorkspace() {}

    public static Workspace open(Path dir, SecretStore secrets, FakePlatform platform) {
        return AppContext.wire(dir, Database.openEmbedded(dir), UiTestWorkspace.CLOCK, new OkHttpClient(), d -> { },
                secrets, connectors -> {
                    for (Platform p : new Platform[] {Platform.MASTODON, Platform.BLUESKY, Platform.FACEBOOK}) {
                        connectors.register(p, (http, account, store) -> platform.connector(account));
                    }
                });
    }
}
