package org.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --notes N --errands N} reach the harness; a negative count is refused in words. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private final List<Long> asked = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("bench").toString(), "bench"));
        all.addAll(List.of(args));
        BenchRunner runner = (d, cases, messages, runs, ingest, notes, errands, progress) -> {
            asked.addAll(List.of(cases, notes, errands));
            return List.of(new BenchRunner.Figure("workspace: notes and errands (counted in the database)",
                    notes + " notes", "—", null));
        };
        Cli.Environment env = new Cli.Environment(d -> {
            throw new AssertionError("bench opens its own workspace");
        }, (d, l) -> 0, () -> dir, "9.9.9-test", new PrintWriter(out, true), new PrintWriter(err, true), runner);
        return new Cli(env).run(all.toArray(String[]::new));
    }

    @Test
    void notesAndErrandsGoToTheHarnessAndDefaultToTheProportion() {
        assertThat(run("--cases", "2000", "--messages", "10000", "--notes", "7", "--errands", "3")).isZero();
        assertThat(asked).containsExactly(2000L, 7L, 3L);
        assertThat(out.toString()).contains("workspace: notes and errands", "7 notes");
        asked.clear();
        assertThat(run("--cases", "2000", "--messages", "10000")).isZero();
        assertThat(asked).as("-1: the harness's default, 5 % and 2 %").containsExactly(2000L, -1L, -1L);
    }

    @Test
    void aNegativeCountIsRefusedInWords() {
        assertThat(run("--cases", "40", "--messages", "120", "--errands", "-5")).isEqualTo(1);
        assertThat(err.toString()).contains("--notes and --errands take a count of 0 or more");
        assertThat(asked).isEmpty();
    }
}
