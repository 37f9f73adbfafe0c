package org.switchboard.domain.port;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every repository call inside {@code work} on the same thread
 * takes part in it. Commits when {@code work} returns, rolls back when it throws. Nested calls join
 * the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, for work that is simply done again when its commit is lost in a crash: a
     * sync page, whose cursor is committed with it and so is fetched again. Every other commit is in the
     * database file when it returns; this one may reach it up to half a second later, with the embedded
     * database's own background write (ADR 0025). Nested in an ordinary transaction it is an ordinary one.
     */
    default <T> T inDeferredWriteTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs {@code action} once the current transaction on this thread has committed (at once when there is
     * none); dropped when it rolls back. Events use it so listeners never see uncommitted work.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }

    /**
     * Forces what was committed so far onto the disk itself (not only the operating system's cache, where every
     * commit is when it returns), so it survives a power loss too. A no-op where commits are already forced (PostgreSQL). Outside a transaction.
     */
    default void syncToDisk() {
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
