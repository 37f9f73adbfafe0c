package org.switchboard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's runner: each piece of work gets a virtual thread (work is mostly waiting on H2 or the
 * network, and a virtual thread costs next to nothing), the outcome comes back through
 * {@link Platform#runLater}. View-models drop outcomes that arrive out of order themselves.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundRunner.class);

    private final ExecutorService executor =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sb-ui-work-", 0).factory());

    /** Starts the work on a virtual thread. Any thread; callbacks run on the FX thread. */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> runNow(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            LOG.debug("Background work refused after shutdown", e);
        }
    }

    private static <T> void runNow(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            // The person sees a short message in the status bar; the stack trace belongs in the log.
            LOG.warn("Background work failed: {}", t.toString(), t);
            toFx(() -> onFailure.accept(t));
            return;
        }
        toFx(() -> onSuccess.accept(result));
    }

    private static void toFx(Runnable r) {
        try {
            Platform.runLater(r);
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("FX toolkit already stopped; dropping a result");
        }
    }

    /** Stops accepting work; running work finishes. Any thread. */
    @Override
    public void close() {
        executor.shutdown();
    }
}
