package org.switchboard.ui.caseview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.events.Event;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.StatusModel;

/**
 * The open case: everything {@link CaseService#open} reads, shown by the case view (centre) and the
 * context view (right). UI thread only; reading goes through the injected {@link BackgroundRunner}.
 */
public final class CaseViewModel {
    private final CaseService cases;
    private final BackgroundRunner runner;
    private final StatusModel status;

    private final ObjectProperty<Long> caseId = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** Numbers each read, so a slow read of an earlier case never replaces a later one. */
    private long request;

    public CaseViewModel(CaseService cases, BackgroundRunner runner, StatusModel status) {
        this.cases = cases;
        this.runner = runner;
        this.status = status;
    }

    /** Opens the case and marks it read. UI thread. */
    public void open(long id) {
        caseId.set(id);
        load(id, true);
    }

    /** Shows no case. UI thread. */
    public void clear() {
        request++;
        caseId.set(null);
        detail.set(null);
        loading.set(false);
    }

    /** Re-reads the open case (after a change that sends no event, such as an earlier attempt). UI thread. */
    public void reload() {
        Long id = caseId.get();
        if (id != null) {
            load(id, false);
        }
    }

    /** Re-reads the open case when it changed (new message, note, status). UI thread. */
    public void onEvent(Event event) {
        Long id = caseId.get();
        if (id == null) {
            return;
        }
        boolean mine = event instanceof Event.CaseChanged c && c.caseId() == id;
        if (mine || event instanceof Event.WorkspaceReplaced) {
            load(id, false);
        }
    }

    private void load(long id, boolean markRead) {
        long mine = ++request;
        loading.set(true);
        status.begin();
        runner.run(() -> {
            CaseDetail d = cases.open(id);
            if (markRead) {
                cases.markRead(id);
            }
            return d;
        }, d -> {
            status.end();
            if (mine == request) {
                loading.set(false);
                detail.set(d);
            }
        }, e -> {
            status.end();
            if (mine == request) {
                loading.set(false);
            }
            status.fail("case.error.open", e);
        });
    }

    /** The id of the case shown (or loading), {@code null} for none. */
    public ReadOnlyObjectProperty<Long> caseId() {
        return caseId;
    }

    /** The last read state of the open case; {@code null} before the first read. */
    public ReadOnlyObjectProperty<CaseDetail> detail() {
        return detail;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }
}
