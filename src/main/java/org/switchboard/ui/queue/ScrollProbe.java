package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.switchboard.domain.queue.QueueRow;

/**
 * Measures how smoothly the case list scrolls, for the benchmark harness: it scrolls the real list at a
 * steady speed, one step per frame, for a given time, and records the time between frames (the toolkit's
 * pulses, 60 per second when every frame fits in 16.7 ms). Pages are read and dropped by the sliding window
 * on the way, exactly as when a person scrolls. Frames in which the list could not move because the next
 * page had not arrived yet are counted as {@code stalls}. FX thread.
 */
public final class ScrollProbe {
    /** A frame slower than this missed the 60 fps budget by more than half a frame. */
    static final double SLOW_FRAME_MS = 25.0;

    /**
     * How fast and how long to scroll; the first {@code warmupSeconds} scroll the same way but are not measured
     * (the just-started process compiles the cells' code and finishes its start-up work in them).
     */
    public record Settings(double rowsPerSecond, double seconds, double warmupSeconds) {
        public Settings {
            if (rowsPerSecond <= 0 || seconds <= 0 || warmupSeconds < 0) {
                throw new IllegalArgumentException("speed and time must be positive");
            }
        }

        public Settings(double rowsPerSecond, double seconds) {
            this(rowsPerSecond, seconds, 0);
        }
    }

    /**
     * What the scrolling did: frames drawn, frames per second achieved, the frame-time distribution, frames
     * slower than {@value #SLOW_FRAME_MS} ms, frames in which the list waited for a page, rows passed, and
     * the most rows the list held at any moment; and the CPU time spent per frame by the whole process, by the
     * JavaFX application thread (cells, CSS, layout) and by the render thread (rasterising). CPU time does not
     * depend on how many other programs share the cores, so it is the figure to compare changes by on a busy
     * machine: 60 fps needs each of the two threads below 16.7 ms a frame.
     */
    public record Result(int frames, double seconds, double fps, double p50Ms, double p95Ms, double p99Ms,
                         double worstMs, int slowFrames, int stalls, long rowsPassed, int maxRowsHeld,
                         double cpuMsPerFrame, double fxCpuMsPerFrame, double renderCpuMsPerFrame) {}

    private final ListView<QueueRow> list;
    private final Settings settings;
    private final Consumer<Result> done;
    private final List<Double> frameMs = new ArrayList<>();
    private final ListChangeListener<QueueRow> rowsWatcher;
    private long started;
    private long last;
    private long warmupEnds;
    private double pixels;
    private int stalls;
    private int maxRows;
    private final CpuClock cpu = new CpuClock();

    private ScrollProbe(ListView<QueueRow> list, Settings settings, Consumer<Result> done) {
        this.list = list;
        this.settings = settings;
        this.done = done;
        this.rowsWatcher = c -> maxRows = Math.max(maxRows, list.getItems().size());
    }

    /** Starts scrolling {@code list}; {@code done} gets the result on the FX thread. */
    static void start(ListView<QueueRow> list, Settings settings, Consumer<Result> done) {
        new ScrollProbe(list, settings, done).begin();
    }

    private void begin() {
        maxRows = list.getItems().size();
        list.getItems().addListener(rowsWatcher);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!step(now)) {
                    stop();
                    list.getItems().removeListener(rowsWatcher);
                    done.accept(result());
                }
            }
        }.start();
    }

    /** One frame: records its time and scrolls by the distance the speed asks for. False when time is up. */
    private boolean step(long now) {
        if (started == 0 && warmupEnds == 0 && settings.warmupSeconds() > 0) {
            warmupEnds = now + (long) (settings.warmupSeconds() * 1e9);
            last = now;
            return true;
        }
        if (warmupEnds != 0 && now < warmupEnds) {
            double ms = (now - last) / 1e6;
            last = now;
            scroll(ms); // warming up: scrolls the same way, nothing recorded
            return true;
        }
        if (started == 0) {
            started = now;
            last = now;
            cpu.start();
            return true;
        }
        double ms = (now - last) / 1e6;
        last = now;
        frameMs.add(ms);
        if (!scroll(ms)) {
            return false;
        }
        return (now - started) / 1e9 < settings.seconds();
    }

    /** Scrolls by the distance the speed asks for in {@code ms}; counts rows passed and stalls once measuring. */
    private boolean scroll(double ms) {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        double rowHeight = flow.getFirstVisibleCell() instanceof IndexedCell<?> c && c.getHeight() > 0
                ? c.getHeight() : 48;
        double want = settings.rowsPerSecond() * rowHeight * ms / 1000.0;
        double moved = flow.scrollPixels(want);
        if (started == 0) {
            return true;
        }
        if (moved < want / 2) {
            stalls++;
        }
        pixels += Math.max(0, moved) / rowHeight;
        return true;
    }

    private Result result() {
        double[] cpuMs = cpu.elapsedMs();
        double[] sorted = frameMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double seconds = (last - started) / 1e9;
        int slow = (int) Arrays.stream(sorted).filter(ms -> ms > SLOW_FRAME_MS).count();
        return new Result(sorted.length, seconds, seconds > 0 ? sorted.length / seconds : 0,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], slow, stalls, Math.round(pixels), maxRows,
                perFrame(cpuMs[0], sorted.length), perFrame(cpuMs[1], sorted.length),
                perFrame(cpuMs[2], sorted.length));
    }

    private static double perFrame(double ms, int frames) {
        return frames == 0 || ms < 0 ? -1 : ms / frames;
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(rank, 0, sorted.length - 1)];
    }

    /**
     * CPU time of the process, of the calling (JavaFX application) thread and of JavaFX's render thread, from
     * {@link #start()} on; -1 where the JVM cannot tell.
     */
    private static final class CpuClock {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
                .getThreadMXBean();
        private long fxThread;
        private long renderThread = -1;
        private final long[] at = new long[3];

        void start() {
            fxThread = Thread.currentThread().threadId();
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::threadId)
                    .findFirst().orElse(-1);
            long[] now = read();
            System.arraycopy(now, 0, at, 0, 3);
        }

        double[] elapsedMs() {
            long[] now = read();
            double[] ms = new double[3];
            for (int i = 0; i < 3; i++) {
                ms[i] = now[i] < 0 || at[i] < 0 ? -1 : (now[i] - at[i]) / 1e6;
            }
            return ms;
        }

        private long[] read() {
            long process = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
            boolean measured = threads.isThreadCpuTimeSupported();
            return new long[] {process, measured ? threads.getThreadCpuTime(fxThread) : -1,
                    measured && renderThread >= 0 ? threads.getThreadCpuTime(renderThread) : -1};
        }
    }
}
