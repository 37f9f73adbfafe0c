package org.switchboard.service.replies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Account;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.domain.OutboxEntry.State;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.ConnectorFactory;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;
import org.switchboard.domain.port.OutboxRepository;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Delivers one outbox entry: {@code QUEUED → SENDING} committed (and forced to the disk) before the network
 * is touched, then a read-back when an earlier send may have arrived unheard, then the send, then
 * {@code SENT} with the outbound message on the case in one transaction — or the failure sorted into
 * "try again later" ({@code QUEUED} with a next attempt), "refused" ({@code FAILED}) or "a person must act"
 * ({@code NEEDS_ATTENTION}), always with the reason in words. Background threads only.
 */
final class OutboxDelivery {
    /** Sends tried before a person is asked to look (rate-limit refusals do not count). */
    static final int MAX_ATTEMPTS = 8;
    /** The read-back looks this far before the first attempt, for clocks that disagree. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    /** A locked keychain or vault is looked at again after this long. */
    static final Duration LOCKED_DELAY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Repositories repos;
    private final OutboxRepository outbox;
    private final ConnectorFactory connectors;
    private final ConversationService conversations;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final ReplyMailbox mailbox;

    OutboxDelivery(Repositories repos, OutboxRepository outbox, ConnectorFactory connectors,
                   ConversationService conversations, Audit audit, EventBus events, Clock clock, ReplyMailbox mailbox) {
        this.mailbox = mailbox;
        this.repos = repos;
        this.outbox = outbox;
        this.connectors = connectors;
        this.conversations = conversations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Delivers {@code entry} (QUEUED) once; returns it as it is afterwards, or empty when another deliverer took it. */
    Optional<OutboxEntry> deliver(OutboxEntry entry) {
        Instant now = clock.instant();
        Optional<OutboxEntry> claimed = outbox.update(with(entry, State.SENDING, entry.attempts() + 1, entry.readBack(),
                entry.lastError(), entry.failureKind(), null, now,
                entry.firstAttemptAt() != null ? entry.firstAttemptAt() : now));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        repos.tx().syncToDisk(); // SENDING is on the disk before anything reaches the platform
        OutboxEntry sending = claimed.get();
        publish(sending);
        OutboxEntry after;
        try {
            after = send(sending);
        } catch (ConnectorException e) {
            after = failed(sending, e);
        } catch (SecretsUnavailableException e) {
            after = save(with(sending, State.QUEUED, sending.attempts() - 1, sending.readBack(), e.getMessage(),
                    "LOCKED", clock.instant().plus(LOCKED_DELAY), clock.instant(), sending.firstAttemptAt()));
        } catch (RuntimeException e) {
            LOG.warn("Delivering outbox entry {} failed unexpectedly", sending.id(), e);
            after = failed(sending, new ConnectorException(Kind.MALFORMED, "Switchboard failed while sending ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").",
                    null, 0, e));
        }
        publish(after);
        return Optional.of(after);
    }

    private OutboxEntry send(OutboxEntry e) {
        if (e.platform() == org.switchboard.domain.Platform.EMAIL) {
            return sendMail(e);
        }
        Account account = e.accountId() == null ? null : repos.accounts().find(e.accountId()).orElse(null);
        if (account == null) {
            return refuse(e, "Not sent: the account '" + e.accountName() + "' was removed. Connect it again and send "
                    + "the reply once more, or answer on " + e.platform().displayName() + " directly.",
                    "ACCOUNT_REMOVED");
        }
        if (account.demo()) {
            return refuse(e, "Not sent: '" + account.name() + "' is a demo account, and replies from the demo "
                    + "workspace are never sent.", "DEMO_ACCOUNT");
        }
        Message target = e.targetMessageId() == null ? null : repos.messages().forCase(e.caseId()).stream()
                .filter(m -> m.id() == e.targetMessageId()).findFirst().orElse(null);
        if (target == null) {
            return refuse(e, "Not sent: the message this reply answers is no longer on the case (it was split off "
                    + "into another case). Write the reply on that case.", "MESSAGE_MOVED");
        }
        ReplyRequest request = request(e, target);
        Connector connector = connectors.create(account);
        if (e.readBack()) {
            Optional<PostedReply> found = connector.findExisting(request, e.firstAttemptAt().minus(CLOCK_SLACK));
            if (found.isPresent()) {
                LOG.info("Outbox entry {} was already posted as {} (found by reading back); not sending again",
                        e.id(), found.get().externalId());
                return sent(e, account, target, request, found.get(), "found by read-back");
            }
        }
        // the platform's rules at the moment of sending: a reply released in time may meet a closed window now
        List<ReplyProblem> problems = ReplyRules.check(ReplyRules.replyTo(target, account, request.recipientHandle(),
                e.channel(), e.text()), clock.instant());
        if (!problems.isEmpty()) {
            return refuse(e, "Not sent: " + String.join(" ", problems.stream().map(ReplyProblem::message).toList()),
                    "PLATFORM_RULES");
        }
        PostedReply posted = connector.reply(request);
        return sent(e, account, target, request, posted, null);
    }

    private ReplyRequest request(OutboxEntry e, Message target) {
        long contact = repos.cases().find(e.caseId()).map(c -> c.contactId()).orElse(0L);
        String recipient = repos.contacts().identities(contact).stream()
                .filter(i -> i.platform() == target.platform()).map(i -> i.handle()).findFirst().orElse(null);
        return new ReplyRequest(e.text(), e.channel(), target.externalId(), target.replyContext(), recipient,
                e.idempotencyKey());
    }

    /**
     * A reply by e-mail through the errands mailbox: to the contact's address, threaded under the customer's mail
     * (In-Reply-To, References) and with a Message-ID derived from the idempotency key, so a second copy after a
     * lost answer is recognisably the same mail. SMTP has no read-back here: a send whose answer was lost after the
     * mail was handed over is not repeated by itself but needs a person ({@code NEEDS_ATTENTION}).
     */
    private OutboxEntry sendMail(OutboxEntry e) {
        Message target = e.targetMessageId() == null ? null : repos.messages().forCase(e.caseId()).stream()
                .filter(m -> m.id() == e.targetMessageId()).findFirst().orElse(null);
        if (target == null) {
            return refuse(e, "Not sent: the message this reply answers is no longer on the case (it was split off "
                    + "into another case). Write the reply on that case.", "MESSAGE_MOVED");
        }
        if (cameThroughDemo(repos, target)) {
            return refuse(e, "Not sent: the e-mail answered came through a demo account, and replies from the demo "
                    + "workspace are never sent.", "DEMO_ACCOUNT");
        }
        String to = mailRecipient(repos, e.caseId());
        if (to == null) {
            return refuse(e, "Not sent: the contact has no e-mail address any more. Add one to the contact, then "
                    + "send the reply again.", "NO_ADDRESS");
        }
        Optional<String> from = mailbox.address();
        if (from.isEmpty()) {
            return attention(e, "The errands mailbox that sends replies by e-mail is not set up any more. Set it up "
                    + "again with 'mail set', then retry the reply: its text waits in the outbox.", "NO_MAILBOX");
        }
        String id = messageId(e.idempotencyKey(), from.get());
        String answered = target.externalId() != null && target.externalId().contains("@")
                ? angled(target.externalId()) : null;
        String subject = subject(target.subject(), e.text());
        if (e.readBack() && "INTERRUPTED".equals(e.failureKind())) {
            return attention(e, "Sending this e-mail was cut off (Switchboard stopped) after it may have reached the "
                    + "mail server, and Switchboard cannot see whether it did. Look in the mailbox's Sent folder or ask "
                    + "the customer; Retry sends it again with the same Message-ID " + id + ".", "MAIL_UNCONFIRMED");
        }
        try {
            mailbox.send(new org.switchboard.domain.mail.OutgoingMail(from.get(), null, List.of(to), null, subject,
                    e.text(), null, id, List.of(), answered, answered));
        } catch (org.switchboard.domain.mail.MailException x) {
            return mailFailed(e, x, id);
        } catch (org.switchboard.domain.ValidationException x) {
            return attention(e, x.getMessage() + " Then retry the reply: its text waits in the outbox.", "NO_MAILBOX");
        }
        Instant at = clock.instant();
        return repos.tx().inTransaction(() -> {
            conversations.addMessage(e.caseId(), null, new NewMessage(null, org.switchboard.domain.Platform.EMAIL, id,
                    Direction.OUT, org.switchboard.domain.MessageKind.EMAIL, from.get(), e.text(), subject, at, null,
                    null, null, answered, null, target.threadKey(), java.util.Map.of("to", to)));
            OutboxEntry done = new OutboxEntry(e.id(), e.draftId(), e.caseId(), e.accountId(), e.accountName(),
                    e.platform(), e.targetMessageId(), e.channel(), State.SENT, e.attempts(), e.readBack(), null, null,
                    id, null, e.idempotencyKey(), e.text(), e.createdAt(), at, e.firstAttemptAt(), at, null,
                    e.version());
            OutboxEntry saved = outbox.update(done).orElseThrow(() -> new IllegalStateException("outbox entry "
                    + e.id() + " changed while it was being sent"));
            audit.record("reply.sent", "case", e.caseId(), "email to " + to + " outbox " + e.id());
            return saved;
        });
    }

    /** Sorts a mail server's failure: later, refused, or a person must look. */
    private OutboxEntry mailFailed(OutboxEntry e, org.switchboard.domain.mail.MailException x, String id) {
        Instant now = clock.instant();
        if (x.mayHaveArrived()) {
            return attention(e, x.getMessage() + " The server may have accepted the mail before the connection broke, "
                    + "and Switchboard cannot see whether it did. Look in the mailbox's Sent folder or ask the "
                    + "customer; Retry sends it again with the same Message-ID " + id + ", so mail programs show one "
                    + "mail.", "MAIL_UNCONFIRMED");
        }
        return switch (x.kind()) {
            case LOGIN_REFUSED -> attention(e, x.getMessage() + " Then retry the reply: its text waits in the outbox.",
                    x.kind().name());
            case REJECTED -> refuse(e, "Not sent: " + x.getMessage() + " The text is back in the draft; check the "
                    + "contact's e-mail address or answer another way.", "REJECTED");
            case DEFERRED, UNREACHABLE, FAILED -> {
                if (e.attempts() >= MAX_ATTEMPTS) {
                    yield attention(e, "Tried " + e.attempts() + " times (last: " + x.getMessage() + "). Check the "
                            + "errands mailbox's server, then retry the reply.", x.kind().name());
                }
                Instant next = now.plus(RetryDelay.after(e.attempts(), e.idempotencyKey()));
                yield save(with(e, State.QUEUED, e.attempts(), e.readBack(), x.getMessage() + " Trying again at "
                        + next + ".", x.kind().name(), next, now, e.firstAttemptAt()));
            }
        };
    }

    /** "Re: " and the subject of the mail answered, else "Re: " and the reply's first words. */
    static String subject(String answered, String text) {
        if (answered != null && !answered.isBlank()) {
            String a = answered.strip().replaceAll("[\\r\\n]+", " ");
            return a.regionMatches(true, 0, "Re:", 0, 3) ? a : "Re: " + a;
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        return "Re: " + (first.length() > 60 ? first.substring(0, 60).strip() + "\u2026" : first);
    }

    /** Our Message-ID for a reply: the idempotency key at the sending address's domain. */
    static String messageId(String idempotencyKey, String from) {
        int at = from.lastIndexOf('@');
        String domain = at >= 0 && at < from.length() - 1 ? from.substring(at + 1).strip() : "switchboard.invalid";
        return "<" + idempotencyKey + ".reply@" + domain + ">";
    }

    private static String angled(String id) {
        String s = id.strip();
        return s.startsWith("<") ? s : "<" + s + ">";
    }

    /** True when {@code m} came in through one of the demo workspace's accounts. */
    static boolean cameThroughDemo(Repositories repos, Message m) {
        return m.accountId() != null && repos.accounts().find(m.accountId()).map(Account::demo).orElse(false);
    }

    /** The message a reply by e-mail answers: the one asked for, else the case's latest inbound message. */
    static Message mailTarget(List<Message> messages, long caseId, Long toMessageId) {
        if (toMessageId != null) {
            return messages.stream().filter(m -> m.id() == toMessageId).findFirst()
                    .orElseThrow(() -> new org.switchboard.domain.NotFoundException("message", toMessageId
                            + " in case " + caseId));
        }
        return messages.stream().filter(m -> m.direction() == Direction.IN)
                .max(java.util.Comparator.comparing(Message::createdAt).thenComparing(Message::id))
                .orElseThrow(() -> new org.switchboard.domain.ValidationException("case " + caseId
                        + " has no message from the customer to answer"));
    }

    /** The customer's e-mail address: the contact's e-mail identity, else the address on the contact; or null. */
    static String mailRecipient(Repositories repos, long caseId) {
        return repos.cases().find(caseId).flatMap(c -> {
            Optional<String> identity = repos.contacts().identities(c.contactId()).stream()
                    .filter(i -> i.platform() == org.switchboard.domain.Platform.EMAIL).map(i -> i.handle())
                    .filter(h -> h != null && h.contains("@")).findFirst();
            return identity.isPresent() ? identity : repos.contacts().find(c.contactId()).map(
                    org.switchboard.domain.Contact::email);
        }).orElse(null);
    }

    /** SENT, with the reply recorded on the case as an outbound message (once, even if sync already brought it). */
    private OutboxEntry sent(OutboxEntry e, Account account, Message target, ReplyRequest request, PostedReply posted,
                             String how) {
        Instant at = posted.createdAt() != null ? posted.createdAt() : clock.instant();
        return repos.tx().inTransaction(() -> {
            if (repos.messages().findByExternalId(account.id(), posted.externalId()).isEmpty()) {
                conversations.addMessage(e.caseId(), null, new NewMessage(account.id(), target.platform(),
                        posted.externalId(), Direction.OUT, target.kind(), account.name(), request.text(), null, at,
                        null, null, posted.url(), target.externalId(), null, target.threadKey(),
                        target.replyContext()));
            }
            OutboxEntry done = new OutboxEntry(e.id(), e.draftId(), e.caseId(), e.accountId(), e.accountName(),
                    e.platform(), e.targetMessageId(), e.channel(), State.SENT, e.attempts(), e.readBack(), null, null,
                    posted.externalId(), posted.url(), e.idempotencyKey(), e.text(), e.createdAt(), clock.instant(),
                    e.firstAttemptAt(), at, null, e.version());
            OutboxEntry saved = outbox.update(done).orElseThrow(() -> new IllegalStateException("outbox entry "
                    + e.id() + " changed while it was being sent"));
            audit.record("reply.sent", "case", e.caseId(), account.platform().id() + " " + e.channel().id()
                    + " outbox " + e.id() + (how == null ? "" : " (" + how + ")"));
            return saved;
        });
    }

    /** Sorts a platform failure: later, refused, or a person must act. */
    private OutboxEntry failed(OutboxEntry e, ConnectorException x) {
        Instant now = clock.instant();
        String platform = e.platform().displayName();
        return switch (x.kind()) {
            case RATE_LIMITED -> {
                Instant retry = x.retryAt() != null && x.retryAt().isAfter(now) ? x.retryAt()
                        : now.plus(RetryDelay.after(1, e.idempotencyKey()));
                // refused without being looked at: not an attempt, and nothing can have been posted
                yield save(with(e, State.QUEUED, e.attempts() - 1, e.readBack(), platform + " asked Switchboard to "
                        + "wait (rate limit); the reply goes out at " + retry + ".", x.kind().name(), retry, now,
                        e.firstAttemptAt()));
            }
            case NETWORK, SERVER_ERROR, MALFORMED -> {
                // the platform may have taken the reply without us hearing it: read back before any further send
                if (e.attempts() >= MAX_ATTEMPTS) {
                    yield attention(e, "Tried " + e.attempts() + " times without a clear answer from " + platform
                            + " (last: " + x.getMessage() + "). Look on " + platform + " whether the reply appeared; "
                            + "then retry it or discard it.", x.kind().name());
                }
                Instant next = now.plus(RetryDelay.after(e.attempts(), e.idempotencyKey()));
                yield save(with(e, State.QUEUED, e.attempts(), true, x.getMessage() + " Trying again at " + next
                        + "; before that Switchboard checks whether the reply already arrived.", x.kind().name(), next,
                        now, e.firstAttemptAt()));
            }
            case AUTH_EXPIRED -> attention(e, platform + " no longer accepts the sign-in of the account '"
                    + e.accountName() + "' (" + x.getMessage() + "). Reconnect the account, then retry the reply: its "
                    + "text waits in the outbox.", x.kind().name());
            case PERMISSION, CLIENT_ERROR -> refuse(e, "Not sent: " + x.getMessage()
                    + " The text is back in the draft; change it or answer another way.", x.kind().name());
        };
    }

    /** FAILED: the platform or a rule refused; the draft is editable again so the text is not lost. */
    /**
     * {@code kind}: why, as a code a window says in its own language (ACCOUNT_REMOVED, DEMO_ACCOUNT, MESSAGE_MOVED,
     * PLATFORM_RULES, NO_ADDRESS, REJECTED, PERMISSION, CLIENT_ERROR); {@code words} say it in English with details.
     */
    private OutboxEntry refuse(OutboxEntry e, String words, String kind) {
        return repos.tx().inTransaction(() -> {
            OutboxEntry failed = save(with(e, State.FAILED, e.attempts(), e.readBack(), words, kind, null,
                    clock.instant(), e.firstAttemptAt()));
            repos.drafts().find(e.draftId()).filter(d -> d.state() == Draft.State.RELEASED)
                    .ifPresent(d -> repos.drafts().update(d.withState(Draft.State.EDITING, clock.instant())));
            audit.record("reply.failed", "case", e.caseId(), "outbox " + e.id() + ": " + words);
            return failed;
        });
    }

    private OutboxEntry attention(OutboxEntry e, String words, String kind) {
        OutboxEntry held = save(with(e, State.NEEDS_ATTENTION, e.attempts(), e.readBack(), words, kind, null,
                clock.instant(), e.firstAttemptAt()));
        audit.record("reply.needs-attention", "case", e.caseId(), "outbox " + e.id() + ": " + words);
        return held;
    }

    private OutboxEntry save(OutboxEntry e) {
        return outbox.update(e).orElseGet(() -> outbox.find(e.id()).orElseThrow());
    }

    static OutboxEntry with(OutboxEntry e, State state, int attempts, boolean readBack, String lastError,
                            String failureKind, Instant nextAttemptAt, Instant updatedAt, Instant firstAttemptAt) {
        return new OutboxEntry(e.id(), e.draftId(), e.caseId(), e.accountId(), e.accountName(), e.platform(),
                e.targetMessageId(), e.channel(), state, Math.max(0, attempts), readBack, lastError, failureKind,
                e.externalId(), e.url(), e.idempotencyKey(), e.text(), e.createdAt(), updatedAt, firstAttemptAt,
                e.sentAt(), nextAttemptAt, e.version());
    }

    private void publish(OutboxEntry e) {
        events.publish(new Event.OutboxChanged(e.id(), e.caseId(), e.state()));
    }
}
