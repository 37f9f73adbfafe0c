package org.switchboard.connect.http;

import java.time.Duration;
import org.switchboard.domain.sync.WaitMeter;

/** Sleeps for real and counts, per thread, how long it slept: the sync report's "waited". */
public final class MeteredSleeper implements Sleeper, WaitMeter {
    private final Sleeper delegate;
    private final ThreadLocal<long[]> waited = ThreadLocal.withInitial(() -> new long[1]);

    public MeteredSleeper(Sleeper delegate) {
        this.delegate = delegate;
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        delegate.sleep(d);
        waited.get()[0] += d.toMillis();
    }

    @Override
    public long waitedMillis() {
        return waited.get()[0];
    }
}
