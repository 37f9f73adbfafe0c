package org.switchboard.ui.errands;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.service.errands.ErrandService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * "Update status…" of one errand: what the unit said (received, in progress, done, declined, or redirected to
 * another unit) and a note, recorded through {@link ErrandService#update}. UI thread only.
 */
public final class ErrandUpdateViewModel {
    /** The statuses a person can record (SENT is where every errand starts). */
    public static final List<ErrandStatus> CHOICES = List.of(ErrandStatus.ACKNOWLEDGED, ErrandStatus.IN_PROGRESS,
            ErrandStatus.DONE, ErrandStatus.DECLINED, ErrandStatus.REDIRECTED);

    private final ErrandService errands;
    private final BackgroundRunner runner;
    private final String ref;
    private final ObjectProperty<ErrandStatus> status = new SimpleObjectProperty<>(ErrandStatus.ACKNOWLEDGED);
    private final StringProperty toUnit = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ErrandUpdateViewModel(ErrandService errands, BackgroundRunner runner, String ref) {
        this.errands = errands;
        this.runner = runner;
        this.ref = ref;
    }

    /** Records the status; {@link #done()} turns true when it is stored. UI thread. */
    public void save() {
        ErrandStatus s = status.get();
        String unit = toUnit.get() == null || toUnit.get().isBlank() ? null : toUnit.get().strip();
        if (s == ErrandStatus.REDIRECTED && unit == null) {
            notice.set(Notice.problem("errands.update.error.no-unit", ""));
            return;
        }
        busy.set(true);
        notice.set(null);
        runner.run(() -> errands.update(ref, s, s == ErrandStatus.REDIRECTED ? unit : null, note.get()), u -> {
            busy.set(false);
            done.set(true);
            notice.set(Notice.ok(u.followUp() == null ? "errands.update.done" : "errands.update.redirected",
                    u.followUp() == null ? ref : u.followUp().errand().ref().value()));
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("errands.update.error", e));
        });
    }

    public String ref() {
        return ref;
    }

    public ObjectProperty<ErrandStatus> status() {
        return status;
    }

    /** The unit's key for a redirect. */
    public StringProperty toUnit() {
        return toUnit;
    }

    public StringProperty note() {
        return note;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty done() {
        return done;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
