package org.switchboard.ui.queue;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * {@code -Dswitchboard.startupProbe=true}: measures start-up for the benchmark. Once the first page of the
 * queue is set on the list and the scene has laid out and rendered a frame with it, prints
 * {@code startup-probe: first queue page painted after N ms (R rows)} — N from the start of the process —
 * and exits with 0. The benchmark starts the real application this way as a child process.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "switchboard.startupProbe";
    /** The line the probe prints starts with this. */
    public static final String PREFIX = "startup-probe: first queue page painted after ";

    private StartupProbe() {}

    /** Installs the probe on the queue's list when the property is set. UI thread. */
    static void installIfRequested(QueueViewModel vm, Node list) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        boolean[] done = {false};
        ChangeListener<Boolean> loaded = (o, wasLoading, loading) -> {
            if (wasLoading && !loading && !done[0] && list.getScene() != null) {
                done[0] = true;
                afterNextFrame(list.getScene(), () -> report(System.out, vm.rows().size()));
            }
        };
        vm.loading().addListener(loaded);
    }

    /** Runs {@code action} after the next pulse has laid out (and so rendered) the scene. */
    private static void afterNextFrame(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(action); // after the pulse's render
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static void report(PrintStream out, int rows) {
        Instant started = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean()
                        .getStartTime()));
        long ms = Duration.between(started, Instant.now()).toMillis();
        out.println(PREFIX + ms + " ms (" + rows + " rows)");
        out.flush();
        Platform.exit(); // the window closes as usual (the workspace is closed, the process ends with 0)
    }
}
