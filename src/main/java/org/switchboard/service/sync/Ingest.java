package org.switchboard.service.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.switchboard.domain.Account;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageEdit;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Priority;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.MessageBatch;
import org.switchboard.service.cases.MessageBatch.CaseState;
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
 *
 * <p>A page is stored with a few statements (ADR 0016): the stored messages the page refers to, their cases
 * and the authors' contacts are read in one query each; what the page adds is written in batches at the end
 * ({@link MessageBatch}). Items refer to earlier items of the same page through the page's own map.
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

    /** Stores a page of items (oldest first) inside the caller's transaction; one outcome per item. */
    List<Outcome> page(Account account, List<InboundItem> items) {
        Page p = new Page(account, conversations.batch());
        p.prefetch(items);
        List<Outcome> out = new ArrayList<>(items.size());
        for (InboundItem item : items) {
            out.add(p.item(item));
        }
        p.batch.flush();
        return out;
    }

    /** Stores one item. */
    Outcome item(Account account, InboundItem item) {
        return page(account, List.of(item)).getFirst();
    }

    /** Where an item of the page went, to find it again from later items of the same page. */
    private record Placed(Instant createdAt, CaseState kase) {}

    private final class Page {
        final Account account;
        final MessageBatch batch;
        /** Stored messages by external id, as read at the start (or later) of the page; null value: not stored. */
        final Map<String, Message> stored = new HashMap<>();
        /** Messages this page added, by external id. */
        final Map<String, CaseState> added = new HashMap<>();
        /** The earliest stored message of a thread (read once per thread and page). */
        final Map<String, Optional<Message>> firstStored = new HashMap<>();
        /** The earliest message of a thread this page added. */
        final Map<String, Placed> firstAdded = new HashMap<>();

        Page(Account account, MessageBatch batch) {
            this.account = account;
            this.batch = batch;
        }

        void prefetch(List<InboundItem> items) {
            Set<String> ids = new HashSet<>();
            Set<String> handles = new HashSet<>();
            for (InboundItem i : items) {
                addIfPresent(ids, i.externalId());
            }
            // a parent or thread root that is an item of this page is looked up above or added by this page
            Set<String> others = new HashSet<>();
            for (InboundItem i : items) {
                if (i.inReplyTo() != null && !ids.contains(i.inReplyTo())) {
                    others.add(i.inReplyTo());
                }
                if (i.threadKey() != null && !ids.contains(i.threadKey())) {
                    others.add(i.threadKey());
                }
                if (!i.fromOrganisation() && i.author() != null) {
                    addIfPresent(handles, i.author().handle());
                }
            }
            ids.addAll(others);
            Map<String, Message> found = repos.messages().findByExternalIds(account.id(), ids);
            ids.forEach(id -> stored.put(id, found.get(id)));
            batch.preloadCases(found.values().stream().map(Message::caseId).toList());
            batch.preloadContacts(account.platform(), handles);
        }

        private static void addIfPresent(Set<String> set, String value) {
            if (value != null) {
                set.add(value);
            }
        }

        /** The stored message with this external id, without history. */
        Optional<Message> storedMessage(String externalId) {
            if (externalId == null) {
                return Optional.empty();
            }
            if (!stored.containsKey(externalId)) {
                stored.put(externalId, repos.messages().findByExternalId(account.id(), externalId).orElse(null));
            }
            return Optional.ofNullable(stored.get(externalId));
        }

        Outcome item(InboundItem item) {
            if (item.externalId() != null && added.containsKey(item.externalId())) {
                // the same item twice in one page: write the first, then treat this one as a possible edit
                batch.flush();
                return edit(repos.messages().findByExternalId(account.id(), item.externalId()).orElseThrow(), item);
            }
            Optional<Message> known = storedMessage(item.externalId());
            if (known.isPresent()) {
                Message m = known.get();
                if (m.text().equals(item.text()) && Objects.equals(m.editedAt(), item.editedAt())) {
                    return Outcome.UNCHANGED;
                }
                return edit(repos.messages().findByExternalId(account.id(), item.externalId()).orElseThrow(), item);
            }
            if (item.fromOrganisation()) {
                return ourOwn(item);
            }
            Contact contact = contactOf(item);
            NewMessage message = toMessage(account, item, Direction.IN, item.author().name());
            Optional<CaseState> home = caseFor(item, contact);
            CaseState kase;
            if (home.isPresent()) {
                kase = home.get();
                batch.addMessage(kase, contact.id(), message);
            } else {
                kase = batch.openCase(contact, message, Priority.NORMAL);
            }
            placed(item, kase);
            return Outcome.NEW;
        }

        private Contact contactOf(InboundItem item) {
            String handle = item.author().handle();
            if (handle == null || handle.isBlank()) {
                return conversations.findOrCreateContact(new ContactRef(item.author().name(), null, null,
                        List.of(new ContactRef.Handle(account.platform(), handle, item.author().profileUrl()))));
            }
            return batch.contact(item.author().name(), account.platform(), handle, item.author().profileUrl());
        }

        private void placed(InboundItem item, CaseState kase) {
            if (item.externalId() != null) {
                added.put(item.externalId(), kase);
            }
            if (item.threadKey() != null) {
                Placed first = firstAdded.get(item.threadKey());
                if (first == null || item.createdAt().isBefore(first.createdAt())) {
                    firstAdded.put(item.threadKey(), new Placed(item.createdAt(), kase));
                }
            }
        }

        private Outcome ourOwn(InboundItem item) {
            // Our answer belongs to the message it answers; in a direct conversation, to the conversation's case.
            // Our own top-level posts (no parent) are not cases, even when comments under them are.
            Optional<CaseState> answered = parentCase(item.inReplyTo());
            if (answered.isEmpty() && item.kind() == MessageKind.DIRECT) {
                answered = threadCase(item);
            }
            if (answered.isEmpty()) {
                return Outcome.SKIPPED; // our own post or a reply outside any case: not work for the queue
            }
            batch.addMessage(answered.get(), null, toMessage(account, item, Direction.OUT, account.name()));
            placed(item, answered.get());
            return Outcome.NEW;
        }

        private Optional<CaseState> caseFor(InboundItem item, Contact contact) {
            Optional<CaseState> parent = parentCase(item.inReplyTo());
            if (parent.isPresent()) {
                return parent;
            }
            if (item.kind() == MessageKind.DIRECT) {
                return threadCase(item).or(() -> contactsOpenCase(contact));
            }
            if (item.threadKey() != null && !item.threadKey().equals(item.externalId())) {
                return caseOf(item.threadKey());
            }
            return Optional.empty();
        }

        private Optional<CaseState> parentCase(String parentId) {
            return parentId == null ? Optional.empty() : caseOf(parentId);
        }

        /** The open case of the message with this external id (stored before or added by this page). */
        private Optional<CaseState> caseOf(String externalId) {
            CaseState here = added.get(externalId);
            if (here != null) {
                return open(here);
            }
            return storedMessage(externalId).flatMap(m -> batch.caseState(m.caseId())).flatMap(this::open);
        }

        private Optional<CaseState> threadCase(InboundItem item) {
            if (item.threadKey() == null) {
                return Optional.empty();
            }
            Optional<Message> first = firstStored.computeIfAbsent(item.threadKey(),
                    k -> repos.messages().firstInThread(account.id(), k));
            Placed firstHere = firstAdded.get(item.threadKey());
            if (firstHere != null && (first.isEmpty() || firstHere.createdAt().isBefore(first.get().createdAt()))) {
                return open(firstHere.kase());
            }
            return first.flatMap(m -> batch.caseState(m.caseId())).flatMap(this::open);
        }

        private Optional<CaseState> contactsOpenCase(Contact contact) {
            if (batch.hasPending()) {
                batch.flush(); // the query below must see the cases this page opened or changed
            }
            return repos.cases().openCasesOf(contact.id()).stream()
                    .filter(c -> Objects.equals(c.accountId(), account.id())).findFirst()
                    .flatMap(c -> batch.caseState(c.id()));
        }

        /** A closed case is history: a new message about it starts a new case. A resolved one is reopened. */
        private Optional<CaseState> open(CaseState c) {
            return c.status() == CaseStatus.CLOSED ? Optional.empty() : Optional.of(c);
        }
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
