package org.switchboard.ui.queue;

import java.util.EnumMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.switchboard.domain.Account;
import org.switchboard.domain.Settings.CustomView;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.events.Event;
import org.switchboard.service.queue.QueueService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * The queue on the left: the chosen view (built-in or saved) narrowed by the filter bar, its sort, the
 * views' counts, and the case list held in a {@link QueueWindow} of keyset pages (never more than a few
 * thousand rows, however far the agent scrolls). A refresh re-reads the pages the window holds, so the
 * selection and the position survive new cases arriving; those are counted for the "N new" banner.
 * UI thread only; database work goes through the injected {@link BackgroundRunner}.
 */
public final class QueueViewModel {
    /** Rows per page: about three screens, so scrolling rarely waits. */
    public static final int PAGE_SIZE = 100;
    /** Pages the list holds at most: {@code PAGE_SIZE × MAX_PAGES} = 2,000 rows. */
    public static final int MAX_PAGES = 20;

    /** What the queue reads: cases, the accounts (account filter), and where saved views are kept. */
    public record Sources(QueueService queue, AccountService accounts, CustomViews.Store views) {}

    private final int pageSize;
    private final QueueWindow window;
    private final CustomViews custom;
    private final NewArrivals arrivals = new NewArrivals();

    private final ObjectProperty<SavedView> view = new SimpleObjectProperty<>(SavedView.ALL);
    private final ObjectProperty<ViewChoice> choice = new SimpleObjectProperty<>(new ViewChoice.BuiltIn(SavedView.ALL));
    private final ObjectProperty<QueueFilters> filters = new SimpleObjectProperty<>(QueueFilters.NONE);
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.WAITING);
    private final ObservableMap<SavedView, Long> counts = FXCollections.observableMap(new EnumMap<>(SavedView.class));
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final ObjectProperty<Long> selectedCaseId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> scrollTo = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty hasAbove = new SimpleBooleanProperty();

    private final QueueLoader loader;
    /** True while a saved view sets view, filters and sort together: one reload, not three. */
    private boolean applying;

    public QueueViewModel(Sources sources, BackgroundRunner runner, StatusModel status, int pageSize, int maxPages) {
        this.pageSize = pageSize;
        this.window = new QueueWindow(maxPages);
        this.custom = new CustomViews(sources.views());
        this.loader = new QueueLoader(sources, runner, status, pageSize, window, arrivals,
                new QueueLoader.Request(view::get, filters::get, sort::get, custom::views),
                new QueueLoader.Shown(counts, custom.counts(), accounts, total, scrollTo, loading, hasMore, hasAbove));
        view.addListener((o, a, b) -> changed());
        sort.addListener((o, a, b) -> changed());
        filters.addListener((o, a, b) -> changed());
    }

    private void changed() {
        if (!applying) {
            loader.refresh(true);
        }
    }

    /**
     * The views' counts wait until {@link #releaseCounts()}: the window holds them while it paints its first page
     * (on two cores, counting a large workspace competed with painting it). UI thread.
     */
    public void holdCounts() {
        loader.holdCounts();
    }

    /** Reads the counts held back by {@link #holdCounts()}, and counts at once from now on. UI thread. */
    public void releaseCounts() {
        loader.releaseCounts();
    }

    /** Re-reads what is shown (same position) and the counts. UI thread. */
    public void refresh() {
        loader.refresh(false);
    }

    /** Fetches the next page after the last row, if there is one and no read is on its way. UI thread. */
    public void loadMore() {
        loader.loadMore();
    }

    /** Re-reads the page above the window (dropped while scrolling down), if any. UI thread. */
    public void loadAbove() {
        loader.loadAbove();
    }

    /** The banner was clicked: reads the list from the top and scrolls to the first new case. UI thread. */
    public void showNewArrivals() {
        loader.refresh(true);
    }

    /**
     * Switches to a view from the list; a saved one also sets its filters and sort. Filters set by hand stay
     * when going from one built-in view to another. UI thread.
     */
    public void choose(ViewChoice c) {
        if (c instanceof ViewChoice.Custom(CustomView v)) {
            CustomViews.Applied a = CustomViews.apply(v, accounts);
            applying = true;
            try {
                view.set(a.base());
                filters.set(a.filters());
                sort.set(a.sort());
            } finally {
                applying = false;
            }
            choice.set(c);
            loader.refresh(true);
        } else if (c instanceof ViewChoice.BuiltIn(SavedView v)) {
            // A saved view's filters belong to it; leaving it for a built-in view leaves them behind too.
            boolean leaveSaved = choice.get() instanceof ViewChoice.Custom;
            choice.set(c);
            applying = true;
            try {
                view.set(v);
                if (leaveSaved) {
                    filters.set(QueueFilters.NONE);
                }
            } finally {
                applying = false;
            }
            loader.refresh(true);
        }
    }

    /** Saves the current view, filters and sort as {@code name}; null when saved, else a bundle key. UI thread. */
    public String saveView(String name) {
        String problem = custom.save(name, view.get(), filters.get(), sort.get(), accounts);
        if (problem == null) {
            choice.set(new ViewChoice.Custom(custom.named(name)));
            loader.refresh(false);
        }
        return problem;
    }

    /** Renames a saved view; null when done, else a bundle key. UI thread. */
    public String renameView(CustomView v, String name) {
        String problem = custom.rename(v, name);
        if (problem == null && choice.get() instanceof ViewChoice.Custom(CustomView chosen)
                && chosen.name().equals(v.name())) {
            choice.set(new ViewChoice.Custom(custom.named(name)));
        }
        return problem;
    }

    /** Deletes a saved view; the list it showed stays until another view is chosen. UI thread. */
    public void deleteView(CustomView v) {
        custom.delete(v);
        if (choice.get() instanceof ViewChoice.Custom(CustomView chosen) && chosen.name().equals(v.name())) {
            choice.set(new ViewChoice.BuiltIn(view.get()));
        }
    }

    /** The person picked a case (or none). Its unread dot goes at once; the case view marks it read. UI thread. */
    public void select(Long caseId) {
        selectedCaseId.set(caseId);
        if (caseId == null) {
            return;
        }
        arrivals.seen(caseId);
        int i = loader.indexOf(caseId);
        if (i >= 0 && window.rows().get(i).unread()) {
            QueueRow r = window.rows().get(i);
            window.replace(i, new QueueRow(r.id(), r.status(), r.priority(), r.platform(), r.accountId(),
                    r.accountName(), r.contactId(), r.contactName(), r.contactHandle(), r.preview(), r.createdAt(),
                    r.lastActivityAt(), r.waitingSince(), r.messageCount(), r.assignee(), r.tags(), r.openErrands(),
                    r.overdueErrands(), false));
        }
    }

    /** A service event: anything about cases changes what the queue shows. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.CaseChanged c) {
            if (c.created()) {
                arrivals.announced(c.caseId());
            }
            loader.refresh(false);
        } else if (event instanceof Event.WorkspaceReplaced) {
            loader.refresh(true);
        }
    }

    /** Where the selected case is in the shown rows, or -1. UI thread. */
    public int indexOfSelected() {
        Long id = selectedCaseId.get();
        return id == null ? -1 : loader.indexOf(id);
    }

    /** Agents and tags seen in the shown rows, for the assignee filter and the tag completion. UI thread. */
    public KnownNames known() {
        return KnownNames.of(window.rows(), loader.me());
    }

    /** The built-in view shown, or the one a saved view narrows. */
    public ObjectProperty<SavedView> view() {
        return view;
    }

    /** The entry chosen in the views list. */
    public ReadOnlyObjectProperty<ViewChoice> choice() {
        return choice;
    }

    public ObjectProperty<QueueFilters> filters() {
        return filters;
    }

    public ObjectProperty<QueueSort> sort() {
        return sort;
    }

    /** The shown rows, in queue order; at most {@link #maxRows()}. Read-only for views. */
    public ObservableList<QueueRow> rows() {
        return window.rows();
    }

    /** Rows per page read. */
    public int pageSize() {
        return pageSize;
    }

    /** The most rows the list ever holds. */
    public int maxRows() {
        return window.maxRows(pageSize);
    }

    public ObservableMap<SavedView, Long> counts() {
        return counts;
    }

    public ObservableList<CustomView> customViews() {
        return custom.views();
    }

    /** The saved views' counts by name. */
    public ObservableMap<String, Long> customCounts() {
        return custom.counts();
    }

    /** The connected accounts, for the account filter. */
    public ObservableList<Account> accounts() {
        return accounts;
    }

    /** How many cases the current view and filter hold (all pages). */
    public ReadOnlyLongProperty total() {
        return total;
    }

    /** The case the person picked; may be outside the shown rows (filtered away, or not loaded yet). */
    public ReadOnlyObjectProperty<Long> selectedCaseId() {
        return selectedCaseId;
    }

    /** Set to a case the list should scroll to (after the banner's jump); the view clears it. */
    public ObjectProperty<Long> scrollTo() {
        return scrollTo;
    }

    /** How many new cases arrived in this view since it was last read from the top. */
    public ReadOnlyIntegerProperty newArrivals() {
        return arrivals.count();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMore() {
        return hasMore;
    }

    /** True when pages were dropped above the window (scrolling up reads them again). */
    public ReadOnlyBooleanProperty hasAbove() {
        return hasAbove;
    }
}
