package org.switchboard.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.switchboard.domain.Platform;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.domain.search.SearchQuery;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.search.LuceneSearchIndex;

/**
 * A measuring tool, not a test: builds a search index of the benchmark's size straight from the synthetic
 * conversations (no database) and times each query of the benchmark's search mix separately, so a change to
 * the search can be measured at 5,000,000 messages in minutes instead of the hours of a full {@code bench}.
 * <pre>
 * java -cp target/classes:target/test-classes:DEPS org.switchboard.app.bench.SearchIndexProbe build DIR [CASES] [PER]
 * java -cp … org.switchboard.app.bench.SearchIndexProbe query DIR [RUNS]
 * </pre>
 * The documents are those of a bulk-loaded benchmark workspace: {@link SyntheticConnector}'s conversations on
 * four platforms, each message with its case's status by age (as {@code BulkLoad} sets it), plus one contact
 * document per case, added in batches like the indexer adds them, with a refresh about every second.
 */
public final class SearchIndexProbe {
    static final List<String> MIX = List.of("Schlagloch Goethestraße", "der", "\"riesige Pfütze\"", "Later*",
            "Bank platform:facebook", "tree", "Verspätung status:NEW", "laptop bus");
    private static final List<Platform> PLATFORMS = List.of(Platform.FACEBOOK, Platform.X, Platform.MASTODON,
            Platform.BLUESKY);

    private SearchIndexProbe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "build" -> build(dir, args.length > 2 ? Long.parseLong(args[2]) : 1_000_000,
                    args.length > 3 ? Integer.parseInt(args[3]) : 5);
            case "query" -> query(dir, args.length > 2 ? Integer.parseInt(args[2]) : 60);
            default -> throw new IllegalArgumentException("build or query");
        }
    }

    static void build(Path dir, long cases, int perThread) throws Exception {
        Instant end = Instant.parse("2026-11-20T12:00:00Z");
        long start = System.nanoTime();
        long lastRefresh = start;
        long rawBytes = 0;
        long messageId = 0;
        long caseId = 0;
        long seed = 7;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            for (Platform p : PLATFORMS) {
                SyntheticConnector source = new SyntheticConnector(p, cases / PLATFORMS.size(), perThread, 1000 + seed,
                        end, "bulk-");
                List<SearchDocument> batch = new ArrayList<>();
                for (long t = 0; t < source.threads(); t++) {
                    caseId++;
                    InboundItem first = source.item(t * perThread);
                    String status = status(first, end);
                    for (int m = 0; m < perThread; m++) {
                        InboundItem item = source.item(t * perThread + m);
                        messageId++;
                        rawBytes += item.text().getBytes(StandardCharsets.UTF_8).length;
                        String author = item.fromOrganisation() ? "bench-" + p.id() : item.author().name();
                        batch.add(new SearchDocument(SearchDocument.Kind.MESSAGE, messageId, caseId, item.text(),
                                p.id(), status, author, null, item.createdAt()));
                    }
                    batch.add(new SearchDocument(SearchDocument.Kind.CONTACT, caseId, caseId,
                            first.author().name() + " " + first.author().handle(), p.id(), status,
                            first.author().name(), null, first.createdAt()));
                    if (batch.size() >= 3_000) {
                        index.upsert(batch);
                        batch.clear();
                        if (System.nanoTime() - lastRefresh > 1_000_000_000L) {
                            index.refresh();
                            lastRefresh = System.nanoTime();
                        }
                    }
                    if (caseId % 100_000 == 0) {
                        System.out.printf("%,d cases, %,d messages, %.0f s%n", caseId, messageId,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
                index.upsert(batch);
                index.refresh();
            }
        }
        long size;
        try (var files = Files.walk(dir)) {
            size = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        Files.writeString(dir.resolve("..").resolve(dir.getFileName() + ".raw"), String.valueOf(rawBytes));
        System.out.printf(Locale.ROOT, "built %,d cases, %,d messages in %.0f s; index %,d MB / raw text %,d MB = %.2f%n",
                caseId, messageId, (System.nanoTime() - start) / 1e9, size >> 20, rawBytes >> 20,
                (double) size / rawBytes);
    }

    /** The case status {@code BulkLoad} gives a conversation of this age. */
    private static String status(InboundItem first, Instant now) {
        SplittableRandom r = new SplittableRandom(first.externalId().hashCode());
        boolean old = first.createdAt().isBefore(now.minus(Duration.ofDays(14)));
        int dice = r.nextInt(100);
        return old ? (dice < 85 ? "CLOSED" : dice < 95 ? "RESOLVED" : "WAITING_CUSTOMER")
                : dice < 30 ? "NEW" : dice < 60 ? "OPEN" : dice < 80 ? "WAITING_CUSTOMER"
                : dice < 90 ? "WAITING_INTERNAL" : "RESOLVED";
    }

    static void query(Path dir, int runs) throws Exception {
        String only = System.getProperty("probe.only"); // a regex: time only the queries it finds
        List<String> mix = MIX.stream().filter(q -> only == null || java.util.regex.Pattern.compile(only).matcher(q)
                .find()).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            System.out.printf("%,d documents%n", index.documentCount());
            for (int w = 0; w < 20; w++) {
                for (String q : mix) {
                    index.search(SearchQuery.parse(q, 50));
                }
            }
            double[][] wall = new double[mix.size()][runs];
            double[][] cpu = new double[mix.size()][runs];
            int[] hits = new int[mix.size()];
            String[] sample = new String[mix.size()];
            for (int r = 0; r < runs; r++) {
                for (int i = 0; i < mix.size(); i++) {
                    long c0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    List<SearchHit> found = index.search(SearchQuery.parse(mix.get(i), 50));
                    wall[i][r] = (System.nanoTime() - t0) / 1e6;
                    cpu[i][r] = (os.getProcessCpuTime() - c0) / 1e6;
                    hits[i] = found.size();
                    sample[i] = found.isEmpty() ? "" : found.getFirst().snippet();
                }
            }
            System.out.printf("%-26s %5s %8s %8s %8s %9s  %s%n", "query", "hits", "p50", "p95", "p99", "cpu mean",
                    "first snippet");
            List<Double> all = new ArrayList<>();
            for (int i = 0; i < mix.size(); i++) {
                double[] w = wall[i].clone();
                double[] c = cpu[i].clone();
                Arrays.sort(w);
                Arrays.sort(c);
                for (double x : w) {
                    all.add(x);
                }
                System.out.printf(Locale.ROOT, "%-26s %5d %8.1f %8.1f %8.1f %9.1f  %s%n", mix.get(i), hits[i],
                        pct(w, 50), pct(w, 95), pct(w, 99), java.util.Arrays.stream(c).average().orElse(0),
                        sample[i].length() > 70 ? sample[i].substring(0, 70) : sample[i]);
            }
            double[] a = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-26s %5s %8.1f %8.1f %8.1f%n", "mix", "", pct(a, 50), pct(a, 95),
                    pct(a, 99));
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
