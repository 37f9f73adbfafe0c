package org.switchboard.ui.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.events.Event;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.replies.DeflectionCheck;
import org.switchboard.service.replies.ReplyLength;
import org.switchboard.service.replies.ReplyProblem;
import org.switchboard.service.replies.ReplyRules;
import org.switchboard.service.replies.DraftService;
import org.switchboard.service.replies.OutboxService;
import org.switchboard.service.replies.Release;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.service.replies.Verdict;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The reply box under the conversation: the text, where it goes ({@link ReplyTarget}), its length as the platform
 * counts it and what stops it from being sent ({@link ReplyRules}), the deflection check's verdict with "Forward
 * internally instead", templates ({@link ReplyTemplates}), and the draft and outbox behind it (ADR 0014, 0020):
 *
 * <ul>
 *   <li>one draft per channel the case offers (public, direct, e-mail); every change is saved through
 *       {@link DraftService#save} when the box asks ({@link #saveDraft()}: debounced by the view, on leaving the
 *       case, on closing the window), in the background, one save after the other;</li>
 *   <li>Send releases the draft to the outbox ({@link OutboxService#release}); messages that arrived since the
 *       draft began are shown ({@link #conflicts()}) and the agent sends anyway or reviews; then the entry is
 *       delivered in the background and its state follows {@link Event.OutboxChanged}.</li>
 * </ul>
 * UI thread only.
 */
public final class ReplyViewModel {
    /** Refusals of Switchboard's own whose state line says everything: no details under it. */
    private static final java.util.Set<String> SAID_IN_FULL = java.util.Set.of("DEMO_ACCOUNT", "ACCOUNT_REMOVED",
            "MESSAGE_MOVED", "NO_ADDRESS", "NO_MAILBOX");

    /** The services the box uses. */
    public record Services(DraftService drafts, OutboxService outbox, AccountService accounts,
                           TemplateService templates, DeflectionCheck deflection) {}

    /** Opens the forward dialog for a case, preselected to a unit, with a note. */
    @FunctionalInterface
    public interface Forwarder {
        void forward(long caseId, String unitKey, String note);
    }

    /** One save waiting: the latest text of a case's channel. */
    private record Pending(long caseId, ReplyChannel channel, String text, Long messageId) {}

    /** What opening a case reads: where each channel goes, its draft, and the latest outbox entry of the case. */
    private record Loaded(long caseId, Map<ReplyChannel, ReplyTarget> targets, Map<ReplyChannel, Draft> drafts,
                          ReplyChannel preferred, OutboxEntry entry) {}

    private final Services services;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final Clock clock;
    private final Forwarder forwarder;
    private final ReplyTemplates templates;

    private final ObjectProperty<ReplyTarget> target = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** The clock as last read; moved on by {@link #tick()} so the 24-hour windows close on screen too. */
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    /** The deflection check's verdict on the text as it was when checked; null before the first check. */
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<String> verdictText = new SimpleObjectProperty<>();
    /** The channels the open case offers, and the one being written on. */
    private final ObservableList<ReplyChannel> channels = FXCollections.observableArrayList();
    private final ObservableList<ReplyChannel> channelsShown = FXCollections.unmodifiableObservableList(channels);
    private final ObjectProperty<ReplyChannel> channel = new SimpleObjectProperty<>();
    /** When the draft being shown was last saved; null while nothing is saved. */
    private final ObjectProperty<Instant> savedAt = new SimpleObjectProperty<>();
    /** The outbox entry of the reply last sent on this case; null when none. */
    private final ObjectProperty<OutboxEntry> entry = new SimpleObjectProperty<>();
    /** Messages that arrived since the draft began: shown before the reply goes; null when there are none. */
    private final ObjectProperty<List<Message>> conflicts = new SimpleObjectProperty<>();
    private final ObjectBinding<ReplyLength> count = Bindings.createObjectBinding(() -> target.get() == null ? null
            : ReplyRules.count(target.get().platform(), target.get().channel(), target.get().reply(text.get())
                    .sentText(), target.get().instanceLimit()), target, text);
    private final IntegerBinding length = Bindings.createIntegerBinding(
            () -> count.get() == null ? text.get().codePointCount(0, text.get().length()) : count.get().used(), count,
            text);
    private final BooleanBinding overLimit = Bindings.createBooleanBinding(
            () -> count.get() != null && count.get().over(), count);
    private final BooleanBinding open = Bindings.createBooleanBinding(
            () -> target.get() != null && target.get().sendable(now.get()), target, now);
    /** What the rules say against the text now (empty text included); empty when it may go. */
    private final ObjectBinding<List<ReplyProblem>> problems = Bindings.createObjectBinding(
            () -> target.get() == null ? List.of() : ReplyRules.check(target.get().reply(text.get()), now.get()),
            target, text, now);
    private final BooleanBinding canSend = open.and(sending.not()).and(loading.not())
            .and(Bindings.createBooleanBinding(() -> target.get() != null && problems.get().isEmpty(), problems));
    /** The deflection verdict for the text as it is now: a stale one (the text changed since) does not count. */
    private final BooleanBinding deflecting = Bindings.createBooleanBinding(() -> verdict.get() != null
            && verdict.get().deflection() && Objects.equals(verdictText.get(), text.get().strip()), verdict,
            verdictText, text);
    /** The open case's text per channel (also what was not saved yet) and where each channel goes. */
    private final Map<ReplyChannel, String> texts = new EnumMap<>(ReplyChannel.class);
    private final Map<ReplyChannel, ReplyTarget> targets = new EnumMap<>(ReplyChannel.class);
    /** Unsaved text of cases left while their save waits or failed, so reopening one shows it at once. */
    private final Map<Long, Map<ReplyChannel, String>> unsent = new HashMap<>();
    /** Saves waiting, the latest per case and channel; one runs at a time, in order, so an older never wins. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Deque<Runnable> lane = new ArrayDeque<>();
    private boolean laneBusy;
    /** Drafts this box released: a re-read that still saw one of them editing must not show its text again. */
    private final java.util.Set<Long> released = new java.util.HashSet<>();
    /** Set while the text is changed by the box itself (not typing), so it is not taken as an edit. */
    private boolean quiet;
    private Long caseId;
    private long request;
    private long checkRequest;

    public ReplyViewModel(Services services, BackgroundRunner runner, StatusModel status, Clock clock,
                          Forwarder forwarder) {
        this.services = services;
        this.runner = runner;
        this.status = status;
        this.clock = clock;
        this.forwarder = forwarder;
        this.templates = new ReplyTemplates(services.templates(), runner, text, notice);
        now.set(clock.instant());
        text.addListener((o, a, b) -> {
            // "Reply sent" is old news once the next reply is being written; a refusal stays until the next try.
            if (notice.get() != null && !notice.get().problem() && !b.isEmpty()) {
                notice.set(null);
            }
            if (!quiet && caseId != null && channel.get() != null) {
                texts.put(channel.get(), b);
                ReplyTarget t = targets.get(channel.get());
                pending.put(caseId + "/" + channel.get(), new Pending(caseId, channel.get(), b,
                        t == null ? null : t.messageId()));
            }
        });
        channel.addListener((o, a, b) -> {
            target.set(b == null ? null : targets.get(b));
            verdict.set(null);
            setQuietly(b == null ? "" : texts.getOrDefault(b, ""));
        });
    }

    /** Follows the open case: loads its drafts and works out where each channel goes, in the background. UI thread. */
    public void show(CaseDetail detail) {
        Long id = detail == null ? null : detail.kase().id();
        boolean fresh = !Objects.equals(id, caseId);
        if (fresh) {
            if (caseId != null) {
                Map<ReplyChannel, String> left = new EnumMap<>(ReplyChannel.class);
                left.putAll(texts);
                left.values().removeIf(String::isEmpty);
                if (!left.isEmpty() || unsent.containsKey(caseId)) {
                    unsent.put(caseId, left);
                }
                saveDraft();
            }
            caseId = id;
            quiet = true;
            try {
                texts.clear();
                targets.clear();
                channels.clear();
                channel.set(null);
                target.set(null);
                text.set("");
            } finally {
                quiet = false;
            }
            notice.set(null);
            verdict.set(null);
            savedAt.set(null);
            entry.set(null);
            conflicts.set(null);
            if (id != null) {
                texts.putAll(unsent.getOrDefault(id, Map.of()));
            }
        }
        templates.caseShown(detail);
        if (detail == null) {
            loading.set(false);
            return;
        }
        long mine = ++request;
        tick();
        if (fresh) {
            loading.set(true); // a re-read of the same case (a new message) never stops the typing
        }
        long shown = detail.kase().id();
        runner.run(() -> load(detail), loaded -> {
            if (mine != request || !Objects.equals(caseId, shown)) {
                return;
            }
            loading.set(false);
            applyLoaded(loaded);
        }, e -> {
            if (mine == request) {
                loading.set(false);
                status.fail("reply.error.target", e);
            }
        });
    }

    private Loaded load(CaseDetail detail) {
        long id = detail.kase().id();
        var accounts = services.accounts().list();
        Map<ReplyChannel, ReplyTarget> where = new EnumMap<>(ReplyChannel.class);
        for (ReplyChannel c : ReplyTarget.channels(detail)) {
            where.put(c, ReplyTarget.of(detail, accounts, c));
        }
        ReplyChannel latest = ReplyTarget.latestChannel(detail);
        if (where.isEmpty()) {
            ReplyTarget none = ReplyTarget.of(detail, accounts);
            where.put(none.channel(), none);
            latest = none.channel();
        } else if (!where.containsKey(latest)) {
            latest = where.keySet().iterator().next();
        }
        Map<ReplyChannel, Draft> drafts = new EnumMap<>(ReplyChannel.class);
        for (ReplyChannel c : ReplyChannel.values()) {
            services.drafts().current(id, c).ifPresent(d -> drafts.put(c, d));
        }
        OutboxEntry last = services.drafts().forCase(id).stream()
                .filter(d -> d.state() == Draft.State.RELEASED)
                .max(java.util.Comparator.comparing(Draft::updatedAt))
                .flatMap(d -> services.outbox().forDraft(d.id())).orElse(null);
        return new Loaded(id, where, drafts, latest, last);
    }

    private void applyLoaded(Loaded loaded) {
        targets.clear();
        targets.putAll(loaded.targets());
        for (var d : loaded.drafts().entrySet()) {
            // text typed while the drafts were read (or kept from a failed save) wins over the stored one; a draft
            // released meanwhile (read before its release) is not brought back
            if (!released.contains(d.getValue().id())) {
                texts.putIfAbsent(d.getKey(), d.getValue().text());
            }
        }
        ReplyChannel preferred = loaded.preferred();
        if (texts.getOrDefault(preferred, "").isEmpty()) {
            // open the channel that holds words, so a draft is never hidden behind an empty one
            preferred = loaded.targets().keySet().stream().filter(c -> !texts.getOrDefault(c, "").isEmpty())
                    .findFirst().orElse(preferred);
        }
        List<ReplyChannel> offered = List.copyOf(loaded.targets().keySet());
        channels.setAll(offered);
        Draft shownDraft = loaded.drafts().get(preferred);
        savedAt.set(shownDraft == null ? null : shownDraft.updatedAt());
        entry.set(loaded.entry());
        if (Objects.equals(channel.get(), preferred)) {
            target.set(targets.get(preferred));
            setQuietly(texts.getOrDefault(preferred, ""));
        } else {
            channel.set(preferred);
        }
        if (unsent.remove(loaded.caseId()) != null) {
            for (var t : texts.entrySet()) {
                ReplyTarget where = targets.get(t.getKey());
                pending.putIfAbsent(loaded.caseId() + "/" + t.getKey(), new Pending(loaded.caseId(), t.getKey(),
                        t.getValue(), where == null ? null : where.messageId()));
            }
        }
    }

    /** Writes on {@code c} instead (the text of the other channel stays). UI thread. */
    public void choose(ReplyChannel c) {
        if (c != null && targets.containsKey(c)) {
            channel.set(c);
        }
    }

    private void setQuietly(String value) {
        quiet = true;
        try {
            text.set(value);
        } finally {
            quiet = false;
        }
    }

    /**
     * Saves what changed since the last save (every channel of every case left meanwhile) through
     * {@link DraftService#save}, in the background, one save after the other. The box calls it when typing pauses;
     * the window on leaving a case and on closing. UI thread.
     */
    public void saveDraft() {
        List<Pending> due = List.copyOf(pending.values());
        pending.clear();
        for (Pending p : due) {
            inLane(() -> {
                if (p.text().isEmpty() && services.drafts().current(p.caseId(), p.channel()).isEmpty()) {
                    return null; // no draft for nothing
                }
                return services.drafts().save(p.caseId(), p.channel(), p.text(), p.messageId());
            }, d -> {
                if (d != null && Objects.equals(caseId, p.caseId()) && p.channel() == channel.get()) {
                    savedAt.set(d.updatedAt());
                }
                Map<ReplyChannel, String> left = unsent.get(p.caseId());
                if (left != null && Objects.equals(left.get(p.channel()), p.text())) {
                    left.remove(p.channel());
                    if (left.isEmpty()) {
                        unsent.remove(p.caseId());
                    }
                }
            }, e -> {
                // kept in memory and tried again with the next change; the agent is told
                if (Objects.equals(caseId, p.caseId())) {
                    pending.putIfAbsent(p.caseId() + "/" + p.channel(), p);
                    notice.set(Notice.problem("reply.error.draft", e));
                } else {
                    unsent.computeIfAbsent(p.caseId(), k -> new EnumMap<>(ReplyChannel.class))
                            .putIfAbsent(p.channel(), p.text());
                    status.fail("reply.error.draft", e);
                }
            });
        }
    }

    /**
     * The saves still waiting, as work for a background thread (the window runs it before the workspace closes).
     * UI thread; the work runs on any thread.
     */
    public Runnable closing() {
        List<Pending> due = List.copyOf(pending.values());
        pending.clear();
        return () -> {
            for (Pending p : due) {
                if (!p.text().isEmpty() || services.drafts().current(p.caseId(), p.channel()).isPresent()) {
                    services.drafts().save(p.caseId(), p.channel(), p.text(), p.messageId());
                }
            }
        };
    }

    /** Runs work in the background after the work queued before it has finished. */
    private <T> void inLane(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                            java.util.function.Consumer<Throwable> failed) {
        lane.add(() -> runner.run(work, r -> {
            try {
                ok.accept(r);
            } finally {
                nextInLane();
            }
        }, e -> {
            try {
                failed.accept(e);
            } finally {
                nextInLane();
            }
        }));
        if (!laneBusy) {
            nextInLane();
        }
    }

    private void nextInLane() {
        Runnable next = lane.poll();
        laneBusy = next != null;
        if (next != null) {
            next.run();
        }
    }

    /**
     * Runs the deflection check on the text as it is now, in the background (the box calls it when typing pauses).
     * UI thread.
     */
    public void checkDeflection() {
        String body = text.get().strip();
        Long id = caseId;
        long mine = ++checkRequest;
        if (body.isEmpty() || id == null) {
            verdict.set(null);
            return;
        }
        runner.run(() -> services.deflection().check(body, id), v -> {
            if (mine == checkRequest && Objects.equals(id, caseId)) {
                verdictText.set(body);
                verdict.set(v);
            }
        }, e -> {
            if (mine == checkRequest) {
                verdict.set(null); // the check is advice: a failure must not stop the reply
            }
        });
    }

    /** The unit "Forward internally instead" preselects: where the reply points, else the best suggestion. */
    public String forwardUnit() {
        Verdict v = verdict.get();
        if (v == null) {
            return null;
        }
        return v.pointsTo().stream().map(Verdict.Target::unitKey).filter(Objects::nonNull).findFirst()
                .orElse(v.suggestedUnits().isEmpty() ? null : v.suggestedUnits().getFirst().key());
    }

    /** "Forward internally instead": the forward dialog for this case, at that unit, with the reply as the note. */
    public void forwardInstead() {
        if (caseId != null) {
            forwarder.forward(caseId, forwardUnit(), text.get().strip());
        }
    }

    /**
     * Sends the text: saves the draft, releases it to the outbox and delivers it in the background. Does nothing
     * unless {@link #canSend()}. When messages arrived since the draft began, nothing is sent and
     * {@link #conflicts()} shows them: {@link #sendAnyway()} or {@link #review()}. Sending a text the deflection
     * check flagged is the agent's call; the outbox records it in the audit log. UI thread.
     */
    public void send() {
        release(false);
    }

    /** The agent has read the messages that arrived meanwhile and sends the reply as it is. UI thread. */
    public void sendAnyway() {
        if (conflicts.get() != null) {
            conflicts.set(null);
            release(true);
        }
    }

    /** The agent reads the new messages first: nothing is sent, the draft stays. UI thread. */
    public void review() {
        conflicts.set(null);
    }

    private void release(boolean acknowledge) {
        tick();
        if (!canSend.get()) {
            return;
        }
        ReplyTarget t = target.get();
        ReplyChannel c = channel.get();
        String body = text.get();
        long id = t.caseId();
        pending.remove(id + "/" + c);
        saveDraft(); // anything else waiting goes first
        sending.set(true);
        notice.set(null);
        status.begin();
        inLane(() -> {
            Draft d = services.drafts().save(id, c, body, t.messageId());
            return services.outbox().release(d.id(), acknowledge);
        }, released -> {
            status.end();
            sending.set(false);
            switch (released) {
                case Release.Conflicts held -> {
                    if (Objects.equals(caseId, id)) {
                        conflicts.set(held.since());
                    }
                }
                case Release.Queued queued -> queued(id, c, body, queued.entry());
            }
        }, e -> {
            status.end();
            sending.set(false);
            if (Objects.equals(caseId, id)) {
                notice.set(Notice.problem("reply.error.send", e));
            } else {
                status.fail("reply.error.send-other", e);
            }
        });
    }

    /** The reply is in the outbox: the box empties (if the text is unchanged) and delivery starts. */
    private void queued(long id, ReplyChannel c, String body, OutboxEntry queued) {
        released.add(queued.draftId());
        if (Objects.equals(caseId, id)) {
            if (Objects.equals(texts.get(c), body)) {
                texts.remove(c);
                pending.remove(id + "/" + c);
                if (c == channel.get()) {
                    setQuietly("");
                    verdict.set(null);
                }
            }
            savedAt.set(null);
            entry.set(queued);
        }
        runner.run(() -> services.outbox().deliverNow(queued.id()), this::entryChanged,
                e -> status.fail("reply.error.send-other", e));
    }

    private void entryChanged(OutboxEntry e) {
        if (e != null && Objects.equals(caseId, e.caseId()) && (entry.get() == null || entry.get().id() == e.id()
                || e.id() > entry.get().id())) {
            boolean refusedNow = e.state() == OutboxEntry.State.FAILED
                    && (entry.get() == null || entry.get().state() != OutboxEntry.State.FAILED);
            if (refusedNow) {
                released.remove(e.draftId()); // editable again
            }
            entry.set(e);
            if (refusedNow && texts.getOrDefault(e.channel(), "").isEmpty()) {
                // refused: the draft is editable again and its text comes back into the box, nothing lost
                texts.put(e.channel(), e.text());
                if (e.channel() == channel.get()) {
                    setQuietly(e.text());
                }
                // the state line below says why in the window's language; this adds the details it has, in the words
                // of the platform or of the rule that refused it, unless the state line says it all
                notice.set(refused(e));
            }
        }
    }

    /** The notice over a refused reply's state line. Any thread. */
    static Notice refused(OutboxEntry e) {
        return e.failureKind() != null && SAID_IN_FULL.contains(e.failureKind()) || OutboxTexts.details(e).isEmpty()
                ? Notice.problem("reply.error.refused-here", "")
                : Notice.problem("reply.error.refused", OutboxTexts.details(e));
    }

    /** Follows the outbox: the shown entry's state is re-read when it changes. UI thread. */
    public void onEvent(Event event) {
        if (event instanceof Event.OutboxChanged changed && entry.get() != null
                && entry.get().id() == changed.entryId()) {
            runner.run(() -> services.outbox().find(changed.entryId()), this::entryChanged, e -> { });
        }
    }

    /** Re-reads the clock (a timer calls this), so the countdowns and their closing show. UI thread. */
    public void tick() {
        now.set(clock.instant());
    }

    public StringProperty text() {
        return text;
    }

    /** Where the reply goes; {@code null} while no case is open or its target is being worked out. */
    public ReadOnlyObjectProperty<ReplyTarget> target() {
        return target;
    }

    /** The channels the open case offers (public, direct, e-mail). */
    public ObservableList<ReplyChannel> channels() {
        return channelsShown;
    }

    /** The channel being written on. */
    public ReadOnlyObjectProperty<ReplyChannel> channel() {
        return channel;
    }

    /** When the draft shown was last saved; null while it is not. */
    public ReadOnlyObjectProperty<Instant> savedAt() {
        return savedAt;
    }

    /** The outbox entry of the reply last sent on the open case, as last heard; null when none. */
    public ReadOnlyObjectProperty<OutboxEntry> entry() {
        return entry;
    }

    /** Messages that arrived since the draft began, shown before sending; null when there are none. */
    public ReadOnlyObjectProperty<List<Message>> conflicts() {
        return conflicts;
    }

    public ReadOnlyObjectProperty<Instant> now() {
        return now;
    }

    /** True while the open case's drafts and channels are being read. */
    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    public ReadOnlyBooleanProperty sending() {
        return sending;
    }

    /** "Reply sent", or why it was not, in words through the bundle. */
    public ReadOnlyObjectProperty<Notice> notice() {
        return notice;
    }

    /** The length as the platform counts it, with its limit; null while no target is known. */
    public ObjectBinding<ReplyLength> count() {
        return count;
    }

    /** The length as the platform counts it (code points while no target is known). */
    public IntegerBinding length() {
        return length;
    }

    /** True when the text is longer than the platform allows. */
    public BooleanBinding overLimit() {
        return overLimit;
    }

    /** True when a reply may go out now (the channel allows it), whatever the text. */
    public BooleanBinding open() {
        return open;
    }

    /** What stops the text from being sent, by the platform's rules; empty when nothing does. */
    public ObjectBinding<List<ReplyProblem>> problems() {
        return problems;
    }

    public BooleanBinding canSend() {
        return canSend;
    }

    /** The deflection check's last verdict (it may be for an earlier text: see {@link #deflecting()}). */
    public ReadOnlyObjectProperty<Verdict> verdict() {
        return verdict;
    }

    /** True when the text as it is now was judged a deflection. */
    public BooleanBinding deflecting() {
        return deflecting;
    }

    public ReplyTemplates templates() {
        return templates;
    }
}
