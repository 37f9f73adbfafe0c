package org.switchboard.ui.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.switchboard.domain.Note;
import org.switchboard.domain.NoteEdit;
import org.switchboard.service.contacts.NoteService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * Working on internal notes of cases and contacts: add (to a contact; a case's note is the case action N),
 * edit with history, pin to the top, delete with undo (the notice offers "Undo", Ctrl+Z does the same).
 * Everything runs through {@link NoteService} in the background. UI thread only.
 */
public final class NotesViewModel {
    private final NoteService notes;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** The note deleted last, which undo brings back; null when there is nothing to undo. */
    private final ObjectProperty<Note> deleted = new SimpleObjectProperty<>();
    /** The note acted on last (the view puts the keyboard focus back on it after the pane is rebuilt). */
    private final ObjectProperty<Long> current = new SimpleObjectProperty<>();
    private final List<Runnable> changed = new ArrayList<>();

    public NotesViewModel(NoteService notes, BackgroundRunner runner, StatusModel status) {
        this.notes = notes;
        this.runner = runner;
        this.status = status;
    }

    /** Called after every change that succeeded (a contact's notes send no case event). UI thread. */
    public void onChanged(Runnable r) {
        changed.add(r);
    }

    /** A note on a contact; {@code after} gets null when saved, else the problem. UI thread. */
    public void addToContact(long contactId, String text, Consumer<Notice> after) {
        if (text == null || text.isBlank()) {
            after.accept(Notice.problem("case.note.error.empty", ""));
            return;
        }
        work(() -> notes.addToContact(contactId, text.strip()), n -> {
            current.set(n.id());
            done(Notice.ok("notes.done.added", ""), after);
        }, after);
    }

    /** New text; the old one stays in the note's history. UI thread. */
    public void edit(Note note, String text, Consumer<Notice> after) {
        if (text == null || text.isBlank()) {
            after.accept(Notice.problem("notes.error.empty-edit", ""));
            return;
        }
        current.set(note.id());
        work(() -> notes.edit(note.id(), text.strip(), note.version()),
                n -> done(Notice.ok("notes.done.edited", ""), after), after);
    }

    /** Pins an unpinned note to the top, or unpins a pinned one. UI thread. */
    public void togglePin(Note note) {
        current.set(note.id());
        boolean pin = !note.pinned();
        work(() -> notes.pin(note.id(), pin), n -> done(Notice.ok(pin ? "notes.done.pinned" : "notes.done.unpinned",
                ""), x -> { }), x -> { });
    }

    /** Deletes the note; {@link #undo()} brings it back. UI thread. */
    public void delete(Note note) {
        current.set(null);
        work(() -> {
            notes.delete(note.id());
            return note;
        }, n -> {
            deleted.set(n);
            done(Notice.warning("notes.done.deleted", ""), x -> { });
        }, x -> { });
    }

    /** Brings back the note deleted last; false when there is none (then undo is someone else's). UI thread. */
    public boolean undo() {
        Note n = deleted.get();
        if (n == null) {
            return false;
        }
        deleted.set(null);
        current.set(n.id());
        work(() -> {
            notes.undoDelete(n.id());
            return n;
        }, x -> done(Notice.ok("notes.done.restored", ""), y -> { }), y -> { });
        return true;
    }

    /** Another action came after the delete: Ctrl+Z now belongs to it. UI thread. */
    public void forgetUndo() {
        deleted.set(null);
    }

    /** What the note said before each edit (oldest first), for the history dialog. UI thread. */
    public void history(Note note, Consumer<List<NoteEdit>> shown) {
        work(() -> notes.history(note.id()), shown, x -> { });
    }

    private void done(Notice n, Consumer<Notice> after) {
        notice.set(n);
        after.accept(null);
        changed.forEach(Runnable::run);
    }

    private <T> void work(Callable<T> job, Consumer<T> ok, Consumer<Notice> after) {
        status.begin();
        runner.run(job, r -> {
            status.end();
            ok.accept(r);
        }, e -> {
            status.end();
            Notice n = Notice.problem("notes.error", e);
            notice.set(n);
            after.accept(n);
        });
    }

    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    public ReadOnlyObjectProperty<Note> deleted() {
        return deleted;
    }

    public ReadOnlyObjectProperty<Long> current() {
        return current;
    }
}
