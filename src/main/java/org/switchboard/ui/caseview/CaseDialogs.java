package org.switchboard.ui.caseview;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.switchboard.domain.Message;
import org.switchboard.domain.queue.QueueRow;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.queue.KnownNames;

/**
 * Opens the case actions' dialogs for the keys (E, N, A, T, Ctrl+N), the Case menu and the case view's
 * action bar, so all three do the same. Built with the views (it speaks their language). FX thread.
 */
public final class CaseDialogs {
    /** The view-models behind the dialogs, and what they need from the queue. */
    public record Context(CaseViewModel kase, CaseActionsViewModel actions, AttemptsViewModel attempts,
                          ManualCaseViewModel manual, Supplier<KnownNames> known, Supplier<List<QueueRow>> rows,
                          Consumer<Long> openCase) {}

    private final Context c;
    private final DomainTexts names;
    private final Supplier<Window> owner;

    public CaseDialogs(Context context, DomainTexts names, Supplier<Window> owner) {
        this.c = context;
        this.names = names;
        this.owner = owner;
    }

    /** The open case, or null (then the keys do nothing). */
    private CaseDetail open() {
        return c.kase().detail().get();
    }

    /** E. Returns false when no case is open. FX thread. */
    public boolean resolve() {
        CaseDetail d = open();
        if (d != null) {
            ResolveDialog.show(owner.get(), names.texts(), c.actions(), d.kase().id());
        }
        return d != null;
    }

    /** N. FX thread. */
    public boolean note() {
        CaseDetail d = open();
        if (d != null) {
            NoteDialog.show(owner.get(), names.texts(), c.actions(), d.kase().id());
        }
        return d != null;
    }

    /** A. FX thread. */
    public boolean assign() {
        CaseDetail d = open();
        if (d != null) {
            AssignDialog.show(owner.get(), names.texts(), c.actions(), d.kase().id(), d.kase().assignee(),
                    c.known().get());
        }
        return d != null;
    }

    /** T. FX thread. */
    public boolean tags() {
        CaseDetail d = open();
        if (d != null) {
            TagsDialog.show(owner.get(), names.texts(), c.actions(), d.kase().id(), d.kase().tags(),
                    c.known().get().tags());
        }
        return d != null;
    }

    /** FX thread. */
    public boolean merge() {
        CaseDetail d = open();
        if (d != null) {
            MergeDialog.show(owner.get(), names, c.actions(), d, c.rows().get());
        }
        return d != null;
    }

    /** "Add earlier attempt". FX thread. */
    public boolean attempt() {
        CaseDetail d = open();
        if (d != null) {
            AttemptDialog.show(owner.get(), names.texts(), c.attempts(), d.contact().name());
        }
        return d != null;
    }

    /** "Move this message to a new case". FX thread. */
    public void split(Message m) {
        CaseDetail d = open();
        if (d != null) {
            SplitDialog.show(owner.get(), names.texts(), c.actions(), d.kase().id(), m, c.openCase());
        }
    }

    /** Ctrl+N: log a call, letter or visit; the new case opens. FX thread. */
    public void newCase() {
        ManualCaseDialog.show(owner.get(), names, c.manual(), c.openCase());
    }

    private java.util.function.BooleanSupplier undoFirst = () -> false;
    private final javafx.beans.property.BooleanProperty firstUndoable = new javafx.beans.property.SimpleBooleanProperty();

    /**
     * An undo that goes before the case action's (a deleted note); it returns false when it had nothing.
     * {@code available} keeps Ctrl+Z enabled while it has something.
     */
    public void undoFirst(java.util.function.BooleanSupplier first, javafx.beans.value.ObservableBooleanValue available) {
        undoFirst = first;
        firstUndoable.bind(available);
    }

    /** True while {@link #undoFirst}'s undo has something to take back. */
    javafx.beans.value.ObservableBooleanValue firstUndoable() {
        return firstUndoable;
    }

    /** Ctrl+Z. FX thread. */
    public void undo() {
        if (!undoFirst.getAsBoolean()) {
            c.actions().undo();
        }
    }

    public Context context() {
        return c;
    }

    public DomainTexts names() {
        return names;
    }
}
