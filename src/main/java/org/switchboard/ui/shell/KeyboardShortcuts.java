package org.switchboard.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's single-key shortcuts (J/K/R/Enter/Esc/?, E/N/A/T for the case actions, G then V or 1…7
 * for the views) and pane jumps (Ctrl+1/2/3). Single keys act only when the focus is not in a text field,
 * so typing a J into a reply never moves the queue. F forwards the open case (errands), C opens its contact profile.
 * Ctrl+Z and Ctrl+N are the Case menu's accelerators. FX thread.
 */
final class KeyboardShortcuts {
    /** How long after G the second key of "G then V" may come. */
    private static final long G_WINDOW_NANOS = 2_000_000_000L;

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

        /** E, N, A or T on the open case (resolve, note, assign, tags); returns true when it acted. */
        boolean caseAction(KeyCode key);

        /** G then V: the focus goes to the views list. */
        void focusViews();

        /** G then 1…7: the built-in view of that number. */
        void chooseView(int number);

        /** F: the forward dialog for the open case; returns true when it acted. */
        boolean forwardCase();

        /** /: the search dialog. */
        default void openSearch() {
        }

        /** C: the contact profile of the open case; returns true when it acted. */
        default boolean openContact() {
            return false;
        }
    }

    private KeyboardShortcuts() {}

    static void install(Scene scene, Target target) {
        State state = new State();
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> released(e, state, target));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(e, scene, state, target));
        // "?" is a typed character (Shift+ß on a German keyboard, Shift+/ on a US one), so listen for typing.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (state.swallowTyped) {
                state.swallowTyped = false;
                e.consume();
                return;
            }
            if ("?".equals(e.getCharacter()) && !typing(scene)) {
                e.consume();
                target.showShortcuts();
            } else if ("/".equals(e.getCharacter()) && !typing(scene)) {
                e.consume();
                target.openSearch();
            }
        });
    }

    /** What a key press left for the rest of its keystroke. */
    private static final class State {
        /**
         * A key that moved the focus or acts on release: the KEY_TYPED of the same keystroke would otherwise
         * land in the field that now has the focus, so it is swallowed.
         */
        boolean swallowTyped;
        /** E/N/A/T open a dialog on release, so no part of the keystroke reaches the dialog's field. */
        KeyCode actOnRelease;
        long gPressedAt;
    }

    private static void released(KeyEvent e, State state, Target target) {
        state.swallowTyped = false;
        if (state.actOnRelease != null && e.getCode() == state.actOnRelease) {
            KeyCode key = state.actOnRelease;
            state.actOnRelease = null;
            e.consume();
            target.caseAction(key);
        }
    }

    private static void pressed(KeyEvent e, Scene scene, State state, Target target) {
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
        if (afterG(e, state, target)) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.J) {
            act(e, () -> target.moveSelection(1));
        } else if (code == KeyCode.K) {
            act(e, () -> target.moveSelection(-1));
        } else if (code == KeyCode.G && !e.isShiftDown()) {
            e.consume();
            state.gPressedAt = System.nanoTime();
            state.swallowTyped = true;
        } else if (!e.isShiftDown() && (code == KeyCode.E || code == KeyCode.N || code == KeyCode.A
                || code == KeyCode.T)) {
            e.consume();
            state.actOnRelease = code;
            state.swallowTyped = true;
        } else if (code == KeyCode.R && !e.isShiftDown() && target.focusReply()) {
            e.consume();
            state.swallowTyped = true;
        } else if (code == KeyCode.C && !e.isShiftDown() && target.openContact()) {
            e.consume();
            state.swallowTyped = true;
        } else if (code == KeyCode.F && !e.isShiftDown() && target.forwardCase()) {
            e.consume(); // its typed "f" goes to the dialog's list, where it does nothing
        } else if (code == KeyCode.ENTER && target.openSelected()) {
            e.consume();
        } else if (code == KeyCode.ESCAPE && target.backToQueue()) {
            e.consume();
        }
    }

    /** The second key of "G then …": V for the views list, 1…7 for a view. Returns true when it acted. */
    private static boolean afterG(KeyEvent e, State state, Target target) {
        boolean pending = state.gPressedAt != 0 && System.nanoTime() - state.gPressedAt < G_WINDOW_NANOS;
        state.gPressedAt = 0;
        if (!pending) {
            return false;
        }
        if (e.getCode() == KeyCode.V) {
            act(e, target::focusViews);
            state.swallowTyped = true;
            return true;
        }
        int digit = digit(e.getCode());
        if (digit >= 1 && digit <= 7) {
            int n = digit;
            act(e, () -> target.chooseView(n));
            state.swallowTyped = true;
            return true;
        }
        return false;
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Character.isDigit(name.charAt(name.length() - 1)) ? name.charAt(name.length() - 1) - '0' : -1;
        }
        return -1;
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
