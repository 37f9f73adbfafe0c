package org.switchboard.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Timing against JavaFX's pulses. FX thread. */
public final class Pulses {
    private Pulses() {}

    /** Runs {@code action} after the next pulse has laid out (and so rendered) the scene. */
    public static void afterNextFrame(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(action); // after the pulse's render
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }
}
