package org.switchboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.domain.queue.SavedView;

/** The repositories on the embedded H2 file in a data folder (the default). */
class H2RepositoryTest extends RepositoryContract {
    @Override
    protected Database openDatabase() {
        return Database.openEmbedded(dir);
    }

    @Test
    void theDatabaseIsAFileInTheDataFolder() {
        assertThat(DataFolder.databaseFile(dir)).exists();
    }

    @Test
    void everySavedViewIsCountedThroughAnIndexAndResolvedTodayThroughResolvedAt() {
        Instant midnight = Instant.parse("2026-11-22T00:00:00Z");
        long contact = db.jdbc().insert("INSERT INTO contacts (name, created_at) VALUES ('Jana', ?)", midnight);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boolean today = i % 100 == 0;
            Instant resolved = today ? midnight.plus(Duration.ofMinutes(i / 10)) : midnight.minus(Duration.ofHours(i));
            rows.add(new Object[] {i % 2 == 0 ? "CLOSED" : "RESOLVED", contact, resolved, resolved, resolved});
        }
        for (int i = 0; i < 300; i++) {
            rows.add(new Object[] {"NEW", contact, midnight, midnight, null});
        }
        db.jdbc().batch("INSERT INTO cases (status, priority_key, contact_id, platform, preview, created_at, "
                + "last_activity_at, queue_at, resolved_at) VALUES (?, 1, ?, 'x', 'p', ?, ?, ?, ?)", rows.stream()
                .map(r -> new Object[] {r[0], r[1], r[2], r[3], r[2], r[4]}).toList());
        db.jdbc().execute("ANALYZE");
        var filter = SavedView.RESOLVED_TODAY.filter("me", midnight);

        List<Object> params = new ArrayList<>();
        String sql = "EXPLAIN SELECT COUNT(*) FROM cases c" + QueueSql.countWhere(filter, midnight, params);
        String plan = db.jdbc().one(sql, rs -> rs.getString(1), params.toArray()).orElseThrow();

        assertThat(plan).as(plan).contains("CASES_RESOLVED");
        assertThat(cases.count(filter, midnight)).isEqualTo(30);
        for (SavedView v : SavedView.values()) {
            List<Object> p = new ArrayList<>();
            String count = "EXPLAIN SELECT COUNT(*) FROM cases c" + QueueSql.countWhere(v.filter("me", midnight),
                    midnight, p);
            assertThat(db.jdbc().one(count, rs -> rs.getString(1), p.toArray()).orElseThrow())
                    .as("%s is counted through an index, not by reading every case", v).doesNotContain("tableScan");
        }
        assertThat(cases.count(SavedView.UNASSIGNED.filter("me", midnight), midnight)).isEqualTo(300);
        assertThat(cases.count(SavedView.ALL.filter("me", midnight), midnight)).isEqualTo(300 + 1500);
    }
}
