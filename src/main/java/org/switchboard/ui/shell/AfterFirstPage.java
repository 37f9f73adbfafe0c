package org.switchboard.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import org.switchboard.ui.common.Pulses;

/**
 * Runs the rest of the window's start once the queue's first page is on screen: the read has finished
 * (successfully or not) and a frame has been laid out and rendered with it. Sync, the vault check, the
 * errand passes and the outbox count would otherwise compete with the first page for the machine's
 * cores (issue 8, ADR 0021). FX thread.
 */
final class AfterFirstPage {
    private AfterFirstPage() {}

    /** Runs {@code action} once {@code loading} is false and the next frame of {@code scene} is rendered. */
    static void run(ObservableBooleanValue loading, Scene scene, Runnable action) {
        if (!loading.get()) {
            Pulses.afterNextFrame(scene, action);
            return;
        }
        ChangeListener<Boolean> done = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    Pulses.afterNextFrame(scene, action);
                }
            }
        };
        loading.addListener(done);
    }
}
