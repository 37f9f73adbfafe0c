package org.switchboard.app.bench;

import java.util.Arrays;

/** Percentiles of measured durations in milliseconds. */
record Stats(int runs, double p50, double p95, double p99, double max) {
    static Stats of(double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Stats(s.length, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Runs {@code work} {@code runs} times (after a few warm-up runs) and measures each run. */
    static Stats measure(int runs, Runnable work) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return of(ms);
    }

    String text() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d runs)", p50, p95, p99,
                runs);
    }
}
