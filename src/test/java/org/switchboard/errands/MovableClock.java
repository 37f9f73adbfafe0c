package org.switchboard.errands;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in Berlin time that tests move by hand (due dates, reminders, escalations). */
final class MovableClock extends Clock {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private volatile Instant now;

    MovableClock(Instant start) {
        this.now = start;
    }

    void set(Instant t) {
        now = t;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
