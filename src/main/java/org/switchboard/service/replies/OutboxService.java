package org.switchboard.service.replies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.switchboard.domain.Account;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.OutboxRepository;
import org.switchboard.domain.sync.ConnectorFactory;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * The outbox: released drafts delivered exactly once (ADR 0014).
 *
 * <ul>
 *   <li>{@link #release} moves a draft to the outbox ({@code QUEUED}, with an idempotency key fixed for good),
 *       unless messages arrived on the case since the draft began ({@link Release.Conflicts});</li>
 *   <li>{@link #deliverDue()} sends what is due, {@link #flush(Duration)} also waits out short retry delays;</li>
 *   <li>{@link #recover()} runs when a workspace opens: entries a crash left in {@code SENDING} are queued
 *       for a read-back from the platform, which the next delivery does before anything else is sent.</li>
 * </ul>
 *
 * Every state change is published as {@link Event.OutboxChanged}. All methods touch the database and most
 * the network: background threads only. Delivery is serialised inside the process; one process owns a data
 * folder.
 */
public final class OutboxService {
    /** Sent entries stay listed this long. */
    public static final Duration SENT_LISTED = Duration.ofDays(7);
    /** Sends tried before an entry needs a person (rate-limit refusals do not count). */
    public static final int MAX_ATTEMPTS = OutboxDelivery.MAX_ATTEMPTS;
    private static final int BATCH = 50;

    /** Waits (the CLI's flush waiting out a retry delay); false when interrupted. */
    @FunctionalInterface
    public interface Waiter {
        boolean pause(Duration duration);
    }

    /** What a delivery run did. */
    public record Delivered(int sent, int queued, int failed, int needsAttention) {
        static final Delivered NONE = new Delivered(0, 0, 0, 0);

        Delivered plus(OutboxEntry e) {
            return switch (e.state()) {
                case SENT -> new Delivered(sent + 1, queued, failed, needsAttention);
                case QUEUED, SENDING -> new Delivered(sent, queued + 1, failed, needsAttention);
                case FAILED -> new Delivered(sent, queued, failed + 1, needsAttention);
                case NEEDS_ATTENTION -> new Delivered(sent, queued, failed, needsAttention + 1);
            };
        }

        Delivered plus(Delivered o) {
            return new Delivered(sent + o.sent, queued + o.queued, failed + o.failed, needsAttention + o.needsAttention);
        }
    }

    private final Repositories repos;
    private final OutboxRepository outbox;
    private final DeflectionCheck deflection;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Waiter waiter;
    private final OutboxDelivery delivery;
    private final ReentrantLock delivering = new ReentrantLock();
    private final ReplyMailbox mailbox;

    /** An outbox that sends no replies by e-mail (they are refused in words). */
    public OutboxService(Repositories repos, OutboxRepository outbox, ConnectorFactory connectors,
                         ConversationService conversations, DeflectionCheck deflection, Audit audit, EventBus events,
                         Clock clock, Waiter waiter) {
        this(repos, outbox, connectors, conversations, deflection, audit, events, clock, waiter, ReplyMailbox.NONE);
    }

    /** @param mailbox where replies by e-mail go out (the errands mailbox) */
    public OutboxService(Repositories repos, OutboxRepository outbox, ConnectorFactory connectors,
                         ConversationService conversations, DeflectionCheck deflection, Audit audit, EventBus events,
                         Clock clock, Waiter waiter, ReplyMailbox mailbox) {
        this.mailbox = mailbox;
        this.repos = repos;
        this.outbox = outbox;
        this.deflection = deflection;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.waiter = waiter;
        this.delivery = new OutboxDelivery(repos, outbox, connectors, conversations, audit, events, clock, mailbox);
    }

    /** As {@link #release(long, boolean)} without acknowledging conflicts. */
    public Release release(long draftId) {
        return release(draftId, false);
    }

    /**
     * Releases a draft to the outbox. Nothing is sent here ({@link #deliverDue()} does that).
     *
     * @param acknowledgeConflicts send even though messages arrived on the case since the draft began (the
     *                             agent has seen them); recorded in the audit log
     * @return {@link Release.Queued} with the entry, or {@link Release.Conflicts} when held back; both carry the
     *         deflection verdict, and sending a deflection is recorded in the audit log as an override
     * @throws ValidationException when the draft is empty or not being edited, its case has nothing to answer
     *                             through a connected account, or (by e-mail) no mailbox or address is known
     */
    public Release release(long draftId, boolean acknowledgeConflicts) {
        Draft draft = repos.drafts().find(draftId).orElseThrow(() -> new NotFoundException("draft", draftId));
        if (draft.state() != Draft.State.EDITING) {
            String where = outbox.latestForDraft(draftId).map(e -> " (outbox entry " + e.id() + ", "
                    + e.state().name() + ")").orElse("");
            throw new ValidationException("draft " + draftId + " was " + draft.state().name().toLowerCase(
                    java.util.Locale.ROOT) + " already" + where + "; write a new reply to send another");
        }
        if (draft.text().isBlank()) {
            throw new ValidationException("draft " + draftId + " is empty; write the reply before sending it");
        }
        List<Message> messages = repos.messages().forCase(draft.caseId());
        Message target;
        Long accountId;
        String accountName;
        org.switchboard.domain.Platform platform;
        if (draft.channel() == ReplyChannel.EMAIL) {
            // replies by e-mail go out through the errands mailbox (ADR 0020)
            target = OutboxDelivery.mailTarget(messages, draft.caseId(), draft.replyToMessageId());
            if (OutboxDelivery.cameThroughDemo(repos, target)) {
                throw new ValidationException("this e-mail came through a demo account: replies from the demo "
                        + "workspace are never sent (the draft is kept)");
            }
            accountName = mailbox.address().orElseThrow(() -> new ValidationException("replies by e-mail go out "
                    + "through the errands mailbox, which is not set up yet: run 'mail set --smtp URL --imap URL "
                    + "--user U --password-env V --address ADDR' first (the draft is kept)"));
            if (OutboxDelivery.mailRecipient(repos, draft.caseId()) == null) {
                throw new ValidationException("the contact of case " + draft.caseId() + " has no e-mail address; add "
                        + "one to the contact, then send again (the draft is kept)");
            }
            accountId = null;
            platform = org.switchboard.domain.Platform.EMAIL;
        } else {
            target = ReplyTargeting.target(messages, draft.caseId(), draft.replyToMessageId());
            if (draft.channel() == ReplyChannel.PUBLIC && ReplyTargeting.channelOf(target) == ReplyChannel.DIRECT) {
                throw new ValidationException("the message answered is a direct message; a public answer would show "
                        + "the conversation to everyone — answer it on the direct channel");
            }
            Account account = repos.accounts().find(target.accountId()).orElseThrow(() -> new ValidationException(
                    "the account this message came through was removed; connect it again or reply on the platform "
                            + "directly (the draft is kept)"));
            accountId = account.id();
            accountName = account.name();
            platform = account.platform();
        }
        List<Message> since = since(draft, messages);
        Verdict verdict = deflection.check(draft.text(), draft.caseId());
        if (!since.isEmpty() && !acknowledgeConflicts) {
            return new Release.Conflicts(draft, since, verdict);
        }
        Instant now = clock.instant();
        OutboxEntry queued = repos.tx().inTransaction(() -> {
            repos.drafts().update(draft.withTarget(target.id(), target.externalId())
                    .withState(Draft.State.RELEASED, now));
            OutboxEntry e = outbox.insert(new OutboxEntry(0, draft.id(), draft.caseId(), accountId, accountName,
                    platform, target.id(), draft.channel(), State.QUEUED, 0, false, null, null, null, null,
                    "sb-" + UUID.randomUUID(), draft.text().strip(), now, now, null, null, null, 0));
            audit.record("reply.released", "case", draft.caseId(), platform.id() + " "
                    + draft.channel().id() + " outbox " + e.id());
            if (!since.isEmpty()) {
                audit.record("reply.conflicts-acknowledged", "case", draft.caseId(), "outbox " + e.id()
                        + " sent after messages " + since.stream().map(m -> String.valueOf(m.id()))
                        .collect(Collectors.joining(", ")));
            }
            if (verdict.deflection()) {
                audit.record("reply.deflection-override", "case", draft.caseId(), String.format(java.util.Locale.ROOT,
                        "outbox %d sent although judged a deflection (score %.2f): %s", e.id(), verdict.score(),
                        String.join("; ", verdict.reasons())));
            }
            return e;
        });
        repos.tx().syncToDisk();
        events.publish(new Event.OutboxChanged(queued.id(), queued.caseId(), queued.state()));
        return new Release.Queued(queued, verdict, since);
    }

    /** Messages of the case that arrived after the draft began: newer than its base, or written after it began. */
    private static List<Message> since(Draft d, List<Message> messages) {
        return messages.stream()
                .filter(m -> d.baseMessageId() != null ? m.id() > d.baseMessageId() : m.createdAt().isAfter(d.createdAt()))
                .sorted(java.util.Comparator.comparing(Message::id)).toList();
    }

    /**
     * Sends every entry that is due now, one after the other, until none is due. Entries whose retry lies in
     * the future are left for later.
     */
    public Delivered deliverDue() {
        delivering.lock();
        try {
            Delivered total = Delivered.NONE;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (true) {
                // entries that may have arrived unheard go first: their read-back settles them before new sends
                List<OutboxEntry> due = outbox.due(clock.instant(), BATCH).stream()
                        .filter(e -> !seen.contains(e.id()))
                        .sorted(java.util.Comparator.comparing((OutboxEntry e) -> !e.readBack())).toList();
                if (due.isEmpty()) {
                    return total;
                }
                for (OutboxEntry e : due) {
                    seen.add(e.id()); // once per run: a retry waits for its time, even one due at once
                    Optional<OutboxEntry> after = delivery.deliver(e);
                    if (after.isPresent()) {
                        total = total.plus(after.get());
                    }
                }
            }
        } finally {
            delivering.unlock();
        }
    }

    /**
     * Tries to deliver one queued entry now (the "Send" button, {@code reply --send}), whatever its retry time.
     * Interrupted sends are recovered first, so a read-back still precedes any repeat.
     *
     * @return the entry afterwards: {@code SENT}, {@code QUEUED} again (retried later by itself), {@code FAILED}
     *         or {@code NEEDS_ATTENTION}, with the reason in {@code lastError}
     */
    public OutboxEntry deliverNow(long entryId) {
        recover();
        delivering.lock();
        try {
            OutboxEntry e = find(entryId);
            if (e.state() != State.QUEUED) {
                return e;
            }
            return delivery.deliver(e).orElseGet(() -> find(entryId));
        } finally {
            delivering.unlock();
        }
    }

    /**
     * Delivers everything queued, waiting out retry delays (rate-limit resets, back-off) that end within
     * {@code maxWait} from now; entries due later stay queued. Recovers first (see {@link #recover()}).
     */
    public Delivered flush(Duration maxWait) {
        Instant deadline = clock.instant().plus(maxWait);
        recover();
        Delivered total = deliverDue();
        while (true) {
            Optional<Instant> next = outbox.nextAttempt();
            if (next.isEmpty() || next.get().isAfter(deadline)) {
                return total;
            }
            Duration wait = Duration.between(clock.instant(), next.get());
            if (!wait.isNegative() && !wait.isZero() && !waiter.pause(wait)) {
                return total;
            }
            total = total.plus(deliverDue());
        }
    }

    /**
     * Settles what a crash interrupted: every entry left in {@code SENDING} may or may not have reached its
     * platform, so it goes back to the queue marked for read-back, due at once. The next delivery takes these
     * first and reads back before anything is sent. No network here: cheap enough for opening a workspace.
     *
     * @return how many entries were interrupted
     */
    public int recover() {
        delivering.lock();
        try {
            int recovered = 0;
            for (OutboxEntry e : outbox.inState(State.SENDING, 10_000)) {
                Optional<OutboxEntry> queued = outbox.update(OutboxDelivery.with(e, State.QUEUED, e.attempts(), true,
                        "Sending was cut off before " + e.platform().displayName() + " answered (Switchboard stopped);"
                                + " checking whether the reply arrived before sending it again.", "INTERRUPTED", null,
                        clock.instant(), e.firstAttemptAt() != null ? e.firstAttemptAt() : e.createdAt()));
                if (queued.isPresent()) {
                    recovered++;
                    events.publish(new Event.OutboxChanged(e.id(), e.caseId(), State.QUEUED));
                }
            }
            if (recovered > 0) {
                repos.tx().syncToDisk();
                audit.record("outbox.recovered", "outbox", "-", recovered + " interrupted send(s) will be read back");
            }
            return recovered;
        } finally {
            delivering.unlock();
        }
    }

    /**
     * The platform of {@code accountId} answered again (a sync round went through): its entries waiting out a
     * network or server failure become due now.
     */
    public void accountReachable(long accountId) {
        if (outbox.makeDue(accountId, clock.instant()) > 0) {
            deliverDue();
        }
    }

    /**
     * Puts an entry that needs attention (or failed) back in the queue, e.g. after the account was reconnected.
     * A read-back still comes first if an earlier send may have arrived.
     */
    public OutboxEntry retry(long entryId) {
        OutboxEntry e = find(entryId);
        if (e.state() != State.NEEDS_ATTENTION && e.state() != State.FAILED) {
            throw new ValidationException("outbox entry " + entryId + " is " + e.state().name() + "; only an entry "
                    + "that failed or needs attention can be retried");
        }
        OutboxEntry queued = repos.tx().inTransaction(() -> {
            OutboxEntry q = outbox.update(OutboxDelivery.with(e, State.QUEUED, 0, e.readBack(), e.lastError(),
                    e.failureKind(), null, clock.instant(), e.firstAttemptAt())).orElseThrow(() ->
                    new org.switchboard.domain.StaleWriteException("outbox entry", entryId, e.version()));
            repos.drafts().find(e.draftId()).filter(d -> d.state() == Draft.State.EDITING)
                    .ifPresent(d -> repos.drafts().update(d.withState(Draft.State.RELEASED, clock.instant())));
            audit.record("reply.retried", "case", e.caseId(), "outbox " + entryId);
            return q;
        });
        events.publish(new Event.OutboxChanged(queued.id(), queued.caseId(), queued.state()));
        return queued;
    }

    public OutboxEntry find(long entryId) {
        return outbox.find(entryId).orElseThrow(() -> new NotFoundException("outbox entry", entryId));
    }

    /**
     * The outbox as listed: everything not sent, and what was sent in the last {@link #SENT_LISTED}, in the order
     * released, after the keyset ({@code after}: the last entry of the previous page, or null).
     */
    public List<OutboxEntry> page(OutboxEntry after, int limit) {
        Instant since = clock.instant().minus(SENT_LISTED);
        return after == null ? outbox.page(since, null, 0, limit)
                : outbox.page(since, after.createdAt(), after.id(), limit);
    }

    /** The whole listing (page by page; the outbox is small once sent entries age out). */
    public List<OutboxEntry> list() {
        List<OutboxEntry> all = new ArrayList<>();
        List<OutboxEntry> page = page(null, 500);
        while (!page.isEmpty()) {
            all.addAll(page);
            page = page.size() < 500 ? List.of() : page(page.getLast(), 500);
        }
        return all;
    }

    /** The entry released from a draft, if any. */
    public Optional<OutboxEntry> forDraft(long draftId) {
        return outbox.latestForDraft(draftId);
    }
}
