package org.switchboard.ui.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
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
import org.switchboard.service.replies.ReplyService;
import org.switchboard.ui.common.BackgroundRunner;
import org.switchboard.ui.common.Notice;
import org.switchboard.ui.common.StatusModel;

/**
 * The reply box under the conversation: the text, where it goes ({@link ReplyTarget}), whether it may be
 * sent now, and sending through {@link ReplyService} in the background. A sent reply clears the box and
 * shows up in the conversation through the case's change event; a refused one keeps the text and says
 * why. Unsent text is kept per case while the window is open, so looking at another case loses nothing.
 * UI thread only.
 */
public final class ReplyViewModel {
    private final ReplyService replies;
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final StatusModel status;
    private final Clock clock;

    private final ObjectProperty<ReplyTarget> target = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    /** The clock as last read; moved on by {@link #tick()} so Messenger's window closes on screen too. */
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final IntegerBinding length = Bindings.createIntegerBinding(
            () -> text.get().codePointCount(0, text.get().length()), text);
    private final BooleanBinding overLimit = Bindings.createBooleanBinding(
            () -> target.get() != null && target.get().limit() > 0 && length.get() > target.get().limit(),
            target, length);
    private final BooleanBinding open = Bindings.createBooleanBinding(
            () -> target.get() != null && target.get().sendable(now.get()), target, now);
    private final BooleanBinding canSend = open.and(sending.not())
            .and(Bindings.createBooleanBinding(() -> !text.get().isBlank(), text));
    private final Map<Long, String> unsent = new HashMap<>();
    private Long caseId;
    private long request;

    public ReplyViewModel(ReplyService replies, AccountService accounts, BackgroundRunner runner, StatusModel status,
                          Clock clock) {
        this.replies = replies;
        this.accounts = accounts;
        this.runner = runner;
        this.status = status;
        this.clock = clock;
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
        if (!java.util.Objects.equals(id, caseId)) {
            if (caseId != null && !text.get().isBlank()) {
                unsent.put(caseId, text.get());
            }
            caseId = id;
            target.set(null);
            notice.set(null);
            text.set(id == null ? "" : unsent.getOrDefault(id, ""));
            unsent.remove(id);
        }
        if (detail == null) {
            return;
        }
        long mine = ++request;
        tick();
        runner.run(() -> ReplyTarget.of(detail, accounts.list()), t -> {
            if (mine == request && t.caseId() == detail.kase().id()) {
                target.set(t);
            }
        }, e -> status.fail("reply.error.target", e));
    }

    /** Sends the text to where {@link #target()} says. Does nothing unless {@link #canSend()}. UI thread. */
    public void send() {
        tick();
        if (!canSend.get()) {
            return;
        }
        ReplyTarget t = target.get();
        String body = text.get();
        sending.set(true);
        notice.set(null);
        status.begin();
        runner.run(() -> replies.reply(t.caseId(), body, t.messageId()), sent -> {
            status.end();
            sending.set(false);
            if (java.util.Objects.equals(caseId, t.caseId())) {
                text.set("");
                notice.set(Notice.ok("reply.sent", ""));
            } else {
                unsent.remove(t.caseId());
            }
        }, e -> {
            status.end();
            sending.set(false);
            if (java.util.Objects.equals(caseId, t.caseId())) {
                notice.set(Notice.problem("reply.error.send", e));
            } else {
                unsent.putIfAbsent(t.caseId(), body); // the text stays with its case
                status.fail("reply.error.send-other", e);
            }
        });
    }

    /** Re-reads the clock (a timer calls this), so the Messenger countdown and its closing show. UI thread. */
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

    /** Characters typed (code points: what a person counts, near enough to the platforms' own counting). */
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

    public BooleanBinding canSend() {
        return canSend;
    }
}
