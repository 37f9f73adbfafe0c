package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.bench.Benchmark;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.http.Sleeper;
import org.switchboard.domain.Account;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;
import org.switchboard.store.Jdbc;
import org.switchboard.testing.MemorySecretStore;

/**
 * A smoke-size benchmark workspace holds the notes and errands it was asked for, real enough for the queue's
 * errand filters and for search, and opened again (as a window or the command line would) it syncs nothing.
 */
class BenchWorkspaceTest {
    @TempDir
    static Path dir;
    static List<Benchmark.Figure> figures;
    static Workspace ws;
    static Jdbc jdbc;

    @BeforeAll
    static void buildThenOpenAgain() throws Exception {
        Path folder = dir.resolve("bench");
        // 60 cases: 36 bulk-loaded, 24 through the sync path; notes and errands land on both
        figures = new Benchmark(new Benchmark.Options(folder, 60, 180, 2, 72, false, 13, 12),
                new PrintWriter(new StringWriter(), true)).run();
        Database db = Database.openEmbedded(folder);
        jdbc = db.jdbc();
        ws = AppContext.wire(folder, db, Clock.systemUTC(), Http.newClient("test"), Sleeper.REAL,
                MemorySecretStore.open());
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void theTableSaysHowManyNotesAndErrandsTheDatabaseHolds() {
        assertThat(jdbc.count("SELECT COUNT(*) FROM notes")).isEqualTo(13);
        assertThat(jdbc.count("SELECT COUNT(*) FROM errands")).isEqualTo(12);
        assertThat(figures).filteredOn(f -> f.name().startsWith("workspace: notes and errands")).singleElement()
                .satisfies(f -> assertThat(f.value()).startsWith("13 notes (").contains(", 12 errands ("));
        assertThat(jdbc.count("SELECT COUNT(DISTINCT case_id) FROM notes")).as("spread over the cases")
                .isGreaterThan(10);
        assertThat(jdbc.count("SELECT COUNT(*) FROM directory_entries WHERE entry_type = 'unit'")).isEqualTo(6);
    }

    @Test
    void theDefaultsAreIssue8sProportion() {
        var o = new Benchmark.Options(dir, 2000, 10000, 1);
        assertThat(List.of(o.notes(), o.errands())).containsExactly(-1L, -1L);
        assertThat(Math.round(2000 * Benchmark.NOTES_PER_CASE)).isEqualTo(100);
        assertThat(Math.round(2000 * Benchmark.ERRANDS_PER_CASE)).isEqualTo(40);
        assertThat(Math.round(1_000_000 * Benchmark.NOTES_PER_CASE)).isEqualTo(50_000);
        assertThat(Math.round(1_000_000 * Benchmark.ERRANDS_PER_CASE)).isEqualTo(20_000);
    }

    @Test
    void theCasesErrandColumnsAgreeWithTheErrandRows() {
        String open = "e.case_id = c.id AND e.status IN ('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')";
        assertThat(jdbc.count("SELECT COUNT(*) FROM cases c WHERE c.open_errands <> (SELECT COUNT(*) FROM errands e "
                + "WHERE " + open + ") OR COALESCE(c.next_errand_due, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00') "
                + "<> COALESCE((SELECT MIN(e.due_at) FROM errands e WHERE " + open + "), "
                + "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')")).isZero();
        assertThat(jdbc.count("SELECT COUNT(*) FROM cases c WHERE c.open_errands >= 1 AND c.status <> 'WAITING_INTERNAL'"))
                .as("a forwarded open case waits for the unit").isZero();
        assertThat(jdbc.count("SELECT COUNT(*) FROM errands e JOIN cases c ON c.id = e.case_id WHERE "
                + "e.status IN ('DONE', 'DECLINED') AND c.status NOT IN ('RESOLVED', 'CLOSED')")).isZero();
    }

    @Test
    void theQueuesErrandFiltersFindTheCasesWithOpenAndOverdueErrands() {
        Instant now = Instant.now();
        Set<Long> withOpen = new HashSet<>(jdbc.list("SELECT DISTINCT case_id FROM errands WHERE status IN "
                + "('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS')", rs -> rs.getLong(1)));
        Set<Long> overdue = new HashSet<>(jdbc.list("SELECT DISTINCT case_id FROM errands WHERE status IN "
                + "('SENT', 'ACKNOWLEDGED', 'IN_PROGRESS') AND due_at < ?", rs -> rs.getLong(1), now));
        assertThat(overdue).isNotEmpty();
        assertThat(withOpen).hasSizeGreaterThan(overdue.size());
        assertThat(ids(QueueFilter.NOT_CLOSED.withOpenErrand(true))).containsExactlyInAnyOrderElementsOf(withOpen);
        assertThat(ids(QueueFilter.NOT_CLOSED.withOverdue(true))).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(figures).extracting(Benchmark.Figure::name).contains("queue first page: open errand, waiting",
                "queue first page: overdue, waiting");
    }

    private List<Long> ids(QueueFilter filter) {
        return ws.queue().page(QueueQuery.firstPage(filter, QueueSort.WAITING, 500)).rows().stream()
                .map(QueueRow::id).toList();
    }

    @Test
    void notesAreSearchableLikeRealNotes() {
        long noteId = jdbc.list("SELECT id FROM notes ORDER BY id", rs -> rs.getLong(1)).getFirst();
        String body = jdbc.list("SELECT body FROM notes WHERE id = ?", rs -> rs.getString(1), noteId).getFirst();
        String phrase = "\"" + body.substring(0, body.indexOf('.')).replace("\"", "") + "\"";
        assertThat(ws.search().search(phrase, 50)).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(SearchDocument.Kind.NOTE);
            assertThat(h.id()).isEqualTo(noteId);
        });
    }

    @Test
    void openedAgainItsSyntheticAccountsAreDemoAccountsThatNeverSync() {
        List<Account> accounts = ws.accounts().list();
        assertThat(accounts).hasSize(4).allSatisfy(a -> assertThat(a.demo()).as(a.name()).isTrue());
        assertThat(ws.sync().syncOnce(null)).as("sync --once and the window's pass leave them alone").isEmpty();
        var errands = ws.errandSync().runOnce();
        assertThat(List.of(errands.reminders(), errands.escalations(), errands.leadFlags(), errands.resent()))
                .as("the follow-up ladder finds its steps already taken").containsOnly(0);
        assertThat(errands.failed()).isFalse();
    }
}
