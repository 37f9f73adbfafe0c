package org.switchboard.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's figures that start the real application as a child process (same java and class path,
 * {@code -Xmx512m}, headless, software rendering) with a probe flag: start-up to the first painted queue page
 * (without and with an AOT cache) and scrolling the queue.
 */
final class ChildProbes {
    /** Where a figure goes: name, value, target, met (null when there is no target). */
    interface Figures {
        void add(String name, String value, String target, Boolean met);
    }

    private final Benchmark.Options o;
    private final PrintWriter progress;
    private final Figures figures;

    ChildProbes(Benchmark.Options options, PrintWriter progress, Figures figures) {
        this.o = options;
        this.progress = progress;
        this.figures = figures;
    }

    /** Start-up, then scrolling, on the benchmark's workspace. */
    void run() throws Exception {
        startup();
        scrolling();
    }

    private void add(String name, String value, String target, Boolean met) {
        figures.add(name, value, target, met);
    }

    /**
     * Start-up to the first painted queue page: the real application started as a child process (same java and
     * class path, {@code -Xmx512m}, headless), with the start-up probe, on an empty (made by one start that is not
     * counted) and on the benchmark's workspace, three times each; the probe prints the milliseconds since its process started.
     */
    private void startup() throws Exception {
        progress.println("start-up (the application as a child process, headless) …");
        Path empty = Files.createTempDirectory("switchboard-bench-empty");
        try {
            startupOn(empty);
        } finally {
            deleteTree(empty);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private void startupOn(Path empty) throws Exception {
        // The first start on a new folder creates the schema (Flyway, nine migrations); the comparison with the
        // large workspace is between two folders that already exist, so that start is not counted.
        startupMillis(empty);
        List<Long> onEmpty = new ArrayList<>();
        List<Long> onFull = new ArrayList<>();
        for (int i = 0; i < (o.runs() >= 20 ? 3 : 1); i++) { // one run each at a smoke-test size
            onEmpty.add(startupMillis(empty));
            onFull.add(startupMillis(o.dataDir()));
        }
        long e = median(onEmpty);
        long f = median(onFull);
        add("start-up to first queue page painted, empty workspace", String.format("median %,d ms (runs %s)", e, onEmpty),
                "≤ 2,500 ms", e <= 2500);
        add("start-up to first queue page painted, this workspace", String.format("median %,d ms (runs %s)", f, onFull),
                "≤ 2,500 ms and within ± 200 ms of empty", f <= 2500 && Math.abs(f - e) <= 200);
        startupWithAotCache(empty);
    }

    /**
     * The same start-ups with a JDK AOT cache, as the installers ship it (ADR 0013): one uncounted training start
     * writes the cache ({@code -XX:AOTCacheOutput}), then the measured starts use it ({@code -XX:AOTCache}). A class
     * path with folders (a test run) cannot have a cache; the figure then says so.
     */
    private void startupWithAotCache(Path empty) throws Exception {
        Path cache = empty.resolveSibling(empty.getFileName() + ".aot");
        String name = "start-up with the AOT cache (as installed)";
        try {
            try {
                probe(empty, List.of("-D" + org.switchboard.ui.queue.StartupProbe.PROPERTY + "=true",
                        "-XX:AOTCacheOutput=" + cache), org.switchboard.ui.queue.StartupProbe.PREFIX);
            } catch (IllegalStateException failed) {
                Files.deleteIfExists(cache);
            }
            if (!Files.isRegularFile(cache)) {
                add(name + ", empty workspace", "not measured: the JDK wrote no AOT cache for this class path", "≤ 2,500 ms",
                        null);
                return;
            }
            List<String> use = List.of("-D" + org.switchboard.ui.queue.StartupProbe.PROPERTY + "=true",
                    "-XX:AOTCache=" + cache);
            List<Long> onEmpty = new ArrayList<>();
            List<Long> onFull = new ArrayList<>();
            for (int i = 0; i < (o.runs() >= 20 ? 3 : 1); i++) {
                onEmpty.add(millis(probe(empty, use, org.switchboard.ui.queue.StartupProbe.PREFIX)));
                onFull.add(millis(probe(o.dataDir(), use, org.switchboard.ui.queue.StartupProbe.PREFIX)));
            }
            long e = median(onEmpty);
            long f = median(onFull);
            add(name + ", empty workspace", String.format("median %,d ms (runs %s)", e, onEmpty), "≤ 2,500 ms",
                    e <= 2500);
            add(name + ", this workspace", String.format("median %,d ms (runs %s)", f, onFull),
                    "≤ 2,500 ms and within ± 200 ms of empty", f <= 2500 && Math.abs(f - e) <= 200);
        } finally {
            Files.deleteIfExists(cache);
            // the JDK's training run leaves its configuration file beside the cache
            Files.deleteIfExists(cache.resolveSibling(cache.getFileName() + ".config"));
        }
    }

    private static long millis(String probed) {
        return Long.parseLong(probed.substring(0, probed.indexOf(' ')));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Scrolling the real case list of the benchmark's workspace (the application as a child process, headless,
     * software rendering) at a fast steady speed, past the list's window of pages: frames per second and the
     * frame-time distribution, as the scroll probe ({@link org.switchboard.ui.queue.ScrollProbe}) reports them.
     */
    private void scrolling() throws Exception {
        progress.println("scrolling the queue (the application as a child process, headless) …");
        double seconds = o.runs() >= 20 ? 8 : 2;
        String line = probe(o.dataDir(), List.of("-D" + org.switchboard.ui.queue.StartupProbe.SCROLL_PROPERTY + "="
                + seconds), org.switchboard.ui.queue.StartupProbe.SCROLL_PREFIX);
        java.util.Map<String, String> v = new java.util.HashMap<>();
        for (String pair : line.split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                v.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        double fps = Double.parseDouble(v.get("fps"));
        double p95 = Double.parseDouble(v.get("p95"));
        add(String.format(java.util.Locale.ROOT, "scrolling the queue (%.0f rows/s for %.0f s, after %.0f s unmeasured)",
                org.switchboard.ui.queue.StartupProbe.SCROLL_ROWS_PER_SECOND, seconds,
                org.switchboard.ui.queue.StartupProbe.SCROLL_WARMUP_SECONDS),
                String.format(java.util.Locale.ROOT, "%.1f fps; frame p50 %s ms, p95 %s ms, p99 %s ms, worst %s ms; "
                        + "%s slow frames, %s waiting for a page; %s rows passed, at most %s held; CPU per frame %s ms "
                        + "(FX thread %s ms, rendering %s ms)", fps, v.get("p50"),
                        v.get("p95"), v.get("p99"), v.get("worst"), v.get("slow"), v.get("stalls"), v.get("rows"),
                        v.get("held"), v.get("cpu"), v.get("fxcpu"), v.get("rendercpu")),
                "60 fps (≥ 58, frame p95 ≤ 20 ms)", fps >= 58 && p95 <= 20);
    }

    /** Starts the application with the start-up probe on {@code dataDir} and returns what the probe printed. */
    static long startupMillis(Path dataDir) throws Exception {
        return millis(probe(dataDir, List.of("-D" + org.switchboard.ui.queue.StartupProbe.PROPERTY + "=true"),
                org.switchboard.ui.queue.StartupProbe.PREFIX));
    }

    /**
     * Starts the application on {@code dataDir} with {@code properties} (a probe) and returns the rest of the line
     * the probe printed after {@code prefix}.
     */
    private static String probe(Path dataDir, List<String> properties, String prefix) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx512m", "-Dglass.platform=Headless",
                "-Dprism.order=sw"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), org.switchboard.app.Main.class.getName(),
                "--data-dir", dataDir.toString(), "gui"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        String found = null;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(prefix)) {
                    found = line.substring(prefix.length());
                }
            }
        } finally {
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (found == null || p.exitValue() != 0) {
            throw new IllegalStateException("the probe did not report (exit " + p.exitValue() + "): " + output);
        }
        return found;
    }

}
