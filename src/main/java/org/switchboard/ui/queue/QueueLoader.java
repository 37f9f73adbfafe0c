package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
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
import org.switchboard.service.queue.QueueService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * The reading half of {@link QueueViewModel}: refreshes (collapsed while one runs, stale answers dropped by
 * a generation number), the pages read while scrolling down and up, and the "N new" bookkeeping. It writes
 * what it read into the properties the view model hands out. UI thread only; every read runs on the
 * injected {@link BackgroundRunner}.
 */
final class QueueLoader {
    /** What the loader reads for: the view, filters and sort chosen, and the saved views to count. */
    record Request(Supplier<SavedView> view, Supplier<QueueFilters> filters, Supplier<QueueSort> sort,
                   Supplier<List<CustomView>> customViews) {}

    /** Where the loader puts what it read. */
    record Shown(ObservableMap<SavedView, Long> counts, ObservableMap<String, Long> customCounts,
                 ObservableList<Account> accounts, LongProperty total, ObjectProperty<Long> scrollTo,
                 BooleanProperty loading, BooleanProperty hasMore, BooleanProperty hasAbove) {}

    /** What one refresh read: the window's pages, the total of the filter and the views' counts. */
    private record Snapshot(QueueQuery query, List<QueueWindow.Page> pages, long total, Map<SavedView, Long> counts,
                            Map<String, Long> customCounts, List<Account> accounts, String me) {}

    private final QueueService queue;
    private final AccountService accountService;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final int pageSize;
    private final QueueWindow window;
    private final NewArrivals arrivals;
    private final Request request;
    private final Shown out;

    /** Bumped by every refresh, so a page that arrives after a newer refresh is dropped. */
    private long generation;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean againFromTop;
    private boolean loadingPage;
    /** This workstation's agent, as last read (it comes from the settings, so never read on the UI thread). */
    private String me = "";
    /** The filter and sort the window's rows were read with. */
    private QueueQuery shown;

    QueueLoader(QueueViewModel.Sources sources, BackgroundRunner runner, StatusModel status, int pageSize,
                QueueWindow window, NewArrivals arrivals, Request request, Shown out) {
        this.queue = sources.queue();
        this.accountService = sources.accounts();
        this.runner = runner;
        this.status = status;
        this.pageSize = pageSize;
        this.window = window;
        this.arrivals = arrivals;
        this.request = request;
        this.out = out;
    }

    /** The agent's name as last read. */
    String me() {
        return me;
    }

    /**
     * Reads the list again, from the top or from the window's first page. While a refresh runs, further
     * calls collapse into one more refresh afterwards (a burst of events costs two reads, not fifty).
     */
    void refresh(boolean fromTop) {
        if (refreshing) {
            refreshAgain = true;
            againFromTop |= fromTop;
            return;
        }
        refreshing = true;
        long gen = ++generation;
        SavedView v = request.view().get();
        QueueFilters f = request.filters().get();
        QueueSort s = request.sort().get();
        List<CustomView> views = List.copyOf(request.customViews().get());
        boolean top = fromTop || shown == null || shown.sort() != s;
        QueueCursor from = top ? null : window.firstCursor();
        int pages = top ? 1 : Math.max(1, window.pageCount());
        out.loading().set(true);
        // From the top (first load, another view, filter or sort) the rows come first and the counts after them:
        // counting a million cases must not hold up the first page (docs/performance.md).
        work(() -> read(v, f, s, from, pages, views, !top), snap -> applyRefresh(gen, snap, top), e -> {
            refreshing = false;
            out.loading().set(false);
            status.fail("queue.error.load", e);
            again();
        });
    }

    /** Background thread: the pages chained by their cursors, so each keeps the cursor it was read with. */
    private Snapshot read(SavedView v, QueueFilters f, QueueSort s, QueueCursor from, int pages,
                          List<CustomView> views, boolean withCounts) {
        List<Account> known = accountService.list();
        String agent = queue.agentName();
        QueueFilter filter = f.narrow(queue.filterOf(v), agent);
        QueueQuery query = new QueueQuery(filter, s, pageSize, from);
        List<QueueWindow.Page> read = new ArrayList<>();
        QueueCursor cursor = from;
        for (int i = 0; i < pages && (i == 0 || cursor != null); i++) {
            QueuePage page = queue.page(new QueueQuery(filter, s, pageSize, cursor));
            read.add(QueueWindow.page(cursor, page));
            cursor = page.next();
        }
        if (!withCounts) {
            return new Snapshot(query, read, -1, Map.of(), Map.of(), known, agent);
        }
        return new Snapshot(query, read, queue.count(filter), queue.viewCounts(),
                CustomViews.count(queue, views, known), known, agent);
    }

    /** Counting waits until {@link #releaseCounts()}: set while the window paints its first page. */
    private boolean countsHeld;
    private Runnable heldCounts;

    /** Counts read from now on wait for {@link #releaseCounts()}. UI thread. */
    void holdCounts() {
        countsHeld = true;
    }

    /** Reads the counts that waited, and counts at once from now on. UI thread. */
    void releaseCounts() {
        countsHeld = false;
        Runnable count = heldCounts;
        heldCounts = null;
        if (count != null) {
            count.run();
        }
    }

    /** The counts a snapshot read without them (background thread). */
    private record Counts(long total, Map<SavedView, Long> views, Map<String, Long> custom) {}

    private void readCounts(long gen, QueueFilter filter, List<CustomView> views, List<Account> known) {
        work(() -> new Counts(queue.count(filter), queue.viewCounts(), CustomViews.count(queue, views, known)), c -> {
            if (gen == generation) {
                out.total().set(c.total());
                out.counts().putAll(c.views());
                out.customCounts().putAll(c.custom());
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
        out.loading().set(false);
        boolean sameQuery = shown != null && shown.filter().equals(snap.query().filter())
                && shown.sort() == snap.query().sort();
        List<QueueRow> before = sameQuery ? List.copyOf(window.rows()) : List.of();
        long totalBefore = out.total().get();
        shown = snap.query();
        me = snap.me();
        window.reset(snap.pages(), fromTop);
        if (!out.accounts().equals(snap.accounts())) {
            out.accounts().setAll(snap.accounts());
        }
        if (snap.total() >= 0) {
            out.total().set(snap.total());
            out.counts().putAll(snap.counts());
            out.customCounts().putAll(snap.customCounts());
        } else {
            QueueFilter filter = snap.query().filter();
            List<CustomView> views = List.copyOf(request.customViews().get());
            Runnable count = () -> readCounts(gen, filter, views, snap.accounts());
            if (countsHeld) {
                heldCounts = count; // the first page is not painted yet: on two cores counting would compete with it
            } else {
                count.run();
            }
        }
        if (fromTop || !sameQuery) {
            scrollAfterJump(arrivals.clear());
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

    /** Fetches the next page after the last row, if there is one and no read is on its way. */
    void loadMore() {
        QueueCursor after = window.next();
        if (refreshing || loadingPage || after == null || shown == null) {
            return;
        }
        readPage(after, window::append);
    }

    /** Re-reads the page above the window (dropped while scrolling down), if any. */
    void loadAbove() {
        if (refreshing || loadingPage || !window.hasAbove() || shown == null) {
            return;
        }
        readPage(window.peekAbove(), window::prepend);
    }

    private void readPage(QueueCursor after, Consumer<QueueWindow.Page> into) {
        loadingPage = true;
        long gen = generation;
        QueueQuery query = new QueueQuery(shown.filter(), shown.sort(), pageSize, after);
        work(() -> queue.page(query), page -> {
            loadingPage = false;
            if (gen == generation) {
                into.accept(QueueWindow.page(after, page));
                updatePaging();
            }
        }, e -> {
            loadingPage = false;
            status.fail("queue.error.load", e);
        });
    }

    private void updatePaging() {
        out.hasMore().set(window.next() != null);
        out.hasAbove().set(window.hasAbove());
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
        out.scrollTo().set(null);
        out.scrollTo().set(target);
    }

    /** Where {@code caseId} is in the shown rows, or -1. */
    int indexOf(long caseId) {
        List<QueueRow> rows = window.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == caseId) {
                return i;
            }
        }
        return -1;
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
}
