package org.switchboard.ui.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
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
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.replies.DeflectionCheck;
import org.switchboard.service.replies.ReplyLength;
import org.switchboard.service.replies.ReplyProblem;
import org.switchboard.service.replies.ReplyRules;
import org.switchboard.service.replies.ReplyService;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.service.replies.Verdict;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The reply box under the conversation: the text, where it goes ({@link ReplyTarget}), its length as the platform
 * counts it and what stops it from being sent ({@link ReplyRules}), the deflection check's verdict with "Forward
 * internally instead", and sending through {@link ReplyService} in the background. A sent reply clears the box;
 * a refused one keeps the text and says why. Unsent text is kept per case while the window is open. Templates are
 * {@link ReplyTemplates}. UI thread only.
 */
public final class ReplyViewModel {
    /** The services the box uses. */
    public record Services(ReplyService replies, AccountService accounts, TemplateService templates,
                           DeflectionCheck deflection) {}

    /** Opens the forward dialog for a case, preselected to a unit, with a note. */
    @FunctionalInterface
    public interface Forwarder {
        void forward(long caseId, String unitKey, String note);
    }

    private final Services services;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final Clock clock;
    private final Forwarder forwarder;
    private final ReplyTemplates templates;

    private final ObjectProperty<ReplyTarget> target = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** The clock as last read; moved on by {@link #tick()} so the 24-hour windows close on screen too. */
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    /** The deflection check's verdict on the text as it was when checked; null before the first check. */
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<String> verdictText = new SimpleObjectProperty<>();
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
    private final BooleanBinding canSend = open.and(sending.not())
            .and(Bindings.createBooleanBinding(() -> target.get() != null && problems.get().isEmpty(), problems));
    /** The deflection verdict for the text as it is now: a stale one (the text changed since) does not count. */
    private final BooleanBinding deflecting = Bindings.createBooleanBinding(() -> verdict.get() != null
            && verdict.get().deflection() && Objects.equals(verdictText.get(), text.get().strip()), verdict,
            verdictText, text);
    private final Map<Long, String> unsent = new HashMap<>();
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
        // "Reply sent" is old news once the next reply is being written; a refusal stays until the next try.
        text.addListener((o, a, b) -> {
            if (notice.get() != null && !notice.get().problem() && !b.isEmpty()) {
                notice.set(null);
            }
        });
    }

    /** Follows the open case: works out where a reply goes (reads the accounts in the background). UI thread. */
    public void show(CaseDetail detail) {
        Long id = detail == null ? null : detail.kase().id();
        if (!Objects.equals(id, caseId)) {
            if (caseId != null && !text.get().isBlank()) {
                unsent.put(caseId, text.get());
            }
            caseId = id;
            target.set(null);
            notice.set(null);
            verdict.set(null);
            text.set(id == null ? "" : unsent.getOrDefault(id, ""));
            unsent.remove(id);
        }
        templates.caseShown(detail);
        if (detail == null) {
            return;
        }
        long mine = ++request;
        tick();
        runner.run(() -> ReplyTarget.of(detail, services.accounts().list()), t -> {
            if (mine == request && t.caseId() == detail.kase().id()) {
                target.set(t);
            }
        }, e -> status.fail("reply.error.target", e));
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
     * Sends the text to where {@link #target()} says. Does nothing unless {@link #canSend()}. Sending a text the
     * deflection check flagged is the agent's call; it is recorded in the audit log. UI thread.
     */
    public void send() {
        tick();
        if (!canSend.get()) {
            return;
        }
        ReplyTarget t = target.get();
        String body = text.get();
        Verdict overridden = deflecting.get() ? verdict.get() : null;
        sending.set(true);
        notice.set(null);
        status.begin();
        runner.run(() -> {
            var sent = services.replies().reply(t.caseId(), body, t.messageId());
            if (overridden != null) {
                services.deflection().recordOverride(t.caseId(), overridden);
            }
            return sent;
        }, sent -> {
            status.end();
            sending.set(false);
            if (Objects.equals(caseId, t.caseId())) {
                text.set("");
                verdict.set(null);
                notice.set(Notice.ok("reply.sent", ""));
            } else {
                unsent.remove(t.caseId());
            }
        }, e -> {
            status.end();
            sending.set(false);
            if (Objects.equals(caseId, t.caseId())) {
                notice.set(Notice.problem("reply.error.send", e));
            } else {
                unsent.putIfAbsent(t.caseId(), body); // the text stays with its case
                status.fail("reply.error.send-other", e);
            }
        });
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

    public ReadOnlyObjectProperty<Instant> now() {
        return now;
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
