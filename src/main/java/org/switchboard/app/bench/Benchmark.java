package org.switchboard.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.switchboard.app.AppContext;
import org.switchboard.connect.secrets.SecretStores;
import org.switchboard.domain.Account;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.AssigneeFilter;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.service.Workspace;
import org.switchboard.store.Database;

/**
 * {@code switchboard bench}: builds a synthetic workspace of the given size in its own data folder through
 * the real sync path, then measures ingest (against the raw H2 insert rate of the same rows, in the same
 * run), the queue, opening a large case, search, memory and start-up, and prints one table (or JSON).
 * Figures come from here, never from timed assertions in tests.
 */
public final class Benchmark {
    /** What to build and measure. */
    public record Options(Path dataDir, long cases, long messages, int runs) {}

    /** One measured figure with its target. */
    public record Figure(String name, String value, String target, Boolean met) {}

    private static final List<Platform> PLATFORMS = List.of(Platform.FACEBOOK, Platform.X, Platform.MASTODON,
            Platform.BLUESKY);

    private final Options o;
    private final PrintWriter progress;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, SyntheticConnector> connectors = new LinkedHashMap<>();

    public Benchmark(Options options, PrintWriter progress) {
        this.o = options;
        this.progress = progress;
    }

    /** Runs every phase; the data folder must be new or empty. */
    public List<Figure> run() throws Exception {
        boolean used;
        try (var files = Files.exists(o.dataDir()) ? Files.list(o.dataDir()) : java.util.stream.Stream.<Path>empty()) {
            used = files.anyMatch(f -> !f.getFileName().toString().equals("logs"));
        }
        if (used) {
            throw new org.switchboard.cli.UserInputException("the benchmark builds its own workspace: " + o.dataDir()
                    + " is not empty; name a new folder with --data-dir");
        }
        Files.createDirectories(o.dataDir());
        int perThread = (int) Math.max(1, Math.round((double) o.messages() / o.cases()));
        Instant end = Instant.now();
        long seed = 7;
        Workspace ws = AppContext.wire(o.dataDir(), Database.openEmbedded(o.dataDir()), Clock.systemUTC(),
                new OkHttpClient(), d -> { }, SecretStores.forDataDir(o.dataDir(), Map.of()),
                registry -> PLATFORMS.forEach(p -> registry.register(p, (http, account, secrets) ->
                        connectors.get(account.name()))));
        try (ws) {
            long total = 0;
            for (Platform p : PLATFORMS) {
                String name = "bench-" + p.id();
                Account a = ws.accounts().add(p, name, name, false, Map.of());
                SyntheticConnector c = new SyntheticConnector(p, o.cases() / PLATFORMS.size(), perThread, seed++, end);
                connectors.put(a.name(), c);
                total += c.totalItems();
            }
            ingest(ws, total);
            queue(ws);
            largeCase(ws);
            search(ws);
            memory();
        }
        return figures;
    }

    private void ingest(Workspace ws, long total) throws Exception {
        progress.println("ingest: " + total + " messages through the sync path …");
        long start = System.nanoTime();
        long stored = 0;
        for (Account a : ws.accounts().list()) {
            while (true) {
                var r = ws.sync().sync(a);
                stored += r.newItems();
                if (r.newItems() == 0 || r.failed()) {
                    break;
                }
                progress.printf("  %,d stored%n", stored);
            }
        }
        ws.search().awaitIndexed();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = stored / seconds;
        progress.println("raw H2 batch insert of the same number of rows …");
        double raw = RawInsert.rowsPerSecond(o.dataDir(), stored);
        add("ingest (sync path, incl. index)", String.format("%,.0f msg/s (%,d in %.0f s)", rate, stored, seconds),
                "≥ 5,000 msg/s", rate >= 5000);
        add("raw H2 batch insert, same rows", String.format("%,.0f rows/s", raw), "baseline", null);
        add("ingest / raw", String.format("%.0f %%", 100 * rate / raw), "≥ 25 %", rate / raw >= 0.25);
    }

    private void queue(Workspace ws) {
        progress.println("queue …");
        var q = ws.queue();
        Map<String, QueueFilter> filters = new LinkedHashMap<>();
        filters.put("default (not closed)", QueueFilter.NOT_CLOSED);
        filters.put("status NEW", QueueFilter.NOT_CLOSED.withStatuses(Set.of(CaseStatus.NEW)));
        filters.put("platform x", QueueFilter.NOT_CLOSED.withPlatform(Platform.X));
        filters.put("unassigned", QueueFilter.NOT_CLOSED.withAssignee(AssigneeFilter.NOBODY));
        filters.put("overdue", QueueFilter.NOT_CLOSED.withOverdue(true));
        for (var f : filters.entrySet()) {
            for (QueueSort sort : QueueSort.values()) {
                Stats s = Stats.measure(o.runs(), () -> q.page(QueueQuery.firstPage(f.getValue(), sort, 100)));
                add("queue first page: " + f.getKey() + ", " + sort.name().toLowerCase(), s.text(), "p95 ≤ 50 ms",
                        s.p95() <= 50);
            }
        }
        var firstPage = q.page(QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 5_000));
        if (firstPage.next() != null) {
            var middle = QueueQuery.firstPage(QueueFilter.NOT_CLOSED, QueueSort.WAITING, 100).next(firstPage.next());
            Stats s = Stats.measure(o.runs(), () -> q.page(middle));
            add("queue page deep in the list (after 5,000)", s.text(), "p95 ≤ 50 ms", s.p95() <= 50);
        }
    }

    private void largeCase(Workspace ws) {
        progress.println("a case with 1,000 messages …");
        var contact = ws.conversations().findOrCreateContact(new org.switchboard.service.cases.ContactRef("Viel Schreiber",
                null, null, List.of()));
        var texts = new SyntheticTexts(new java.util.SplittableRandom(3));
        org.switchboard.domain.Case c = null;
        for (int i = 0; i < 1000; i++) {
            var m = new org.switchboard.service.cases.NewMessage(null, Platform.EMAIL, null,
                    i % 2 == 0 ? org.switchboard.domain.Direction.IN : org.switchboard.domain.Direction.OUT,
                    org.switchboard.domain.MessageKind.EMAIL, "Viel Schreiber", texts.message(true), null,
                    Instant.now().minusSeconds(10_000 - i), null, null, null, null, null);
            c = c == null ? ws.conversations().openCase(contact, m, org.switchboard.domain.Priority.NORMAL)
                    : ws.conversations().addMessage(c.id(), contact.id(), m);
        }
        long id = c.id();
        Stats s = Stats.measure(Math.max(20, o.runs() / 4), () -> ws.cases().open(id));
        add("open a case with 1,000 messages", s.text(), "≤ 150 ms", s.p95() <= 150);
    }

    private void search(Workspace ws) {
        progress.println("search …");
        ws.search().awaitIndexed();
        List<String> mix = List.of("Schlagloch Goethestraße", "der", "\"riesige Pfütze\"", "Later*",
                "Bank platform:facebook", "tree", "Verspätung status:NEW", "laptop bus");
        int[] i = {0};
        Stats s = Stats.measure(o.runs() * 2, () -> ws.search().search(mix.get(i[0]++ % mix.size()), 50));
        add("search (rare, common, phrase, prefix, filtered; top 50)", s.text(), "p95 ≤ 100 ms, p99 ≤ 300 ms",
                s.p95() <= 100 && s.p99() <= 300);
    }

    private void memory() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        add("live heap after full GC (queue and search in use)", used + " MB", "≤ 300 MB", used <= 300);
    }

    private void add(String name, String value, String target, Boolean met) {
        figures.add(new Figure(name, value, target, met));
        progress.printf("  %s: %s%n", name, value);
        progress.flush();
    }
}
