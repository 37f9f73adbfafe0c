package org.switchboard.connect.facebook;

import java.time.Duration;
import java.time.Instant;

/**
 * Messenger's standard messaging window: a page may answer a person only within 24 hours of that
 * person's last message (PLATFORM-APIS.md §3; the HUMAN_AGENT tag's 7 days needs a permission
 * Switchboard does not ask for). Pure functions, safe on any thread, for the connector and the UI's
 * countdown.
 */
public final class MessengerWindow {
    public static final Duration LENGTH = Duration.ofHours(24);

    private MessengerWindow() {}

    /** When the window closes. */
    public static Instant closesAt(Instant lastCustomerMessage) {
        return lastCustomerMessage.plus(LENGTH);
    }

    /** How long a reply may still be sent; zero once the window has closed (never negative). */
    public static Duration timeLeft(Instant lastCustomerMessage, Instant now) {
        Duration left = Duration.between(now, closesAt(lastCustomerMessage));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** True while a reply may be sent: strictly before the 24 hours are over. */
    public static boolean isOpen(Instant lastCustomerMessage, Instant now) {
        return now.isBefore(closesAt(lastCustomerMessage));
    }
}
