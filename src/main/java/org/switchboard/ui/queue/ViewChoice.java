package org.switchboard.ui.queue;

import org.switchboard.domain.Settings;
import org.switchboard.domain.queue.SavedView;

/** An entry of the views list: a built-in view, or one the agent saved. Any thread (immutable). */
public sealed interface ViewChoice {
    /** One of the built-in views ("New", "My cases" ...). */
    record BuiltIn(SavedView view) implements ViewChoice {}

    /** A view the agent saved under a name. */
    record Custom(Settings.CustomView view) implements ViewChoice {}
}
