package org.switchboard.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the status bar shows for all view-models: whether work is running, and the latest problem.
 * UI thread only (the FX thread in the window, the test thread in view-model tests).
 */
public final class StatusModel {
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final BooleanBinding busy = Bindings.greaterThan(running, 0);

    /** Work started. UI thread. */
    public void begin() {
        running.set(running.get() + 1);
    }

    /** Work ended, well or not. UI thread. */
    public void end() {
        running.set(Math.max(0, running.get() - 1));
    }

    /** Shows {@code failure} under the bundle key {@code key} (one placeholder for the detail). UI thread. */
    public void fail(String key, Throwable failure) {
        problem.set(Problem.of(key, failure));
    }

    /** Clears the shown problem. UI thread. */
    public void clear() {
        problem.set(null);
    }

    public BooleanBinding busy() {
        return busy;
    }

    public ReadOnlyObjectProperty<Problem> problem() {
        return problem;
    }
}
