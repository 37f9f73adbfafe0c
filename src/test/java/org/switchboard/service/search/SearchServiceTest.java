package org.switchboard.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.AppContext;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.search.LuceneSearchIndex;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.Workspace;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.EventBus;
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

/** Search over the demo workspace: inflections, umlauts, phrases, prefixes, filters, and rebuilding. */
class SearchServiceTest {
    @TempDir
    Path dir;

    private Database db;
    private Repositories repos;
    private EventBus events;
    private SearchService search;

    @BeforeEach
    void loadDemoAndIndex() {
        try (Workspace ws = AppContext.openEmbedded(dir, Clock.systemUTC(), Map.of("SWITCHBOARD_SECRET_STORE", "vault"))) {
            ws.demo().load();
        }
        db = Database.openEmbedded(dir);
        Jdbc jdbc = db.jdbc();
        repos = new Repositories(jdbc, new JdbcAccountRepository(jdbc), new JdbcContactRepository(jdbc),
                new JdbcCaseRepository(jdbc), new JdbcMessageRepository(jdbc), new JdbcNoteRepository(jdbc),
                new JdbcDirectoryRepository(jdbc), new JdbcErrandRepository(jdbc), new JdbcDraftRepository(jdbc),
                new JdbcAuditLog(jdbc));
        events = new EventBus();
        search = new SearchService(repos, LuceneSearchIndex.open(dir.resolve("index")), events);
        search.ensureBuilt();
    }

    @AfterEach
    void close() {
        search.close();
        db.close();
    }

    private List<SearchHit> find(String q) {
        return search.search(q, 50);
    }

    private String texts(List<SearchHit> hits) {
        return String.join("\n", hits.stream().map(SearchHit::snippet).toList());
    }

    @Test
    void germanWordsAreFoundInTheirInflectedFormsAndWithoutUmlauts() {
        assertThat(texts(find("Bänke"))).containsIgnoringCase("bank");
        assertThat(find("Strasse")).isNotEmpty();
        assertThat(texts(find("Strasse"))).contains("«");
        assertThat(find("Pfützen")).isNotEmpty();
    }

    @Test
    void englishWordsAreFoundInTheirInflectedForms() {
        assertThat(texts(find("trees"))).containsIgnoringCase("«tree»"); // the demo says "tree"
        assertThat(texts(find("tickets"))).containsIgnoringCase("«ticket»");
        assertThat(texts(find("tulip"))).containsIgnoringCase("«tulips»");
    }

    @Test
    void phrasesAndPrefixesWork() {
        assertThat(find("\"RE 7\"")).isNotEmpty();
        List<SearchHit> prefix = find("Later*");
        assertThat(prefix).isNotEmpty();
        assertThat(texts(prefix).toLowerCase()).contains("«later");
        assertThat(find("\"kaputt Bank Rosengarten xyz\"")).isEmpty();
        assertThat(find("\"unbalanced")).as("broken syntax is searched as words, not an error").isNotNull();
    }

    @Test
    void filtersInTheQueryNarrowTheHits() {
        List<SearchHit> all = find("Bank");
        List<SearchHit> fb = find("Bank platform:facebook");
        assertThat(fb).isNotEmpty();
        assertThat(fb.size()).isLessThanOrEqualTo(all.size());
        assertThat(find("Bank platform:myspace")).isEmpty();
        assertThat(find("from:\"Jonas Wagner\"")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.kind()).isIn(SearchDocument.Kind.MESSAGE, SearchDocument.Kind.CONTACT));
        assertThat(find("Bank before:2000-01-01")).isEmpty();
        assertThat(find("Bank after:2000-01-01")).hasSameSizeAs(all);
        assertThat(find("status:CLOSED")).isNotEmpty();
    }

    @Test
    void aNoteIsSearchableRightAfterItIsSaved() {
        assertThat(find("Zebrastreifenmarkierung")).isEmpty();
        long caseId = repos.cases().idsAfter(0, 1).getFirst();
        CaseService cases = new CaseService(repos, new Audit(repos.audit(), Clock.systemUTC(), Agent.fixed("mira")),
                events, Clock.systemUTC(), Agent.fixed("mira"));
        cases.addNote(caseId, "Rückruf vereinbart wegen der Zebrastreifenmarkierung");
        search.awaitIndexed();
        List<SearchHit> hits = find("Zebrastreifenmarkierung");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchDocument.Kind.NOTE);
            assertThat(h.caseId()).isEqualTo(caseId);
            assertThat(h.snippet()).contains("«Zebrastreifenmarkierung»");
        });
    }

    @Test
    void aDeletedOrDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        int before = find("Bank").size();
        search.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3}); // damage every file
            }
        }
        LuceneSearchIndex damaged = LuceneSearchIndex.open(dir.resolve("index"));
        assertThat(damaged.startedEmptyAfterDamage()).isTrue();
        search = new SearchService(repos, damaged, events);
        search.ensureBuilt();
        assertThat(find("Bank")).hasSize(before);

        search.close();
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir.resolve("index"));
        search = new SearchService(repos, LuceneSearchIndex.open(dir.resolve("index")), events);
        search.ensureBuilt();
        assertThat(find("Bank")).hasSize(before);
        long[] progress = {0};
        assertThat(search.reindexAll(n -> progress[0] = n)).isEqualTo(progress[0]).isPositive();
    }
}
