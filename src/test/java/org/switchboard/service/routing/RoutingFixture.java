package org.switchboard.service.routing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.switchboard.app.AppContext;
import java.time.Instant;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Platform;
import org.switchboard.service.cases.ManualIntake;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.search.TextAnalysis;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.Repositories;
import org.switchboard.store.Database;
import org.switchboard.store.Jdbc;
import org.switchboard.store.JdbcAccountRepository;
import org.switchboard.store.JdbcAuditLog;
import org.switchboard.store.JdbcCaseRepository;
import org.switchboard.store.JdbcContactRepository;
import org.switchboard.store.JdbcDirectoryRepository;
import org.switchboard.store.JdbcDraftRepository;
import org.switchboard.store.JdbcErrandRepository;
import org.switchboard.store.JdbcMessageRepository;
import org.switchboard.store.JdbcNoteRepository;

/**
 * A real data folder for routing tests: filled through the real services (the demo, a directory file),
 * then opened again with the repositories the routing service reads, as the composition root wires them.
 */
public final class RoutingFixture implements AutoCloseable {
    static final Map<String, String> ENV = Map.of("SWITCHBOARD_SECRET_STORE", "vault");

    final Database db;
    final Repositories repos;
    final TextAnalysis analysis = new TextAnalysis();
    final List<Long> caseIds = new java.util.ArrayList<>();
    private final RoutingService routing;

    private RoutingFixture(Path dir) {
        db = Database.openEmbedded(dir);
        Jdbc jdbc = db.jdbc();
        repos = new Repositories(jdbc, new JdbcAccountRepository(jdbc), new JdbcContactRepository(jdbc),
                new JdbcCaseRepository(jdbc), new JdbcMessageRepository(jdbc), new JdbcNoteRepository(jdbc),
                new JdbcDirectoryRepository(jdbc), new JdbcErrandRepository(jdbc), new JdbcDraftRepository(jdbc),
                new JdbcAuditLog(jdbc));
        routing = new RoutingService(repos, analysis);
    }

    /** The routing service over this data folder, wired as the composition root wires it. */
    public RoutingService routing() {
        return routing;
    }

    /** The demo workspace, loaded through the real services. */
    public static RoutingFixture demo(Path dir) {
        try (Workspace ws = AppContext.openEmbedded(dir, Clock.systemUTC(), ENV)) {
            ws.demo().load();
        }
        return new RoutingFixture(dir);
    }

    /** A directory imported from a test resource file, and a phone case for each text. */
    static RoutingFixture directory(Path dir, String resource, String... caseTexts) {
        List<Long> ids = new java.util.ArrayList<>();
        try (Workspace ws = AppContext.openEmbedded(dir, Clock.systemUTC(), ENV)) {
            var result = ws.directory().importFile(resourcePath(resource));
            if (!result.imported()) {
                throw new IllegalStateException("test directory rejected: " + result.problems());
            }
            for (String text : caseTexts) {
                ids.add(ws.intake().log(new ManualIntake.Concern(Platform.PHONE, "Anna Anrufer", null, null,
                        "+49 30 555", text)).id());
            }
        }
        RoutingFixture f = new RoutingFixture(dir);
        f.caseIds.addAll(ids);
        return f;
    }

    /** Records that case {@code caseId} was forwarded to {@code unit}, as the errand service would. */
    void forwarded(long caseId, String unit, ErrandStatus status, String redirectedTo) {
        Instant now = Instant.parse("2026-11-20T09:00:00Z");
        repos.errands().insert(new Errand(0, ErrandRef.of(2026, repos.errands().nextNumber(2026)), caseId, unit,
                null, ErrandChannel.EMAIL, status, now.plusSeconds(86_400), now, now, redirectedTo, 0));
    }

    /** The id of the case whose inbound messages contain {@code words}. */
    long caseWith(String words) {
        return allCases().stream().filter(r -> repos.messages().forCase(r.id()).stream()
                        .anyMatch(m -> m.text().contains(words))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no case says '" + words + "'")).id();
    }

    static Path resourcePath(String resource) {
        try {
            return Path.of(RoutingFixture.class.getResource(resource).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case, whatever its status. */
    public List<QueueRow> allCases() {
        return repos.cases().page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED.withStatuses(
                EnumSet.allOf(CaseStatus.class)), QueueSort.NEWEST, 10_000), java.time.Instant.now()).rows();
    }

    @Override
    public void close() {
        analysis.close();
        db.close();
    }
}
