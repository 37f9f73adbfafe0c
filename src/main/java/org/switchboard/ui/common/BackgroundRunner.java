package org.switchboard.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files, network) away from the JavaFX thread and hands the outcome back on
 * the UI thread. View-models get one injected, so their tests pass {@link DirectRunner} and need no
 * toolkit (ARCHITECTURE.md, "Threads").
 */
public interface BackgroundRunner {
    /**
     * Starts {@code work} in the background; afterwards calls exactly one of {@code onSuccess} or
     * {@code onFailure} on the UI thread. Call from the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
