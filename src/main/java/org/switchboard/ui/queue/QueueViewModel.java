package org.switchboard.ui.queue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.switchboard.domain.Platform;
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.domain.queue.QueueSort;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.events.Event;
import org.switchboard.service.queue.QueueService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * The queue on the left: the saved views with their counts, and the case list fed by keyset pages.
 * The list never holds more than the pages the person scrolled through; a refresh reloads as many rows
 * as are shown, so the selection survives new cases arriving above it.
 * UI thread only; database work goes through the injected {@link BackgroundRunner}.
 */
public final class QueueViewModel {
    /** Rows per page: about three screens, so scrolling rarely waits. */
    public static final int PAGE_SIZE = 100;

    private final QueueService queue;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final int pageSize;

    private final ObjectProperty<SavedView> view = new SimpleObjectProperty<>(SavedView.ALL);
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.WAITING);
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>();
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final ObservableMap<SavedView, Long> counts = FXCollections.observableMap(new EnumMap<>(SavedView.class));
    private final LongProperty total = new SimpleLongProperty();
    private final ObjectProperty<Long> selectedCaseId = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();

    /** Bumped by every refresh, so a page that arrives after a newer refresh is dropped. */
    private long generation;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean loadingMore;
    private QueueQuery shown;
    private QueueCursor next;

    public QueueViewModel(QueueService queue, BackgroundRunner runner, StatusModel status, int pageSize) {
        this.queue = queue;
        this.runner = runner;
        this.status = status;
        this.pageSize = pageSize;
        view.addListener((o, a, b) -> refresh());
        sort.addListener((o, a, b) -> refresh());
        platform.addListener((o, a, b) -> refresh());
    }

    /** What one refresh read: the first rows, the total of the filter and the saved views' counts. */
    private record Snapshot(QueueQuery query, QueuePage page, long total, Map<SavedView, Long> counts) {}

    /**
     * Reloads the shown rows and the counts. While a refresh runs, further calls collapse into one
     * more refresh afterwards (a burst of events costs two queries, not fifty). UI thread.
     */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        long gen = ++generation;
        SavedView v = view.get();
        QueueSort s = sort.get();
        Platform p = platform.get();
        int limit = Math.min(QueueQuery.MAX_LIMIT, Math.max(pageSize, rows.size()));
        loading.set(true);
        work(() -> read(v, s, p, limit), snap -> applyRefresh(gen, snap), e -> {
            refreshing = false;
            loading.set(false);
            status.fail("queue.error.load", e);
            if (refreshAgain) {
                refreshAgain = false;
                refresh();
            }
        });
    }

    /** Runs in the background: the filter needs the agent's name, which comes from the settings file. */
    private Snapshot read(SavedView v, QueueSort s, Platform p, int limit) {
        QueueFilter filter = queue.filterOf(v).withPlatform(p);
        QueueQuery query = QueueQuery.firstPage(filter, s, limit);
        QueuePage page = queue.page(query);
        return new Snapshot(query, page, queue.count(filter), queue.viewCounts());
    }

    private void applyRefresh(long gen, Snapshot snap) {
        refreshing = false;
        if (refreshAgain || gen != generation) {
            refreshAgain = false;
            refresh();
            return;
        }
        loading.set(false);
        shown = snap.query();
        rows.setAll(snap.page().rows());
        next = snap.page().next();
        hasMore.set(next != null);
        total.set(snap.total());
        counts.putAll(snap.counts());
    }

    /** Fetches the next page after the last shown row, if there is one and none is on its way. UI thread. */
    public void loadMore() {
        if (refreshing || loadingMore || next == null || shown == null) {
            return;
        }
        loadingMore = true;
        long gen = generation;
        QueueQuery query = new QueueQuery(shown.filter(), shown.sort(), pageSize, next);
        work(() -> queue.page(query), page -> {
            loadingMore = false;
            if (gen == generation) {
                appendPage(page);
            }
        }, e -> {
            loadingMore = false;
            status.fail("queue.error.load", e);
        });
    }

    private void appendPage(QueuePage page) {
        // A case that moved between two pages (new activity) could come twice; show it once.
        Set<Long> present = new HashSet<>();
        rows.forEach(r -> present.add(r.id()));
        rows.addAll(page.rows().stream().filter(r -> !present.contains(r.id())).toList());
        next = page.next();
        hasMore.set(next != null);
    }

    /** The person picked a case (or none). Its unread dot goes at once; the case view marks it read. UI thread. */
    public void select(Long caseId) {
        selectedCaseId.set(caseId);
        if (caseId == null) {
            return;
        }
        int i = indexOf(caseId);
        if (i >= 0 && rows.get(i).unread()) {
            QueueRow r = rows.get(i);
            rows.set(i, new QueueRow(r.id(), r.status(), r.priority(), r.platform(), r.accountId(), r.accountName(),
                    r.contactId(), r.contactName(), r.contactHandle(), r.preview(), r.createdAt(),
                    r.lastActivityAt(), r.waitingSince(), r.messageCount(), r.assignee(), r.tags(), r.openErrands(),
                    r.overdueErrands(), false));
        }
    }

    /** A service event: anything about cases changes what the queue shows. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.CaseChanged || event instanceof Event.WorkspaceReplaced) {
            refresh();
        }
    }

    /** Where the selected case is in the shown rows, or -1. UI thread. */
    public int indexOfSelected() {
        Long id = selectedCaseId.get();
        return id == null ? -1 : indexOf(id);
    }

    private int indexOf(long caseId) {
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

    public ObjectProperty<SavedView> view() {
        return view;
    }

    public ObjectProperty<QueueSort> sort() {
        return sort;
    }

    /** The platform filter; {@code null} shows every platform. */
    public ObjectProperty<Platform> platform() {
        return platform;
    }

    /** The shown rows, in queue order. Read-only for views. */
    public ObservableList<QueueRow> rows() {
        return rows;
    }

    public ObservableMap<SavedView, Long> counts() {
        return counts;
    }

    /** How many cases the current view and filter hold (all pages). */
    public ReadOnlyLongProperty total() {
        return total;
    }

    /** The case the person picked; may be outside the shown rows (filtered away, or not loaded yet). */
    public ReadOnlyObjectProperty<Long> selectedCaseId() {
        return selectedCaseId;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMore() {
        return hasMore;
    }

    /** Platforms the filter offers, in the domain's order. */
    public List<Platform> platforms() {
        return List.of(Platform.values());
    }
}
