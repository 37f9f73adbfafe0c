package org.switchboard.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work at once on the calling thread. For view-model tests (no toolkit needed) and for code
 * that is already on a background thread.
 */
public final class DirectRunner implements BackgroundRunner {

    /** Runs {@code work} and its callback on the calling thread. Any thread. */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | LinkageError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
