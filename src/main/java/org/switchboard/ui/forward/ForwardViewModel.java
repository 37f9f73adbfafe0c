package org.switchboard.ui.forward;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.OfficeHours;
import org.switchboard.domain.Unit;
import org.switchboard.domain.WorkingDays;
import org.switchboard.domain.routing.ProblemGroup;
import org.switchboard.domain.routing.Routing;
import org.switchboard.domain.routing.UnitScore;
import org.switchboard.service.errands.ErrandService;
import org.switchboard.service.errands.ErrandView;
import org.switchboard.service.routing.RoutingService;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;

/**
 * The forward dialog's state: the routing suggestions for one case, the chosen unit, channel, due date and
 * note, the call timer of a phone errand, and the outcome (the new errand's reference or a problem in words).
 * UI thread only; reading and forwarding go through the injected runner.
 */
public final class ForwardViewModel {
    /** One line of the suggestion list: a problem phrase (unit null) or a unit suggested for it. */
    public record Suggestion(String problem, UnitScore unit, int number) {
        public boolean header() {
            return unit == null;
        }
    }

    /** Reading the routing, the directory and the mailbox settings at once, in the background. */
    private record Loaded(Routing routing, List<Unit> units, boolean mailboxSetUp) {}

    private final RoutingService routing;
    private final ErrandService errands;
    private final DirectoryService directory;
    private final java.util.function.BooleanSupplier mailboxSetUp;
    private final BackgroundRunner runner;
    private final Clock clock;

    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<ErrandChannel> channel = new SimpleObjectProperty<>();
    private final ObservableList<ErrandChannel> channels = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> defaultDue = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Instant> callStarted = new SimpleObjectProperty<>();
    private final ObjectProperty<Duration> callLength = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty mailboxReady = new SimpleBooleanProperty(true);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<ErrandView> forwarded = new SimpleObjectProperty<>();
    private long caseId;

    public ForwardViewModel(RoutingService routing, ErrandService errands, DirectoryService directory,
                            java.util.function.BooleanSupplier mailboxSetUp, BackgroundRunner runner, Clock clock) {
        this.routing = routing;
        this.errands = errands;
        this.directory = directory;
        this.mailboxSetUp = mailboxSetUp;
        this.runner = runner;
        this.clock = clock;
        unit.addListener((o, a, u) -> unitChosen(u));
    }

    /** Starts over for {@code id}: reads the suggestions and the directory. UI thread. */
    public void load(long id) {
        load(id, null, null);
    }

    /**
     * Starts over for {@code id} with {@code unitKey} chosen (when the directory has it) and {@code noteText} as
     * the note: "Forward internally instead" in the reply box. UI thread.
     */
    public void load(long id, String unitKey, String noteText) {
        caseId = id;
        suggestions.clear();
        units.clear();
        unit.set(null);
        note.set("");
        notice.set(null);
        forwarded.set(null);
        callStarted.set(null);
        callLength.set(null);
        loaded.set(false);
        busy.set(true);
        runner.run(() -> new Loaded(routing.route(id), directory.units(), mailboxSetUp.getAsBoolean()), l -> {
            busy.set(false);
            if (id != caseId) {
                return;
            }
            mailboxReady.set(l.mailboxSetUp());
            units.setAll(l.units());
            suggestions.setAll(flatten(l.routing()));
            if (unitKey != null) {
                choose(unitKey);
            }
            if (noteText != null && note.get().isEmpty()) {
                note.set(noteText);
            }
            loaded.set(true);
            if (l.routing().isEmpty()) {
                notice.set(Notice.warning("forward.no-suggestions", ""));
            }
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("forward.error.load", e));
        });
    }

    /** Groups in order, each problem followed by its units, best first; units numbered 1, 2, … across groups. */
    static List<Suggestion> flatten(Routing r) {
        List<Suggestion> out = new ArrayList<>();
        int n = 0;
        for (ProblemGroup g : r.groups()) {
            out.add(new Suggestion(g.problem(), null, 0));
            for (UnitScore s : g.units()) {
                out.add(new Suggestion(g.problem(), s, ++n));
            }
        }
        return out;
    }

    /** Ctrl+1…9: chooses the n-th suggested unit; false when there is none. UI thread. */
    public boolean pick(int number) {
        for (Suggestion s : suggestions) {
            if (!s.header() && s.number() == number) {
                choose(s.unit().key());
                return true;
            }
        }
        return false;
    }

    /** Chooses the unit with this key (from the suggestions or the whole directory). UI thread. */
    public void choose(String key) {
        units.stream().filter(u -> u.key().equals(key)).findFirst().ifPresent(unit::set);
    }

    private void unitChosen(Unit u) {
        channels.setAll(u == null ? List.of() : reachable(u));
        if (u == null) {
            channel.set(null);
            defaultDue.set(null);
            due.set(null);
            return;
        }
        if (channel.get() == null || !channels.contains(channel.get())) {
            channel.set(channels.contains(ErrandChannel.EMAIL) && mailboxReady.get() ? ErrandChannel.EMAIL
                    : channels.isEmpty() ? null : channels.getFirst());
        }
        int days = u.dueDays() != null ? u.dueDays() : 5;
        LocalDate standard;
        try {
            standard = LocalDate.ofInstant(new WorkingDays(OfficeHours.parse(u.officeHours()), clock.getZone())
                    .after(clock.instant(), days), clock.getZone());
        } catch (RuntimeException badHours) {
            standard = LocalDate.now(clock).plusDays(days);
        }
        defaultDue.set(standard);
        due.set(standard);
    }

    /** The channels the unit offers: e-mail, webhook, Open311 and phone where the directory has them. */
    public static Set<ErrandChannel> reachable(Unit u) {
        Set<ErrandChannel> set = EnumSet.noneOf(ErrandChannel.class);
        if (u.email() != null) {
            set.add(ErrandChannel.EMAIL);
        }
        if (u.webhookUrl() != null) {
            set.add(ErrandChannel.WEBHOOK);
        }
        if (u.open311Endpoint() != null && u.open311ServiceCode() != null) {
            set.add(ErrandChannel.OPEN311);
        }
        if (!u.phones().isEmpty()) {
            set.add(ErrandChannel.PHONE);
        }
        return set;
    }

    /** Starts the call timer. UI thread. */
    public void startCall() {
        callStarted.set(clock.instant());
        callLength.set(null);
    }

    /** Stops the call timer; the length goes with the call note. UI thread. */
    public void stopCall() {
        if (callStarted.get() != null) {
            callLength.set(Duration.between(callStarted.get(), clock.instant()));
            callStarted.set(null);
        }
    }

    /** How long the call runs (or ran). UI thread. */
    public Duration callElapsed() {
        if (callStarted.get() != null) {
            return Duration.between(callStarted.get(), clock.instant());
        }
        return callLength.get() == null ? Duration.ZERO : callLength.get();
    }

    /** Forwards the case as chosen; afterwards {@link #forwarded()} holds the errand. UI thread. */
    public void forward() {
        Unit u = unit.get();
        ErrandChannel via = channel.get();
        if (busy.get() || forwarded.get() != null) {
            return;
        }
        if (u == null) {
            notice.set(Notice.problem("forward.error.no-unit", ""));
            return;
        }
        if (via == null) {
            notice.set(Notice.problem("forward.error.no-channel", u.name()));
            return;
        }
        if (via == ErrandChannel.EMAIL && !mailboxReady.get()) {
            notice.set(Notice.problem("forward.error.no-mailbox", ""));
            return;
        }
        if (via == ErrandChannel.PHONE) {
            stopCall();
        }
        String text = noteText(via);
        String dueText = due.get() == null || due.get().equals(defaultDue.get()) ? null : due.get().toString();
        long id = caseId;
        busy.set(true);
        notice.set(null);
        runner.run(() -> errands.forward(id, u.key(), via, dueText, text), view -> {
            busy.set(false);
            forwarded.set(view);
            notice.set(view.deliveryError() == null ? Notice.ok("forward.done", view.errand().ref().value())
                    : Notice.warning("forward.done-unsent", view.deliveryError()));
        }, e -> {
            busy.set(false);
            notice.set(Notice.problem("forward.error.send", e));
        });
    }

    /** The note; for a phone errand with the call's length in brackets, e.g. "[call 2:05]". */
    private String noteText(ErrandChannel via) {
        String text = note.get() == null ? "" : note.get().strip();
        if (via != ErrandChannel.PHONE || callLength.get() == null) {
            return text.isEmpty() ? null : text;
        }
        long s = callLength.get().toSeconds();
        String length = "[call %d:%02d]".formatted(s / 60, s % 60);
        return text.isEmpty() ? length : text + " " + length;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** The whole directory's units, for choosing one that was not suggested. */
    public ObservableList<Unit> units() {
        return units;
    }

    public ObjectProperty<Unit> unit() {
        return unit;
    }

    public ObjectProperty<ErrandChannel> channel() {
        return channel;
    }

    /** The channels the chosen unit offers. */
    public ObservableList<ErrandChannel> channels() {
        return channels;
    }

    public ObjectProperty<LocalDate> due() {
        return due;
    }

    /** The unit's own due date (its due days in its office hours). */
    public ObjectProperty<LocalDate> defaultDue() {
        return defaultDue;
    }

    public StringProperty note() {
        return note;
    }

    public ObjectProperty<Instant> callStarted() {
        return callStarted;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty loaded() {
        return loaded;
    }

    /** False when the errands mailbox is not set up (e-mail forwarding cannot work). */
    public BooleanProperty mailboxReady() {
        return mailboxReady;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }

    /** The errand once forwarded; {@code null} before. */
    public ObjectProperty<ErrandView> forwarded() {
        return forwarded;
    }

    public long caseId() {
        return caseId;
    }
}
