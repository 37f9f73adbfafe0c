package org.switchboard.ui.errands;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.switchboard.service.Workspace;
import org.switchboard.service.errands.ErrandSync;
import org.switchboard.service.errands.ErrandView;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * Runs the errands' sync pass for the window (resend, read the answer mailbox, remind and escalate) and
 * says what a person should know afterwards: answers that arrived and errands that became overdue. At most
 * one {@link Reminder} per pass, and none when nothing new happened. UI thread only.
 */
public final class ErrandWatch {
    /** What one pass brought: answers read, errands newly overdue, all overdue errands. */
    public record Reminder(int answers, int newlyOverdue, int overdue, int unmatched) {}

    private final Workspace ws;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final Set<Long> knownOverdue = new HashSet<>();
    private final ObjectProperty<Reminder> reminder = new SimpleObjectProperty<>();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private boolean running;
    private boolean again;

    public ErrandWatch(Workspace ws, BackgroundRunner runner, StatusModel status) {
        this.ws = ws;
        this.runner = runner;
        this.status = status;
    }

    private record Pass(ErrandSync.Result result, List<ErrandView> overdue) {}

    /**
     * One pass in the background. While one runs, another is run once it ends (a mail announced by IMAP IDLE
     * may have come after the running pass read the mailbox). UI thread.
     */
    public void pass() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        runner.run(() -> new Pass(ws.errandSync().runOnce(), ws.errands().list(true, true, null)), p -> {
            running = false;
            if (again) {
                again = false;
                pass();
            }
            Set<Long> now = new HashSet<>();
            p.overdue().forEach(v -> now.add(v.errand().id()));
            int fresh = (int) now.stream().filter(id -> !knownOverdue.contains(id)).count();
            knownOverdue.clear();
            knownOverdue.addAll(now);
            overdue.set(now.size());
            ErrandSync.Result r = p.result();
            if (r.answers() > 0 || fresh > 0 || r.unmatched() > 0) {
                reminder.set(null); // the same news twice is still news of a new pass
                reminder.set(new Reminder(r.answers(), fresh, now.size(), r.unmatched()));
            }
        }, e -> {
            running = false;
            again = false;
            status.fail("errands.error.sync", e);
        });
    }

    /** The latest pass's news (a new value per pass with news). */
    public ObjectProperty<Reminder> reminder() {
        return reminder;
    }

    /** How many open errands are overdue, as of the last pass. */
    public IntegerProperty overdue() {
        return overdue;
    }
}
