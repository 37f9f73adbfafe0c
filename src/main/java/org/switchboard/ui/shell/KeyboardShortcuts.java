package org.switchboard.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's single-key shortcuts (J/K/R/Enter/Esc/?) and pane jumps (Ctrl+1/2/3). Single keys act only
 * when the focus is not in a text field, so typing a J into a reply never moves the queue. FX thread.
 */
final class KeyboardShortcuts {
    /** What the keys do in the window. */
    interface Target {
        void moveSelection(int delta);

        /** Enter: only when the queue list has the focus; returns true when it acted. */
        boolean openSelected();

        /** Esc: back to the queue from the case or context; returns true when it acted. */
        boolean backToQueue();

        void focusPane(int pane);

        void showShortcuts();

        /** R: into the reply box of the open case; returns true when it acted. */
        boolean focusReply();
    }

    private KeyboardShortcuts() {}

    static void install(Scene scene, Target target) {
        // R moves the focus into the reply box on KEY_PRESSED; the KEY_TYPED "r" of the same keystroke
        // would then land in the box, so it is swallowed.
        boolean[] swallowTyped = {false};
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped[0] = false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown()) {
                switch (e.getCode()) {
                    case DIGIT1, NUMPAD1 -> act(e, () -> target.focusPane(1));
                    case DIGIT2, NUMPAD2 -> act(e, () -> target.focusPane(2));
                    case DIGIT3, NUMPAD3 -> act(e, () -> target.focusPane(3));
                    default -> { }
                }
                return;
            }
            if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || typing(scene)) {
                return;
            }
            if (e.getCode() == KeyCode.J) {
                act(e, () -> target.moveSelection(1));
            } else if (e.getCode() == KeyCode.K) {
                act(e, () -> target.moveSelection(-1));
            } else if (e.getCode() == KeyCode.R && !e.isShiftDown() && target.focusReply()) {
                e.consume();
                swallowTyped[0] = true;
            } else if (e.getCode() == KeyCode.ENTER && target.openSelected()) {
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && target.backToQueue()) {
                e.consume();
            }
        });
        // "?" is a typed character (Shift+ß on a German keyboard, Shift+/ on a US one), so listen for typing.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped[0]) {
                swallowTyped[0] = false;
                e.consume();
                return;
            }
            if ("?".equals(e.getCharacter()) && !typing(scene)) {
                e.consume();
                target.showShortcuts();
            }
        });
    }

    private static void act(KeyEvent e, Runnable r) {
        e.consume();
        r.run();
    }

    private static boolean typing(Scene scene) {
        Node focus = scene.getFocusOwner();
        return focus instanceof TextInputControl;
    }
}
