package org.switchboard.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.Agent;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;
import org.switchboard.store.JdbcCaseRepository;

/** The saved views' badges count up to a cap and then say "more than" (ADR 0025). */
class ViewCountCapTest {
    @TempDir
    Path dir;

    @Test
    void aViewWithMoreCasesThanTheCapCountsOnePastIt() {
        try (Workspace ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"))) {
            ws.demo().load();
        }
        Database db = Database.openEmbedded(dir);
        try {
            JdbcCaseRepository cases = new JdbcCaseRepository(db.jdbc());
            QueueService exact = new QueueService(cases, Clock.systemUTC(), Agent.fixed("lea"), 1_000_000);
            QueueService capped = new QueueService(cases, Clock.systemUTC(), Agent.fixed("lea"), 5);

            Map<SavedView, Long> all = exact.viewCounts();
            Map<SavedView, Long> badges = capped.viewCounts();

            assertThat(all.get(SavedView.ALL)).isGreaterThan(5);
            assertThat(badges.get(SavedView.ALL)).isEqualTo(6);
            for (SavedView v : SavedView.values()) {
                assertThat(badges.get(v)).as(v.name()).isEqualTo(Math.min(all.get(v), 6));
            }
            assertThat(QueueService.VIEW_COUNT_CAP).isEqualTo(10_000);
        } finally {
            db.close();
        }
    }
}
