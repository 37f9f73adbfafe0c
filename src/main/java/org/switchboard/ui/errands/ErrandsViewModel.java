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
