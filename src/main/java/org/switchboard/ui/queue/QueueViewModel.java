package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
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

    private final QueueService queue;
    private final AccountService accountService;
    private final BackgroundRunner runner;
    private final StatusModel status;
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

    /** Bumped by every refresh, so a page that arrives after a newer refresh is dropped. */
    private long generation;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean againFromTop;
    private boolean loadingPage;
    /** True while a saved view sets view, filters and sort together: one reload, not three. */
    private boolean applying;
    /** This workstation's agent, as last read (it comes from the settings, so never read on the UI thread). */
    private String me = "";
    /** The filter and sort the window's rows were read with. */
    private QueueQuery shown;

    public QueueViewModel(Sources sources, BackgroundRunner runner, StatusModel status, int pageSize, int maxPages) {
        this.queue = sources.queue();
        this.accountService = sources.accounts();
        this.runner = runner;
        this.status = status;
        this.pageSize = pageSize;
        this.window = new QueueWindow(maxPages);
        this.custom = new CustomViews(sources.views());
        view.addListener((o, a, b) -> changed());
        sort.addListener((o, a, b) -> changed());
        filters.addListener((o, a, b) -> changed());
    }

    private void changed() {
        if (!applying) {
            refresh(true);
        }
    }

    /** What one refresh read: the window's pages, the total of the filter and the views' counts. */
    private record Snapshot(QueueQuery query, List<QueueWindow.Page> pages, long total, Map<SavedView, Long> counts,
                            Map<String, Long> customCounts, List<Account> accounts, String me) {}

    /** Re-reads what is shown (same position) and the counts. UI thread. */
    public void refresh() {
        refresh(false);
    }

    /**
     * Reads the list again, from the top or from the window's first page. While a refresh runs, further
     * calls collapse into one more refresh afterwards (a burst of events costs two reads, not fifty). UI thread.
     */
    private void refresh(boolean fromTop) {
        if (refreshing) {
            refreshAgain = true;
            againFromTop |= fromTop;
            return;
        }
        refreshing = true;
        long gen = ++generation;
        SavedView v = view.get();
        QueueFilters f = filters.get();
        QueueSort s = sort.get();
        List<CustomView> views = List.copyOf(custom.views());
        boolean top = fromTop || shown == null || shown.sort() != s;
        QueueCursor from = top ? null : window.firstCursor();
        int pages = top ? 1 : Math.max(1, window.pageCount());
        loading.set(true);
        // From the top (first load, another view, filter or sort) the rows come first and the counts after them:
        // counting a million cases must not hold up the first page (docs/performance.md).
        work(() -> read(v, f, s, from, pages, views, !top), snap -> applyRefresh(gen, snap, top), e -> {
            refreshing = false;
            loading.set(false);
            status.fail("queue.error.load", e);
            again();
        });
    }

    /** Background thread: the pages chained by their cursors, so each keeps the cursor it was read with. */
    private Snapshot read(SavedView v, QueueFilters f, QueueSort s, QueueCursor from, int pages,
                          List<CustomView> views, boolean withCounts) {
        List<Account> known = accountService.list();
        String me = queue.agentName();
        QueueFilter filter = f.narrow(queue.filterOf(v), me);
        QueueQuery query = new QueueQuery(filter, s, pageSize, from);
        List<QueueWindow.Page> read = new ArrayList<>();
        QueueCursor cursor = from;
        for (int i = 0; i < pages && (i == 0 || cursor != null); i++) {
            QueuePage page = queue.page(new QueueQuery(filter, s, pageSize, cursor));
            read.add(QueueWindow.page(cursor, page));
            cursor = page.next();
        }
        if (!withCounts) {
            return new Snapshot(query, read, -1, Map.of(), Map.of(), known, me);
        }
        return new Snapshot(query, read, queue.count(filter), queue.viewCounts(),
                CustomViews.count(queue, views, known), known, me);
    }

    /** The counts a snapshot read without them (background thread). */
    private record Counts(long total, Map<SavedView, Long> views, Map<String, Long> custom) {}

    private void readCounts(long gen, QueueFilter filter, List<CustomView> views, List<Account> known) {
        work(() -> new Counts(queue.count(filter), queue.viewCounts(), CustomViews.count(queue, views, known)), c -> {
            if (gen == generation) {
                total.set(c.total());
                counts.putAll(c.views());
                custom.counts().putAll(c.custom());
                updatePaging();
            }
        }, e -> status.fail("queue.error.load", e));
    }

    private void applyRefresh(long gen, Snapshot snap, boolean fromTop) {
        refreshing = false;
        if (refreshAgain || gen != generation) {
            again();
            return;
        }
        loading.set(false);
        boolean sameQuery = shown != null && shown.filter().equals(snap.query().filter())
                && shown.sort() == snap.query().sort();
        List<QueueRow> before = sameQuery ? List.copyOf(window.rows()) : List.of();
        long totalBefore = total.get();
        shown = snap.query();
        me = snap.me();
        window.reset(snap.pages(), fromTop);
        if (!accounts.equals(snap.accounts())) {
            accounts.setAll(snap.accounts());
        }
        if (snap.total() >= 0) {
            total.set(snap.total());
            counts.putAll(snap.counts());
            custom.counts().putAll(snap.customCounts());
        } else {
            readCounts(gen, snap.query().filter(), List.copyOf(custom.views()), snap.accounts());
        }
        if (fromTop || !sameQuery) {
            List<Long> wereNew = arrivals.clear();
            scrollAfterJump(wereNew);
        } else {
            arrivals.refreshed(before, window.rows(), totalBefore, snap.total());
        }
        updatePaging();
    }

    private void again() {
        if (refreshAgain) {
            boolean top = againFromTop;
            refreshAgain = false;
            againFromTop = false;
            refresh(top);
        }
    }

    /** Fetches the next page after the last row, if there is one and no read is on its way. UI thread. */
    public void loadMore() {
        QueueCursor after = window.next();
        if (refreshing || loadingPage || after == null || shown == null) {
            return;
        }
        loadingPage = true;
        long gen = generation;
        QueueQuery query = new QueueQuery(shown.filter(), shown.sort(), pageSize, after);
        work(() -> queue.page(query), page -> {
            loadingPage = false;
            if (gen == generation) {
                window.append(QueueWindow.page(after, page));
                updatePaging();
            }
        }, this::pageFailed);
    }

    /** Re-reads the page above the window (dropped while scrolling down), if any. UI thread. */
    public void loadAbove() {
        if (refreshing || loadingPage || !window.hasAbove() || shown == null) {
            return;
        }
        loadingPage = true;
        long gen = generation;
        QueueCursor after = window.peekAbove();
        QueueQuery query = new QueueQuery(shown.filter(), shown.sort(), pageSize, after);
        work(() -> queue.page(query), page -> {
            loadingPage = false;
            if (gen == generation) {
                window.prepend(QueueWindow.page(after, page));
                updatePaging();
            }
        }, this::pageFailed);
    }

    private void pageFailed(Throwable e) {
        loadingPage = false;
        status.fail("queue.error.load", e);
    }

    private void updatePaging() {
        hasMore.set(window.next() != null);
        hasAbove.set(window.hasAbove());
    }

    /** The banner was clicked: reads the list from the top and scrolls to the first new case. UI thread. */
    public void showNewArrivals() {
        refresh(true);
    }

    /** After a read from the top: to the topmost case that was new (the banner's "jump there"), else the top. */
    private void scrollAfterJump(List<Long> wereNew) {
        Long target = null;
        int best = Integer.MAX_VALUE;
        for (long id : wereNew) {
            int at = indexOf(id);
            if (at >= 0 && at < best) {
                best = at;
                target = id;
            }
        }
        if (target == null && !window.rows().isEmpty()) {
            target = window.rows().getFirst().id();
        }
        scrollTo.set(null);
        scrollTo.set(target);
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
            refresh(true);
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
            refresh(true);
        }
    }

    /** Saves the current view, filters and sort as {@code name}; null when saved, else a bundle key. UI thread. */
    public String saveView(String name) {
        String problem = custom.save(name, view.get(), filters.get(), sort.get(), accounts);
        if (problem == null) {
            choice.set(new ViewChoice.Custom(custom.named(name)));
            refresh(false);
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
        int i = indexOf(caseId);
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
            refresh(false);
        } else if (event instanceof Event.WorkspaceReplaced) {
            refresh(true);
        }
    }

    /** Where the selected case is in the shown rows, or -1. UI thread. */
    public int indexOfSelected() {
        Long id = selectedCaseId.get();
        return id == null ? -1 : indexOf(id);
    }

    private int indexOf(long caseId) {
        List<QueueRow> rows = window.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == caseId) {
                return i;
            }
        }
        return -1;
    }

    /** Agents and tags seen in the shown rows, for the assignee filter and the tag completion. UI thread. */
    public KnownNames known() {
        return KnownNames.of(window.rows(), me);
    }

    private <T> void work(Callable<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        status.begin();
        runner.run(job, r -> {
            status.end();
            done.accept(r);
        }, e -> {
            status.end();
            failed.accept(e);
        });
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
