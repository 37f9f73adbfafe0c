package org.switchboard.ui.contact;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseLinks;
import org.switchboard.service.cases.PossibleDuplicates;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The open case's duplicates: cases linked with it (which follow its errand) and other open cases that
 * possibly report the same problem, each of which can be linked. Re-read whenever the open case is.
 * UI thread only.
 */
public final class CaseLinksViewModel {
    /** What the section shows. */
    public record State(long caseId, List<CaseLinks.Linked> linked, List<PossibleDuplicates.Match> possible) {}

    private final CaseLinks links;
    private final PossibleDuplicates duplicates;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private long request;

    public CaseLinksViewModel(CaseLinks links, PossibleDuplicates duplicates, BackgroundRunner runner,
                              StatusModel status) {
        this.links = links;
        this.duplicates = duplicates;
        this.runner = runner;
        this.status = status;
    }

    /** The open case was (re-)read. UI thread. */
    public void show(CaseDetail d) {
        long mine = ++request;
        if (d == null) {
            state.set(null);
            return;
        }
        long id = d.kase().id();
        runner.run(() -> {
            List<CaseLinks.Linked> linked = links.of(id);
            List<PossibleDuplicates.Match> possible = duplicates.of(id).stream()
                    .filter(m -> linked.stream().noneMatch(l -> l.kase().id() == m.caseId())).toList();
            return new State(id, linked, possible);
        }, s -> {
            if (mine == request) {
                state.set(s);
            }
        }, e -> status.fail("links.error", e));
    }

    /** Links the open case as the same as {@code other} (its main case, or that one's main case). UI thread. */
    public void link(long other) {
        State s = state.get();
        if (s == null) {
            return;
        }
        run(() -> links.link(s.caseId(), other), Notice.ok("links.done.linked", String.valueOf(other)));
    }

    /** Ends the link between the open case and {@code l}. UI thread. */
    public void unlink(CaseLinks.Linked l) {
        State s = state.get();
        if (s == null) {
            return;
        }
        long which = l.main() ? s.caseId() : l.kase().id();
        run(() -> {
            links.unlink(which);
            return which;
        }, Notice.ok("links.done.unlinked", String.valueOf(l.kase().id())));
    }

    private void run(java.util.concurrent.Callable<?> job, Notice ok) {
        status.begin();
        runner.run(job, r -> {
            status.end();
            notice.set(ok); // the case events re-read the case, and with it this section
        }, e -> {
            status.end();
            notice.set(Notice.problem("links.error", e));
        });
    }

    public ReadOnlyObjectProperty<State> state() {
        return state;
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }
}
