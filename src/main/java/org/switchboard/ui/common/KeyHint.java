package org.switchboard.ui.common;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A key shown beside a menu item that the menu must not act on itself. Single-letter shortcuts (E, N, A, T)
 * are handled by the window only while no text field has the focus; as a real accelerator the letter would
 * also fire while the agent types an "a" into a reply. So the menu shows the key, and never matches it.
 */
public final class KeyHint extends KeyCombination {
    private final String text;

    public KeyHint(String text) {
        this.text = text;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    // Identity, not the modifiers: menus keep accelerators in a map, and hints must not replace real ones.
    @Override
    public boolean equals(Object obj) {
        return this == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
