package org.switchboard.ui.replies;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.service.events.Event;
import org.switchboard.service.replies.OutboxService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The outbox view: the entries {@link OutboxService#page} lists (everything not sent, and what was sent in the
 * last week), a page at a time, "Retry" where the service allows it, and the count the status bar shows (queued,
 * failed and needing attention). Follows {@link Event.OutboxChanged}. UI thread only.
 */
public final class OutboxViewModel {
    public static final int PAGE = 100;

    private final OutboxService outbox;
    private final BackgroundRunner runner;
    private final ObservableList<OutboxEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<OutboxEntry> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private int pages = 1;
    private boolean shown;
    private long request;
    private long countRequest;

    public OutboxViewModel(OutboxService outbox, BackgroundRunner runner) {
        this.outbox = outbox;
        this.runner = runner;
    }

    /** True for an entry "Retry" applies to. */
    public static boolean retryable(OutboxEntry e) {
        return e != null && (e.state() == State.FAILED || e.state() == State.NEEDS_ATTENTION);
    }

    /** True for an entry the status-bar badge counts: not sent yet, or stuck. */
    public static boolean waiting(OutboxEntry e) {
        return e.state() != State.SENT;
    }

    /** Re-reads the pages shown so far and the count, in the background. UI thread. */
    public void refresh() {
        long mine = ++request;
        int shownPages = pages;
        runner.run(() -> {
            java.util.ArrayList<OutboxEntry> all = new java.util.ArrayList<>();
            List<OutboxEntry> page = outbox.page(null, PAGE + 1);
            for (int p = 0; ; p++) {
                boolean last = p == shownPages - 1 || page.size() <= PAGE;
                all.addAll(page.subList(0, Math.min(PAGE, page.size())));
                if (last) {
                    return new Read(all, page.size() > PAGE);
                }
                page = outbox.page(all.getLast(), PAGE + 1);
            }
        }, read -> {
            if (mine == request) {
                rows.setAll(read.rows());
                more.set(read.more());
            }
        }, e -> notice.set(Notice.problem("outbox.error.read", e)));
        countWaiting();
    }

    private record Read(List<OutboxEntry> rows, boolean more) {}

    /** The next page below the ones shown. UI thread. */
    public void loadMore() {
        if (more.get()) {
            pages++;
            refresh();
        }
    }

    /** Counts the entries the status bar shows, in the background. UI thread. */
    public void countWaiting() {
        long mine = ++countRequest;
        runner.run(() -> (int) outbox.list().stream().filter(OutboxViewModel::waiting).count(), n -> {
            if (mine == countRequest) {
                waiting.set(n);
            }
        }, e -> { });
    }

    /** Puts a failed entry, or one needing attention, back in the queue and delivers what is due. UI thread. */
    public void retry(OutboxEntry e) {
        if (!retryable(e)) {
            return;
        }
        notice.set(null);
        runner.run(() -> {
            OutboxEntry queued = outbox.retry(e.id());
            return outbox.deliverNow(queued.id());
        }, after -> {
            notice.set(after.state() == State.SENT ? Notice.ok("outbox.retried", "")
                    : Notice.problem("outbox.retry.still", OutboxTextsPlain.reason(after)));
            refresh();
        }, failure -> notice.set(Notice.problem("outbox.error.retry", failure)));
    }

    /** Follows the outbox's changes. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.OutboxChanged) {
            if (shown) {
                refresh();
            } else {
                countWaiting();
            }
        }
    }

    /** Whether the list is on screen (it is re-read on changes only then; the count always). UI thread. */
    public void shown(boolean onScreen) {
        shown = onScreen;
    }

    public ObservableList<OutboxEntry> rows() {
        return rowsShown;
    }

    /** Queued, failed and needing attention: what the status-bar badge shows. */
    public ReadOnlyIntegerProperty waiting() {
        return waiting;
    }

    public ReadOnlyBooleanProperty more() {
        return more;
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    /** The reason of an entry in words, as the service wrote it. */
    static final class OutboxTextsPlain {
        private OutboxTextsPlain() {}

        static String reason(OutboxEntry e) {
            return e.lastError() == null ? e.state().name() : e.lastError();
        }
    }
}
