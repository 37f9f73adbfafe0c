package org.switchboard.service.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Priority;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.cases.Repositories;

/**
 * Stores one fetched item: deduplicates by (account, external id), keeps edits as history, and threads
 * the item into a case. Runs inside the sync transaction of its page.
 *
 * <p>Threading, in order: a reply joins the case of the message it answers; a direct message joins
 * the case of its conversation, else the contact's open case; an item whose thread root is a stored
 * message joins that case; anything else opens a new case. The organisation's own top-level posts are
 * not cases; its replies are stored as outbound messages on the case they answer.
 */
final class Ingest {
    enum Outcome { NEW, UPDATED, UNCHANGED, SKIPPED }

    /** Cases whose messages were edited in place (their events are published by the caller). */
    final java.util.Set<Long> editedCases = new java.util.LinkedHashSet<>();

    private final Repositories repos;
    private final ConversationService conversations;

    Ingest(Repositories repos, ConversationService conversations) {
        this.repos = repos;
        this.conversations = conversations;
    }

    Outcome item(Account account, InboundItem item) {
        Optional<Message> known = repos.messages().findByExternalId(account.id(), item.externalId());
        if (known.isPresent()) {
            return edit(known.get(), item);
        }
        if (item.fromOrganisation()) {
            return ourOwn(account, item);
        }
        Contact contact = conversations.findOrCreateContact(new ContactRef(item.author().name(), null, null,
                List.of(new ContactRef.Handle(account.platform(), item.author().handle(), item.author().profileUrl()))));
        NewMessage message = toMessage(account, item, Direction.IN, item.author().name());
        Optional<Case> home = caseFor(account, item, contact);
        if (home.isPresent()) {
            conversations.addMessage(home.get().id(), contact.id(), message);
        } else {
            conversations.openCase(contact, message, Priority.NORMAL);
        }
        return Outcome.NEW;
    }

    private Outcome ourOwn(Account account, InboundItem item) {
        // Our answer belongs to the message it answers; in a direct conversation, to the conversation's case.
        // Our own top-level posts (no parent) are not cases, even when comments under them are.
        Optional<Case> answered = parentCase(account, item.inReplyTo());
        if (answered.isEmpty() && item.kind() == MessageKind.DIRECT) {
            answered = threadCase(account, item);
        }
        if (answered.isEmpty()) {
            return Outcome.SKIPPED; // our own post or a reply outside any case: not work for the queue
        }
        conversations.addMessage(answered.get().id(), null, toMessage(account, item, Direction.OUT, account.name()));
        return Outcome.NEW;
    }

    private Optional<Case> caseFor(Account account, InboundItem item, Contact contact) {
        Optional<Case> parent = parentCase(account, item.inReplyTo());
        if (parent.isPresent()) {
            return parent;
        }
        if (item.kind() == MessageKind.DIRECT) {
            return threadCase(account, item).or(() -> repos.cases().openCasesOf(contact.id()).stream()
                    .filter(c -> Objects.equals(c.accountId(), account.id())).findFirst());
        }
        if (item.threadKey() != null && !item.threadKey().equals(item.externalId())) {
            return repos.messages().findByExternalId(account.id(), item.threadKey()).flatMap(this::openCaseOf);
        }
        return Optional.empty();
    }

    private Optional<Case> parentCase(Account account, String parentId) {
        if (parentId == null) {
            return Optional.empty();
        }
        return repos.messages().findByExternalId(account.id(), parentId).flatMap(this::openCaseOf);
    }

    private Optional<Case> threadCase(Account account, InboundItem item) {
        if (item.threadKey() == null) {
            return Optional.empty();
        }
        return repos.messages().firstInThread(account.id(), item.threadKey()).flatMap(this::openCaseOf);
    }

    /** A closed case is history: a new message about it starts a new case. A resolved one is reopened. */
    private Optional<Case> openCaseOf(Message m) {
        return repos.cases().find(m.caseId()).filter(c -> c.status() != CaseStatus.CLOSED);
    }

    private Outcome edit(Message stored, InboundItem item) {
        boolean textChanged = !stored.text().equals(item.text());
        if (!textChanged && Objects.equals(stored.editedAt(), item.editedAt())) {
            return Outcome.UNCHANGED;
        }
        List<MessageEdit> added = new ArrayList<>();
        for (MessageEdit h : item.history()) {
            if (!h.text().equals(item.text()) && stored.history().stream().noneMatch(e -> e.text().equals(h.text()))) {
                added.add(h);
            }
        }
        if (textChanged && added.stream().noneMatch(e -> e.text().equals(stored.text()))
                && stored.history().stream().noneMatch(e -> e.text().equals(stored.text()))) {
            added.add(new MessageEdit(stored.text(), stored.editedAt() != null ? stored.editedAt() : stored.createdAt()));
        }
        List<MessageEdit> all = new ArrayList<>(stored.history());
        all.addAll(added);
        editedCases.add(stored.caseId());
        repos.messages().updateEdited(stored.edited(item.text(),
                item.editedAt() != null ? item.editedAt() : stored.editedAt(), all), added);
        return Outcome.UPDATED;
    }

    private static NewMessage toMessage(Account account, InboundItem item, Direction direction, String author) {
        return new NewMessage(account.id(), account.platform(), item.externalId(), direction, item.kind(), author,
                item.text(), item.subject(), item.createdAt(), item.editedAt(), item.history(), item.url(),
                item.inReplyTo(), item.attachments(), item.threadKey(), item.replyContext());
    }
}
