package org.switchboard.service.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.Priority;
import org.switchboard.service.Audit;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Stores what people wrote: contacts and identities, new cases and the messages of a case, with the
 * case's queue summary kept current. Used by the sync engine, manual intake and the demo workspace,
 * so all data arrives the same way. Background threads only.
 */
public final class ConversationService {
    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;

    public ConversationService(Repositories repos, Audit audit, EventBus events, Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Finds the contact owning any of the handles (the first handle wins), else creates it with all of them. */
    public Contact findOrCreateContact(ContactRef ref) {
        return repos.tx().inTransaction(() -> {
            for (ContactRef.Handle h : ref.handles()) {
                Optional<Identity> known = repos.contacts().findIdentity(h.platform(), h.handle());
                if (known.isPresent()) {
                    Contact c = repos.contacts().find(known.get().contactId())
                            .orElseThrow(() -> new NotFoundException("contact", known.get().contactId()));
                    addMissingHandles(c.id(), ref);
                    return c;
                }
            }
            Contact c = repos.contacts().insert(new Contact(0, ref.name(), ref.email(), ref.phone(), clock.instant(), 0));
            addMissingHandles(c.id(), ref);
            audit.record("contact.created", "contact", c.id(), c.name());
            return c;
        });
    }

    private void addMissingHandles(long contactId, ContactRef ref) {
        for (ContactRef.Handle h : ref.handles()) {
            if (repos.contacts().findIdentity(h.platform(), h.handle()).isEmpty()) {
                repos.contacts().addIdentity(new Identity(0, contactId, h.platform(), h.handle(), ref.name(), h.url()));
            }
        }
    }

    /** Records what a contact already tried before writing to us. */
    public EarlierAttempt addEarlierAttempt(EarlierAttempt attempt) {
        return repos.tx().inTransaction(() -> {
            EarlierAttempt saved = repos.contacts().addAttempt(attempt);
            audit.record("contact.attempt-added", "contact", attempt.contactId(),
                    attempt.date() + " " + attempt.channel() + " " + attempt.addressee());
            return saved;
        });
    }

    /** Opens a new case for {@code contact} whose first message is {@code first}. */
    public Case openCase(Contact contact, NewMessage first, Priority priority) {
        long[] messageId = new long[1];
        Case created = repos.tx().inTransaction(() -> {
            Instant now = clock.instant();
            Case c = repos.cases().insert(new Case(0, CaseStatus.NEW, null, priority, null, List.of(), contact.id(),
                    first.accountId(), first.platform(), Case.previewOf(first.text()), now, first.createdAt(),
                    null, 0, null, 0));
            audit.record("case.created", "case", c.id(), first.platform().id());
            return storeMessage(c, contact.id(), first, messageId);
        });
        events.publish(new Event.CaseChanged(created.id(), true, List.of(messageId[0])));
        return created;
    }

    /** Adds a message to an existing case and updates the case's summary. */
    public Case addMessage(long caseId, Long contactId, NewMessage message) {
        long[] messageId = new long[1];
        CaseStatus[] before = new CaseStatus[1];
        Case updated = repos.tx().inTransaction(() -> {
            Case c = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
            before[0] = c.status();
            return storeMessage(c, contactId, message, messageId);
        });
        // only a new message (the search index adds just it), unless the case's status changed with it
        events.publish(new Event.CaseChanged(caseId, false,
                updated.status() == before[0] ? List.of(messageId[0]) : List.of()));
        return updated;
    }

    private Case storeMessage(Case c, Long contactId, NewMessage m, long[] messageId) {
        messageId[0] = repos.messages().insert(toMessage(c.id(), contactId, m)).id();
        Case summarised = withMessage(c, m);
        if (reopensCase(c, m)) {
            // The customer wrote again: the case is back with us (a resolved one is reopened).
            summarised = summarised.withStatus(CaseStatus.OPEN, null, null);
            audit.record("case.reopened-by-customer", "case", c.id(), c.status().name());
        }
        return repos.cases().update(summarised);
    }

    /** The stored form of a new message of case {@code caseId}. */
    static Message toMessage(long caseId, Long contactId, NewMessage m) {
        Long author = m.direction() == Direction.IN ? contactId : null;
        return new Message(0, caseId, m.accountId(), m.platform(), m.externalId(), m.direction(),
                m.kind(), author, m.author(), m.text(), m.subject(), m.createdAt(), m.editedAt(), m.history(), m.url(),
                m.inReplyTo(), m.attachments(), m.threadKey(), m.replyContext());
    }

    /** An inbound message on a case that waits on the customer or is resolved brings it back to us. */
    static boolean reopensCase(Case c, NewMessage m) {
        return m.direction() == Direction.IN && (c.status() == CaseStatus.WAITING_CUSTOMER
                || c.status() == CaseStatus.RESOLVED);
    }

    /** A writer that stores a whole page of messages with a few batched statements (the sync engine's). */
    public MessageBatch batch() {
        return new MessageBatch(repos, audit, events, clock);
    }

    /**
     * The summary after one more message, without reading the others: a message older than the latest
     * only counts; a newer one sets the preview, and starts (inbound) or ends (outbound) the waiting time.
     */
    static Case withMessage(Case c, NewMessage m) {
        int count = c.messageCount() + 1;
        if (c.messageCount() > 0 && m.createdAt().isBefore(c.lastActivityAt())) {
            return c.withSummary(c.preview(), c.lastActivityAt(), c.waitingSince(), count);
        }
        Instant waiting = m.direction() == Direction.OUT ? null
                : c.waitingSince() != null ? c.waitingSince() : m.createdAt();
        return c.withSummary(Case.previewOf(m.text()), m.createdAt(), waiting, count);
    }

    /**
     * The queue summary of a case recomputed from all its messages: preview of the latest message, last activity, and since when the
     * contact waits (the first inbound message after our last outbound one).
     */
    static Case summarise(Case c, List<Message> messages) {
        List<Message> ordered = messages.stream().sorted(Comparator.comparing(Message::createdAt)).toList();
        Message latest = ordered.getLast();
        Instant waiting = null;
        for (Message m : ordered) {
            if (m.direction() == Direction.OUT) {
                waiting = null;
            } else if (waiting == null) {
                waiting = m.createdAt();
            }
        }
        return c.withSummary(Case.previewOf(latest.text()), latest.createdAt(), waiting, messages.size());
    }
}
