package org.switchboard.domain.sync;

/** How long the current thread has waited for rate limits and backoff so far (for the sync report). */
@FunctionalInterface
public interface WaitMeter {
    WaitMeter NONE = () -> 0;

    long waitedMillis();
}
