package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.switchboard.domain.Account;
import org.switchboard.domain.Settings;
import org.switchboard.domain.Settings.CustomView;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.queue.QueueService;

/**
 * The views the agent saved: the list shown under the built-in views, their counts, and saving,
 * renaming and deleting them through the {@link Store} (the settings file). Names are unique,
 * ignoring case, so a name says which view is meant. UI thread only, except the static helpers.
 */
public final class CustomViews {
    /** Where saved views are kept. The window's settings; tests may pass their own. */
    public interface Store {
        /** The saved views as last stored. Any thread. */
        List<CustomView> views();

        /** Remembers {@code views} and writes them soon, in the background. UI thread. */
        void save(List<CustomView> views);
    }

    /** What a saved view sets when it is chosen: the built-in view it narrows, the filters and the sort. */
    record Applied(SavedView base, QueueFilters filters, QueueSort sort) {}

    private final Store store;
    private final ObservableList<CustomView> views = FXCollections.observableArrayList();
    private final ObservableMap<String, Long> counts = FXCollections.observableHashMap();

    CustomViews(Store store) {
        this.store = store;
        views.setAll(store.views());
    }

    ObservableList<CustomView> views() {
        return views;
    }

    /** Counts by view name; a view without a count yet is missing. */
    ObservableMap<String, Long> counts() {
        return counts;
    }

    /**
     * Adds a view named {@code name}. Returns null when saved, else why not as a bundle key (a name in use
     * is refused rather than silently replacing another view). UI thread.
     */
    String save(String name, SavedView base, QueueFilters filters, QueueSort sort, List<Account> accounts) {
        String problem = checkName(name, null);
        if (problem != null) {
            return problem;
        }
        CustomView v = of(name.strip(), base, filters, sort, accounts);
        List<CustomView> next = new ArrayList<>(views);
        if (next.size() >= Settings.MAX_VIEWS) {
            return "queue.views.error.too-many";
        }
        next.add(v);
        store(next);
        return null;
    }

    /** Renames {@code view}; returns null when done, else a bundle key saying why not. UI thread. */
    String rename(CustomView view, String name) {
        String problem = checkName(name, view.name());
        if (problem != null) {
            return problem;
        }
        List<CustomView> next = new ArrayList<>(views);
        next.replaceAll(o -> o.name().equals(view.name()) ? o.withName(name.strip()) : o);
        Long n = counts.remove(view.name());
        if (n != null) {
            counts.put(name.strip(), n);
        }
        store(next);
        return null;
    }

    /** Deletes {@code view}. UI thread. */
    void delete(CustomView view) {
        List<CustomView> next = new ArrayList<>(views);
        next.removeIf(o -> o.name().equals(view.name()));
        counts.remove(view.name());
        store(next);
    }

    /** The view called {@code name} now (after a rename or save), or null. UI thread. */
    CustomView named(String name) {
        return views.stream().filter(v -> same(v.name(), name)).findFirst().orElse(null);
    }

    private void store(List<CustomView> next) {
        views.setAll(next);
        store.save(List.copyOf(next));
    }

    /** Null when {@code name} may be used (renaming {@code current} to itself is fine), else a bundle key. */
    private String checkName(String name, String current) {
        if (name == null || name.isBlank()) {
            return "queue.views.error.empty";
        }
        if (name.strip().length() > CustomView.MAX_NAME) {
            return "queue.views.error.long";
        }
        boolean taken = views.stream().anyMatch(v -> same(v.name(), name.strip())
                && (current == null || !same(v.name(), current)));
        return taken ? "queue.views.error.taken" : null;
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /** The saved form of the current choice; the account is kept by name. Any thread. */
    static CustomView of(String name, SavedView base, QueueFilters f, QueueSort sort, List<Account> accounts) {
        String account = f.accountId() == null ? null : accounts.stream().filter(a -> a.id() == f.accountId())
                .map(Account::name).findFirst().orElse(null);
        return new CustomView(name, base.id(), f.statuses(), f.platform(), account, f.assignee(), f.priority(),
                f.tag(), f.openErrand(), f.overdue(), sort);
    }

    /** What choosing {@code v} sets. An account that is gone shows nothing rather than everything. Any thread. */
    static Applied apply(CustomView v, List<Account> accounts) {
        SavedView base;
        try {
            base = SavedView.parse(v.base());
        } catch (RuntimeException unknown) {
            base = SavedView.ALL;
        }
        Long account = v.account() == null ? null : accounts.stream().filter(a -> a.name().equals(v.account()))
                .map(Account::id).findFirst().orElse(QueueFilters.MISSING_ACCOUNT);
        return new Applied(base, new QueueFilters(v.statuses(), v.platform(), account, v.assignee(), v.priority(),
                v.tag(), v.openErrand(), v.overdue()), v.sort());
    }

    /** Counts every view in {@code views}. Background thread (one query per view). */
    static Map<String, Long> count(QueueService queue, List<CustomView> views, List<Account> accounts) {
        Map<String, Long> out = new HashMap<>();
        String me = queue.agentName();
        for (CustomView v : views) {
            Applied a = apply(v, accounts);
            QueueFilter filter = a.filters().narrow(queue.filterOf(a.base()), me);
            out.put(v.name(), queue.count(filter));
        }
        return out;
    }
}
