package org.switchboard.connect.http;

import java.time.Duration;

/** Waits; tests pass one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
