package org.switchboard.ui.caseview;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Priority;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseMerger;
import org.switchboard.service.cases.CaseService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The actions on the open case: assign, priority, tags, status, resolve (an outcome, and a reason while
 * errands are open), internal note, merge, split and undo of the last case action. Each runs through the
 * service in the background; the case and the queue follow through the service's events. What happened
 * (or why not, in the service's own words) is the {@link #notice()}. UI thread only.
 */
public final class CaseActionsViewModel {
    /** The services the actions use. */
    public record Services(CaseService cases, CaseMerger merger) {}

    private final CaseService cases;
    private final CaseMerger merger;
    private final CaseViewModel kase;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** The service's name of the action undo would take back ({@code case.assigned} …), or null. */
    private final StringProperty undoable = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public CaseActionsViewModel(Services services, CaseViewModel kase, BackgroundRunner runner, StatusModel status) {
        this.cases = services.cases();
        this.merger = services.merger();
        this.kase = kase;
        this.runner = runner;
        this.status = status;
        kase.caseId().addListener((o, a, b) -> notice.set(null));
    }

    /** The open case, or null. */
    private CaseDetail open() {
        return kase.detail().get();
    }

    /** {@code me}, an agent's name, or null/blank for nobody. UI thread. */
    public void assign(String who) {
        onOpenCase(id -> cases.assign(id, who), "case.done.assigned", null);
    }

    public void setPriority(Priority p) {
        onOpenCase(id -> cases.setPriority(id, p), "case.done.priority", null);
    }

    /** Tags as typed: separated by commas, a leading # is dropped. UI thread. */
    public void setTags(String text) {
        List<String> tags = Arrays.stream(text == null ? new String[0] : text.split(","))
                .map(t -> t.strip().replaceFirst("^#", "").strip()).filter(t -> !t.isEmpty()).toList();
        onOpenCase(id -> cases.setTags(id, tags), "case.done.tags", null);
    }

    /** Any status but RESOLVED, which needs {@link #resolve}. UI thread. */
    public void setStatus(CaseStatus s) {
        onOpenCase(id -> cases.setStatus(id, s), "case.done.status", null);
    }

    /** How many errands of the open case are still open with a department. UI thread. */
    public int openErrands() {
        CaseDetail d = open();
        return d == null ? 0 : (int) d.errands().stream().filter(e -> e.errand().status().open()).count();
    }

    /**
     * Why the resolve dialog cannot go ahead yet, as a bundle key (its placeholder is {@link #openErrands()}),
     * or null. The service checks the same again and its refusal is shown as well. UI thread.
     */
    public String resolveProblem(Outcome outcome, String reason) {
        if (outcome == null) {
            return "case.resolve.error.outcome";
        }
        if (openErrands() > 0 && (reason == null || reason.isBlank())) {
            return "case.resolve.error.reason";
        }
        return null;
    }

    /**
     * Resolves the open case. {@code after} gets null when done, else the problem (the dialog stays open
     * and shows it). UI thread.
     */
    public void resolve(Outcome outcome, String reason, Consumer<Notice> after) {
        String problem = resolveProblem(outcome, reason);
        if (problem != null) {
            after.accept(Notice.problem(problem, String.valueOf(openErrands())));
            return;
        }
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        onOpenCase(id -> cases.resolve(id, outcome, note), "case.done.resolved", after);
    }

    /** Adds an internal note; {@code after} as for {@link #resolve}. UI thread. */
    public void addNote(String text, Consumer<Notice> after) {
        if (text == null || text.isBlank()) {
            after.accept(Notice.problem("case.note.error.empty", ""));
            return;
        }
        act(id -> {
            cases.addNote(id, text.strip());
            return null;
        }, r -> Notice.ok("case.done.note", ""), after, false);
    }

    /** Merges case {@code other} into the open case; the other one is closed as a duplicate. UI thread. */
    public void merge(long other, Consumer<Notice> after) {
        act(id -> merger.merge(id, List.of(other)), r -> Notice.ok("case.done.merged", String.valueOf(other)),
                after, false);
    }

    /** Moves one message of the open case into a new case; {@code opened} gets the new case's id. UI thread. */
    public void split(long messageId, Consumer<Long> opened) {
        act(id -> merger.split(id, messageId), c -> {
            opened.accept(c.id());
            return Notice.ok("case.done.split", String.valueOf(c.id()));
        }, n -> { }, false);
    }

    /** Takes back the last case action, unless someone changed the case since (then says so). UI thread. */
    public void undo() {
        String what = undoable.get();
        if (what == null) {
            notice.set(Notice.warning("case.undo.nothing", ""));
            return;
        }
        busy.set(true);
        work(cases::undoLast, c -> {
            busy.set(false);
            undoable.set(null);
            notice.set(Notice.ok("case.undo.done", what));
        }, e -> {
            busy.set(false);
            undoable.set(null);
            notice.set(Notice.problem("case.undo.error", e));
        });
    }

    /** A change through {@link CaseService} that undo can take back. */
    private void onOpenCase(CaseChange change, String doneKey, Consumer<Notice> after) {
        act(change::apply, c -> Notice.ok(doneKey, ""), after == null ? n -> { } : after, true);
    }

    private interface CaseChange {
        Case apply(long caseId);
    }

    private interface Action<T> {
        T apply(long caseId);
    }

    /**
     * Runs {@code action} on the open case. Merges, splits and notes cannot be undone by the service, so
     * after them undo is off rather than quietly taking back an older action.
     */
    private <T> void act(Action<T> action, java.util.function.Function<T, Notice> done, Consumer<Notice> after,
                         boolean undoableAction) {
        CaseDetail d = open();
        if (d == null) {
            Notice none = Notice.warning("case.action.none", "");
            notice.set(none);
            after.accept(none);
            return;
        }
        long id = d.kase().id();
        busy.set(true);
        work(() -> {
            T result = action.apply(id);
            return new Done<>(result, undoableAction ? cases.undoableAction() : null);
        }, r -> {
            busy.set(false);
            undoable.set(r.undoable());
            Notice n = done.apply(r.result());
            notice.set(n);
            after.accept(null);
        }, e -> {
            busy.set(false);
            Notice n = Notice.problem("case.error.action", e);
            notice.set(n);
            after.accept(n);
        });
    }

    private record Done<T>(T result, String undoable) {}

    private <T> void work(Callable<T> job, Consumer<T> ok, Consumer<Throwable> failed) {
        status.begin();
        runner.run(job, r -> {
            status.end();
            ok.accept(r);
        }, e -> {
            status.end();
            failed.accept(e);
        });
    }

    /** What happened last, or why not. */
    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    /** The action undo would take back ({@code case.assigned}, {@code case.resolved} …), or null. */
    public ReadOnlyStringProperty undoable() {
        return undoable;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }
}
