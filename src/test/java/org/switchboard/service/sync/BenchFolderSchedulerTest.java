package org.switchboard.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.app.bench.Benchmark;
import org.switchboard.domain.Account;
import org.switchboard.domain.sync.AccountStatus;
import org.switchboard.service.Workspace;
import org.switchboard.ui.shell.OpenedWorkspace;

/** A window on a benchmark's folder: its scheduler does not try to sync the synthetic accounts, the bar says "demo". */
class BenchFolderSchedulerTest {
    @TempDir
    Path dir;

    @Test
    void aWindowOnABenchFolderDoesNotSyncItsSyntheticAccounts() throws Exception {
        Path folder = dir.resolve("bench");
        new Benchmark(new Benchmark.Options(folder, 20, 40, 2, -1, false), new PrintWriter(new StringWriter(), true))
                .run();
        OpenedWorkspace opened = OpenedWorkspace.open(d -> AppContext.openEmbedded(d, Clock.systemUTC(),
                Map.of("SWITCHBOARD_SECRET_STORE", "vault")), folder);
        try (Workspace ws = opened.workspace()) {
            assertThat(opened.demo()).as("the status bar marks the workspace as a demo").isTrue();
            Map<Long, AccountStatus> before = new java.util.HashMap<>();
            for (Account a : ws.accounts().list()) {
                before.put(a.id(), ws.sync().status(a.id()));
            }
            ws.scheduler().runDue(true); // the window's "Sync now", run here on this thread
            for (Account a : ws.accounts().list()) {
                AccountStatus after = ws.sync().status(a.id());
                assertThat(after).as(a.name()).isEqualTo(before.get(a.id()));
                assertThat(after.state()).as(a.name()).isNotIn(AccountStatus.State.ERROR,
                        AccountStatus.State.RECONNECT_NEEDED, AccountStatus.State.OFFLINE);
            }
        }
    }
}
