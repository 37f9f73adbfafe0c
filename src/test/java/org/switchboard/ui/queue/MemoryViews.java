package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.domain.Settings.CustomView;

/** Saved views kept in memory, for view-model tests that do not look at the settings file. */
final class MemoryViews implements CustomViews.Store {
    private final List<CustomView> views = new ArrayList<>();

    @Override
    public List<CustomView> views() {
        return List.copyOf(views);
    }

    @Override
    public void save(List<CustomView> v) {
        views.clear();
        views.addAll(v);
    }
}
