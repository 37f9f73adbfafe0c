package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.service.Workspace;

/** A second Switchboard process on a folder in use says so on stderr and exits 3. */
class SecondProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnTheSameFolderExitsWithCode3AndAClearMessage() throws Exception {
        try (Workspace first = AppContext.openEmbedded(dir, Clock.systemUTC())) {
            first.demo().load();
            Result second = runMain("--data-dir", dir.toString(), "queue", "--json");
            assertThat(second.exitCode).isEqualTo(3);
            assertThat(second.err).contains("in use by another running Switchboard").contains(dir.toString());
            assertThat(second.out).isEmpty();
        }
        Result afterwards = runMain("--data-dir", dir.toString(), "queue", "--json");
        assertThat(afterwards.exitCode).as(afterwards.err).isZero();
        assertThat(afterwards.out).startsWith("[");
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result runMain(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
