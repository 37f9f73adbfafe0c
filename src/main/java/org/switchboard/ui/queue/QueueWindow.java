package org.switchboard.ui.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.queue.QueueCursor;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueRow;

/**
 * The rows the case list holds: a sliding window of at most {@code maxPages} consecutive keyset pages.
 *
 * <p>Why a window: an agent may scroll through a million cases, and each row is an object with strings
 * and lists; keeping every page scrolled past would grow without bound. So when a page is appended
 * below and the window is full, the top page is dropped, and only its <em>start cursor</em> (a few
 * bytes) is kept on a stack. Scrolling back up pops that cursor and re-reads the page with it; the
 * bottom page is dropped in turn and the window's "next" cursor becomes that page's start again.
 * Keyset cursors stay valid while cases change, so a re-read page is current data, not a stale copy.
 * The rows held are thus never more than {@code maxPages × pageSize}; the cursors above are one small
 * record per dropped page. A refresh re-reads the same pages from the window's first cursor.
 *
 * <p>UI thread only (it owns the list the view shows); the pages themselves are read elsewhere.
 */
final class QueueWindow {
    /** One page in the window: the cursor it was read after ({@code null}: the top), its rows, the next cursor. */
    record Page(QueueCursor after, List<QueueRow> rows, QueueCursor next) {}

    private final int maxPages;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final Deque<Page> pages = new ArrayDeque<>();
    /**
     * Start cursors of the pages dropped above the window, the nearest on top. A linked list, because the
     * very first page's cursor is {@code null} (it starts at the top) and an ArrayDeque refuses nulls.
     */
    private final Deque<QueueCursor> above = new LinkedList<>();

    QueueWindow(int maxPages) {
        if (maxPages < 2) {
            throw new IllegalArgumentException("a window needs at least two pages, not " + maxPages);
        }
        this.maxPages = maxPages;
    }

    /** Replaces everything with {@code fresh}, read from the window's first cursor (or the top). */
    void reset(List<Page> fresh, boolean fromTop) {
        if (fromTop) {
            above.clear();
        }
        pages.clear();
        pages.addAll(fresh);
        List<QueueRow> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Page p : fresh) {
            p.rows().stream().filter(r -> seen.add(r.id())).forEach(all::add);
        }
        rows.setAll(all);
    }

    /**
     * Adds the page read after the last one; drops the top page first when the window is full, so the list
     * never holds more than the bound, not even between the two changes.
     */
    void append(Page page) {
        pages.addLast(page);
        if (pages.size() > maxPages) {
            Page dropped = pages.removeFirst();
            above.push(dropped.after());
            rows.remove(0, Math.min(countOf(dropped, rows.size()), rows.size()));
        }
        Set<Long> present = ids();
        rows.addAll(page.rows().stream().filter(r -> !present.contains(r.id())).toList());
    }

    /** Adds the page read with {@link #peekAbove()}'s cursor; drops the bottom page first when the window is full. */
    void prepend(Page page) {
        above.pop();
        pages.addFirst(page);
        if (pages.size() > maxPages) {
            Page dropped = pages.removeLast();
            Set<Long> gone = new HashSet<>();
            dropped.rows().forEach(r -> gone.add(r.id()));
            int keep = rows.size();
            while (keep > 0 && gone.contains(rows.get(keep - 1).id())) {
                keep--;
            }
            rows.remove(keep, rows.size());
        }
        Set<Long> present = ids();
        rows.addAll(0, page.rows().stream().filter(r -> !present.contains(r.id())).toList());
    }

    /** How many of the list's first rows belong to {@code dropped} (a row shown twice was only added once). */
    private int countOf(Page dropped, int limit) {
        Set<Long> mine = new HashSet<>();
        dropped.rows().forEach(r -> mine.add(r.id()));
        int n = 0;
        while (n < limit && mine.contains(rows.get(n).id())) {
            n++;
        }
        return n;
    }

    /**
     * The start cursor of the nearest dropped page, to read it again; null when at the top (the first
     * page's cursor is null too, so "at the top" is {@link #hasAbove()}). It stays until {@link #prepend}.
     */
    QueueCursor peekAbove() {
        return above.peek();
    }

    /** The window's first page's start cursor: where a refresh reads from ({@code null}: the top). */
    QueueCursor firstCursor() {
        return pages.isEmpty() ? null : pages.getFirst().after();
    }

    /** The cursor after the last row, {@code null} at the end of the queue. */
    QueueCursor next() {
        return pages.isEmpty() ? null : pages.getLast().next();
    }

    boolean hasAbove() {
        return !above.isEmpty();
    }

    int pageCount() {
        return pages.size();
    }

    int maxRows(int pageSize) {
        return maxPages * pageSize;
    }

    ObservableList<QueueRow> rows() {
        return rows;
    }

    /** Replaces one row in place (the unread dot went). */
    void replace(int index, QueueRow row) {
        rows.set(index, row);
    }

    private Set<Long> ids() {
        Set<Long> present = new HashSet<>(rows.size() * 2);
        rows.forEach(r -> present.add(r.id()));
        return present;
    }

    /** A page as read with {@code after}. */
    static Page page(QueueCursor after, QueuePage read) {
        return new Page(after, read.rows(), read.next());
    }
}
