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
                .anyMatch(n -> n.startsWith("search ("));
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isNotBlank());
        assertThat(figures.getFirst().value()).contains("120 in");
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
