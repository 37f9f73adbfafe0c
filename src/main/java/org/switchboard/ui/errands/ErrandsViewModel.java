package org.switchboard.ui.errands;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.Unit;
import org.switchboard.service.Workspace;
import org.switchboard.service.events.Event;
import org.switchboard.service.errands.ErrandView;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The errands view: every open errand, overdue first, then by due date and unit; filters by unit, status
 * and "overdue only"; the answer mails that matched no errand, listed apart. UI thread only.
 */
public final class ErrandsViewModel {
    private record Read(List<ErrandView> errands, List<UnmatchedMail> unmatched, List<Unit> units, Instant now) {}

    private final Workspace ws;
    private final BackgroundRunner runner;
    private final ObservableList<ErrandView> rows = FXCollections.observableArrayList();
    private final ObservableList<UnmatchedMail> unmatched = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<ErrandStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<UnmatchedMail> selectedMail = new SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty assignRef = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<Notice> assignNotice = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty assigning = new SimpleBooleanProperty();
    private Instant now = Instant.EPOCH;
    private long request;

    public ErrandsViewModel(Workspace ws, BackgroundRunner runner) {
        this.ws = ws;
        this.runner = runner;
        unit.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        overdueOnly.addListener((o, a, b) -> refresh());
    }

    /** Re-reads the errands with the filters. UI thread. */
    public void refresh() {
        long mine = ++request;
        String unitKey = unit.get() == null ? null : unit.get().key();
        boolean overdue = overdueOnly.get();
        ErrandStatus only = status.get();
        runner.run(() -> new Read(ws.errands().list(only == null || only.open(), overdue, unitKey),
                ws.errands().unmatched(), ws.directory().units(), ws.errands().now()), r -> {
            if (mine != request) {
                return;
            }
            now = r.now();
            rows.setAll(order(r.errands().stream().filter(v -> only == null || v.errand().status() == only).toList(),
                    r.now()));
            unmatched.setAll(r.unmatched());
            if (!units.equals(r.units())) {
                Unit keep = unit.get();
                units.setAll(r.units());
                if (keep != null && !units.contains(keep)) {
                    unit.set(null);
                }
            }
            notice.set(null);
        }, e -> notice.set(Notice.problem("errands.error.load", e)));
    }

    /**
     * Assigns the selected unmatched mail to the errand whose reference was typed or picked, applied as if
     * it had matched (action word, note, files). UI thread; the work runs in the background.
     */
    public void assign() {
        UnmatchedMail mail = selectedMail.get();
        String ref = assignRef.get() == null ? "" : assignRef.get().strip();
        if (mail == null) {
            assignNotice.set(Notice.problem("errands.assign.pick-mail", ""));
            return;
        }
        if (ref.isEmpty()) {
            assignNotice.set(Notice.problem("errands.assign.pick-ref", ""));
            return;
        }
        assigning.set(true);
        runner.run(() -> ws.errands().assignUnmatched(mail.id(), ref), v -> {
            assigning.set(false);
            assignRef.set("");
            selectedMail.set(null);
            assignNotice.set(Notice.ok("errands.assign.done", v.errand().ref().value()));
            refresh();
        }, e -> {
            assigning.set(false);
            assignNotice.set(Notice.problem("errands.assign.error", e));
        });
    }

    /**
     * Sends an errand that did not reach its unit again, to the directory's current address (after the
     * agent fixed it). UI thread; the work runs in the background.
     */
    public void resend(ErrandView v) {
        if (v == null || v.delivered()) {
            return;
        }
        String ref = v.errand().ref().value();
        runner.run(() -> ws.errands().resend(ref), after -> {
            assignNotice.set(after.delivered() ? Notice.ok("errands.resend.done", ref)
                    : Notice.problem("errands.resend.error", after.deliveryError()));
            refresh();
        }, e -> assignNotice.set(Notice.problem("errands.resend.error", e)));
    }

    /** The unmatched mail chosen in the list; null when none. */
    public ObjectProperty<UnmatchedMail> selectedMail() {
        return selectedMail;
    }

    /** The reference typed or picked to assign the chosen mail to. */
    public javafx.beans.property.StringProperty assignRef() {
        return assignRef;
    }

    /** The outcome of the last assignment or "send again", in words. */
    public ObjectProperty<Notice> assignNotice() {
        return assignNotice;
    }

    /** True while an assignment is being written. */
    public javafx.beans.property.BooleanProperty assigning() {
        return assigning;
    }

    /** Overdue first, then the earliest due, then by unit. */
    static List<ErrandView> order(List<ErrandView> errands, Instant now) {
        return errands.stream().sorted(Comparator.comparing((ErrandView v) -> !v.overdue(now))
                .thenComparing(v -> v.errand().dueAt())
                .thenComparing(v -> v.unitName() == null ? v.errand().unitKey() : v.unitName())).toList();
    }

    /** Errands change with their cases; the directory with its own event. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.CaseChanged || event instanceof Event.WorkspaceReplaced
                || event instanceof Event.DirectoryChanged) {
            refresh();
        }
    }

    public boolean overdue(ErrandView v) {
        return v.overdue(now);
    }

    public ObservableList<ErrandView> rows() {
        return rows;
    }

    public ObservableList<UnmatchedMail> unmatched() {
        return unmatched;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    /** Only this unit's errands; null for all. */
    public ObjectProperty<Unit> unit() {
        return unit;
    }

    /** Only errands in this status; null for all open ones. */
    public ObjectProperty<ErrandStatus> status() {
        return status;
    }

    public BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
