package org.switchboard.domain.port;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every repository call inside {@code work} on the same thread
 * takes part in it. Commits when {@code work} returns, rolls back when it throws. Nested calls join
 * the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
