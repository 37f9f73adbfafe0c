package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.bench.Benchmark;

/** The harness runs at a tiny size and reports every figure (no figure is judged here: that is its job). */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void theHarnessReportsEveryFigure() throws Exception {
        StringWriter progress = new StringWriter();
        List<Benchmark.Figure> figures = new Benchmark(new Benchmark.Options(dir.resolve("bench"), 40, 120, 3),
                new PrintWriter(progress, true)).run();
        assertThat(figures).extracting(Benchmark.Figure::name).anyMatch(n -> n.startsWith("ingest (sync path"))
                .contains("raw H2 batch insert, same rows", "ingest / raw", "open a case with 1,000 messages",
                        "live heap after full GC (queue and search in use)")
                .anyMatch(n -> n.startsWith("queue first page: default"))
                .anyMatch(n -> n.startsWith("queue page in the middle of the list (jump to case "))
                .anyMatch(n -> n.startsWith("search ("));
        assertThat(figures).extracting(Benchmark.Figure::name).contains("search index size / raw message text",
                "start-up to first queue page painted, empty workspace",
                "start-up to first queue page painted, this workspace",
                "start-up with the AOT cache (as installed), empty workspace");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isNotBlank());
        assertThat(figures.getFirst().value()).contains("120 in");
        assertThat(figures).filteredOn(f -> f.name().startsWith("start-up to")).allSatisfy(f ->
                assertThat(f.value()).matches("median [0-9,]+ ms .*"));
        // a test's class path has folders, which the JDK cannot put into an AOT cache: measured, or said so
        assertThat(figures).filteredOn(f -> f.name().startsWith("start-up with the AOT cache")).allSatisfy(f ->
                assertThat(f.value()).matches("median [0-9,]+ ms .*|not measured: .*"));
        assertThat(figures).filteredOn(f -> f.name().startsWith("scrolling the queue")).singleElement()
                .satisfies(f -> assertThat(f.value()).matches("[0-9.]+ fps; frame p50 [0-9.]+ ms, p95 [0-9.]+ ms, "
                        + "p99 [0-9.]+ ms, worst [0-9.]+ ms; [0-9]+ slow frames, [0-9]+ waiting for a page; "
                        + "[0-9]+ rows passed, at most [0-9]+ held; CPU per frame [0-9.]+ ms "
                        + "\\(FX thread [0-9.]+ ms, rendering [0-9.]+ ms\\)"));
        assertThat(figures).filteredOn(f -> f.name().startsWith("search index size")).singleElement()
                .satisfies(f -> assertThat(f.value()).matches("[0-9]+\\.[0-9]{2} .*"));
    }

    @Test
    void aLargerWorkspaceIsBulkLoadedAndOnlyASampleGoesThroughTheSyncPath() throws Exception {
        List<Benchmark.Figure> figures = new Benchmark(new Benchmark.Options(dir.resolve("bulk"), 40, 120, 3, 48, false),
                new PrintWriter(new StringWriter(), true)).run();
        assertThat(figures.getFirst().name()).startsWith("workspace: bulk-loaded");
        assertThat(figures.getFirst().value()).contains("24 cases, 72 messages");
        assertThat(figures).filteredOn(f -> f.name().startsWith("ingest (sync path")).singleElement()
                .satisfies(f -> assertThat(f.value()).contains("48 in"));
    }

    @Test
    void theHarnessNeedsAFolderOfItsOwn() throws Exception {
        Files.createDirectories(dir.resolve("used"));
        Files.writeString(dir.resolve("used/switchboard.mv.db"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Benchmark(new Benchmark.Options(
                dir.resolve("used"), 40, 120, 3), new PrintWriter(new StringWriter())).run())
                .hasMessageContaining("not empty");
    }
}
