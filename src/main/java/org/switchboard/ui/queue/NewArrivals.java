package org.switchboard.ui.queue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.switchboard.domain.queue.QueueRow;

/**
 * Counts the cases that arrived in the current view since the list was last read from the top: the
 * "3 new" banner. The sync announces each new case; whether it belongs to the view is seen either in
 * the rows (it appeared in the window) or, when it landed outside the window, in the view's total
 * having grown. A case the agent opened is no longer new. UI thread only.
 */
final class NewArrivals {
    private final Set<Long> announced = new LinkedHashSet<>();
    private final Set<Long> arrived = new LinkedHashSet<>();
    private final IntegerProperty count = new SimpleIntegerProperty();

    /** The sync (or a split, or manual intake) created case {@code id}. */
    void announced(long id) {
        announced.add(id);
    }

    /**
     * A refresh read {@code after} where {@code before} was shown, and the view's total went from
     * {@code totalBefore} to {@code totalAfter}: the announced cases that belong to the view become arrivals.
     */
    void refreshed(List<QueueRow> before, List<QueueRow> after, long totalBefore, long totalAfter) {
        if (announced.isEmpty()) {
            return;
        }
        Set<Long> shownBefore = ids(before);
        Set<Long> shownAfter = ids(after);
        List<Long> elsewhere = new ArrayList<>();
        int inWindow = 0;
        for (long id : announced) {
            if (shownAfter.contains(id)) {
                if (!shownBefore.contains(id)) {
                    arrived.add(id);
                    inWindow++;
                }
            } else {
                elsewhere.add(id);
            }
        }
        long grownElsewhere = Math.clamp(totalAfter - totalBefore - inWindow, 0, elsewhere.size());
        arrived.addAll(elsewhere.subList(0, (int) grownElsewhere));
        announced.clear();
        count.set(arrived.size());
    }

    /** The agent looked at the case: it is not new any more. */
    void seen(long id) {
        if (arrived.remove(id)) {
            count.set(arrived.size());
        }
    }

    /** The list was read from the top: nothing is new. Returns what was new, in arrival order. */
    List<Long> clear() {
        List<Long> was = new ArrayList<>(arrived);
        arrived.clear();
        announced.clear();
        count.set(0);
        return was;
    }

    ReadOnlyIntegerProperty count() {
        return count;
    }

    private static Set<Long> ids(List<QueueRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
