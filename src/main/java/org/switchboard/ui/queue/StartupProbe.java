package org.switchboard.ui.queue;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.switchboard.ui.common.Pulses;

/**
 * {@code -Dswitchboard.scrollProbe=SECONDS}: after the first page is painted, the {@link ScrollProbe} scrolls
 * the real list at {@value #SCROLL_ROWS_PER_SECOND} rows a second for that long, prints
 * {@code scroll-probe: fps=… p50=… p95=… p99=… worst=… slow=… stalls=… frames=… rows=… held=… cpu=… fxcpu=…
 * rendercpu=…} (the last three: CPU milliseconds per frame) and exits.
 *
 * <p>{@code -Dswitchboard.startupProbe=true}: measures start-up for the benchmark. Once the first page of the
 * queue is set on the list and the scene has laid out and rendered a frame with it, prints
 * {@code startup-probe: first queue page painted after N ms (R rows)} — N from the start of the process —
 * and exits with 0. The benchmark starts the real application this way as a child process.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "switchboard.startupProbe";
    /** The line the probe prints starts with this. */
    public static final String PREFIX = "startup-probe: first queue page painted after ";
    /** The system property that turns the scroll probe on; its value is the seconds to scroll. */
    public static final String SCROLL_PROPERTY = "switchboard.scrollProbe";
    /** The line the scroll probe prints starts with this. */
    public static final String SCROLL_PREFIX = "scroll-probe: ";
    /** A fast, steady scroll: about two thousand rows in eight seconds, past the list's window of pages. */
    public static final double SCROLL_ROWS_PER_SECOND = 250;
    /** The scroll probe first scrolls this long unmeasured: the start-up's own work and compiling end in it. */
    public static final double SCROLL_WARMUP_SECONDS = 3;

    private StartupProbe() {}

    /** Installs the probe on the queue's list when the property is set. UI thread. */
    static void installIfRequested(QueueViewModel vm, Node list) {
        boolean startup = Boolean.getBoolean(PROPERTY);
        double scrollSeconds = scrollSeconds();
        if (!startup && scrollSeconds <= 0) {
            return;
        }
        boolean[] done = {false};
        ChangeListener<Boolean> loaded = (o, wasLoading, loading) -> {
            if (wasLoading && !loading && !done[0] && list.getScene() != null) {
                done[0] = true;
                Pulses.afterNextFrame(list.getScene(), () -> {
                    if (startup) {
                        report(System.out, vm.rows().size());
                    }
                    if (scrollSeconds > 0 && list instanceof javafx.scene.control.ListView<?> lv) {
                        @SuppressWarnings("unchecked")
                        var rows = (javafx.scene.control.ListView<org.switchboard.domain.queue.QueueRow>) lv;
                        ScrollProbe.start(rows, new ScrollProbe.Settings(SCROLL_ROWS_PER_SECOND, scrollSeconds,
                                        SCROLL_WARMUP_SECONDS),
                                r -> {
                                    System.out.println(SCROLL_PREFIX + line(r));
                                    System.out.flush();
                                    Platform.exit();
                                });
                    } else {
                        Platform.exit(); // the window closes as usual (workspace closed, the process ends with 0)
                    }
                });
            }
        };
        vm.loading().addListener(loaded);
    }

    private static void report(PrintStream out, int rows) {
        Instant started = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getStartTime()));
        long ms = Duration.between(started, Instant.now()).toMillis();
        out.println(PREFIX + ms + " ms (" + rows + " rows)");
        out.flush();
    }

    private static double scrollSeconds() {
        String v = System.getProperty(SCROLL_PROPERTY);
        try {
            return v == null ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The scroll probe's result as {@code key=value} pairs (milliseconds for frame times). */
    static String line(ScrollProbe.Result r) {
        return String.format(java.util.Locale.ROOT,
                "fps=%.1f p50=%.1f p95=%.1f p99=%.1f worst=%.1f slow=%d stalls=%d frames=%d rows=%d held=%d"
                        + " cpu=%.1f fxcpu=%.1f rendercpu=%.1f",
                r.fps(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.worstMs(), r.slowFrames(), r.stalls(), r.frames(),
                r.rowsPassed(), r.maxRowsHeld(), r.cpuMsPerFrame(), r.fxCpuMsPerFrame(), r.renderCpuMsPerFrame());
    }
}
