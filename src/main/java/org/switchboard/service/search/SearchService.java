package org.switchboard.service.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Errand;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.Note;
import org.switchboard.domain.search.SearchDocument;
import org.switchboard.domain.search.SearchDocument.Kind;
import org.switchboard.domain.search.SearchHit;
import org.switchboard.domain.search.SearchIndex;
import org.switchboard.domain.search.SearchQuery;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Search over messages, notes, contacts and errands. The index follows the database on a background thread:
 * a case whose only change is new messages gets just those messages added (and, when new, its contact); any
 * other change re-indexes the whole case. What was indexed becomes searchable at the next refresh, at most
 * {@link #REFRESH_EVERY_NANOS} after the previous one, so a change is searchable within about a second of
 * being indexed (ADR 0016). The whole index can be rebuilt from the database at any time
 * ({@code search --reindex}).
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final Repositories repos;
    private final SearchIndex index;
    /** The longest time between indexing something and making it searchable (an NRT reader refresh). */
    static final long REFRESH_EVERY_NANOS = 1_000_000_000L;
    /** Cases whose new messages are read from the database in one go. */
    private static final int CHUNK = 500;

    private final ScheduledExecutorService indexer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    /** Changes not indexed yet, by case (guarded by itself). */
    private final Map<Long, Change> pending = new LinkedHashMap<>();
    private boolean drainQueued;
    // indexer thread only:
    private long lastRefresh = System.nanoTime();
    private boolean refreshScheduled;
    private boolean unrefreshed;

    /** What happened to one case since it was last indexed. */
    private static final class Change {
        boolean whole;
        boolean created;
        final Set<Long> messages = new LinkedHashSet<>();
    }

    public SearchService(Repositories repos, SearchIndex index, EventBus events) {
        this.repos = repos;
        this.index = index;
        events.subscribe(this::onEvent);
    }

    /** Searches; the query may hold filters ({@code platform: status: from: unit: before: after:}). Background thread. */
    public List<SearchHit> search(String text, int limit) {
        SearchQuery query = SearchQuery.parse(text, limit);
        if (!built) {
            ensureBuilt();
        }
        return index.search(query);
    }

    private volatile boolean built;

    /** Re-indexes one case now (after it changed). Background thread. */
    public void reindexCase(long caseId) {
        index.replaceCase(caseId, documentsOf(caseId));
        index.refresh();
    }

    /** Rebuilds the whole index from the database, telling {@code progress} how many cases are done. */
    public long reindexAll(LongConsumer progress) {
        index.clear();
        long done = 0;
        long lastId = 0;
        while (true) {
            List<Long> ids = repos.cases().idsAfter(lastId, 500);
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                index.replaceCase(id, documentsOf(id));
                done++;
            }
            lastId = ids.getLast();
            index.refresh();
            progress.accept(done);
        }
        index.refresh();
        return done;
    }

    /** Builds the index when it is empty but the database is not (first start, deleted or damaged index). */
    public void ensureBuilt() {
        if (index.documentCount() == 0 && repos.cases().countAll() > 0) {
            LOG.info("The search index is empty; building it from the database");
            reindexAll(n -> { });
        }
        built = true;
    }

    /** Waits until every queued change is indexed and searchable (tests, and before the window closes). */
    public void awaitIndexed() {
        awaitIndexed(java.time.Duration.ofSeconds(30));
    }

    /** As {@link #awaitIndexed()}, waiting at most {@code timeout}. */
    public void awaitIndexed(java.time.Duration timeout) {
        try {
            indexer.submit(() -> {
                drain();
                refreshNow();
            }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the search indexer did not finish: " + e.getMessage(), e);
        }
    }

    private void onEvent(Event e) {
        switch (e) {
            case Event.CaseChanged c -> queue(c);
            case Event.WorkspaceReplaced w -> indexer.execute(() -> run(() -> reindexAll(n -> { })));
            default -> { }
        }
    }

    private void queue(Event.CaseChanged c) {
        synchronized (pending) {
            Change change = pending.computeIfAbsent(c.caseId(), k -> new Change());
            if (c.addedMessages().isEmpty()) {
                change.whole = true;
            } else {
                change.messages.addAll(c.addedMessages());
                change.created |= c.created();
            }
            if (drainQueued) {
                return;
            }
            drainQueued = true;
        }
        indexer.execute(this::drain);
    }

    /** Indexes everything queued so far (indexer thread). */
    private void drain() {
        Map<Long, Change> batch;
        synchronized (pending) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            drainQueued = false;
        }
        if (batch.isEmpty()) {
            return;
        }
        run(() -> {
            List<Long> added = new ArrayList<>();
            for (var entry : batch.entrySet()) {
                if (entry.getValue().whole) {
                    index.replaceCase(entry.getKey(), documentsOf(entry.getKey()));
                } else {
                    added.add(entry.getKey());
                }
            }
            for (int from = 0; from < added.size(); from += CHUNK) {
                index.upsert(addedDocuments(added.subList(from, Math.min(added.size(), from + CHUNK)), batch));
            }
        });
        refreshSoon();
    }

    /** Makes the indexed changes searchable now, or at most {@link #REFRESH_EVERY_NANOS} after the last refresh. */
    private void refreshSoon() {
        unrefreshed = true;
        long since = System.nanoTime() - lastRefresh;
        if (since >= REFRESH_EVERY_NANOS) {
            refreshNow();
        } else if (!refreshScheduled) {
            refreshScheduled = true;
            indexer.schedule(() -> {
                refreshScheduled = false;
                if (unrefreshed) {
                    refreshNow();
                }
            }, REFRESH_EVERY_NANOS - since, TimeUnit.NANOSECONDS);
        }
    }

    private void refreshNow() {
        run(index::refresh);
        lastRefresh = System.nanoTime();
        unrefreshed = false;
    }

    /** The documents of new messages (and of the contacts of new cases), read in a few queries. */
    private List<SearchDocument> addedDocuments(List<Long> caseIds, Map<Long, Change> changes) {
        List<Long> messageIds = new ArrayList<>();
        caseIds.forEach(id -> messageIds.addAll(changes.get(id).messages));
        List<Message> messages = repos.messages().findByIds(messageIds);
        Set<Long> allCases = new LinkedHashSet<>(caseIds);
        messages.forEach(m -> allCases.add(m.caseId())); // a message may have moved meanwhile
        Map<Long, Case> cases = new java.util.HashMap<>();
        repos.cases().findAll(allCases).forEach(c -> cases.put(c.id(), c));
        List<SearchDocument> docs = new ArrayList<>();
        for (Message m : messages) {
            Case c = cases.get(m.caseId());
            if (c != null) {
                docs.add(messageDocument(m, c.status().name()));
            }
        }
        List<Case> created = caseIds.stream().filter(id -> changes.get(id).created).map(cases::get)
                .filter(java.util.Objects::nonNull).toList();
        if (!created.isEmpty()) {
            List<Long> contactIds = created.stream().map(Case::contactId).distinct().toList();
            Map<Long, Contact> contacts = new java.util.HashMap<>();
            repos.contacts().findAll(contactIds).forEach(c -> contacts.put(c.id(), c));
            Map<Long, List<Identity>> identities = repos.contacts().identitiesOf(contactIds);
            for (Case c : created) {
                Contact contact = contacts.get(c.contactId());
                if (contact != null) {
                    docs.add(contactDocument(contact, identities.getOrDefault(contact.id(), List.of()), c));
                }
            }
        }
        return docs;
    }

    private static SearchDocument messageDocument(Message m, String status) {
        String text = (m.subject() == null ? "" : m.subject() + "\n") + m.text();
        return new SearchDocument(Kind.MESSAGE, m.id(), m.caseId(), text, m.platform().id(), status, m.author(), null,
                m.createdAt());
    }

    private static SearchDocument contactDocument(Contact contact, List<Identity> identities, Case c) {
        StringBuilder t = new StringBuilder(contact.name());
        for (Identity i : identities) {
            t.append(' ').append(i.handle());
        }
        if (contact.email() != null) {
            t.append(' ').append(contact.email());
        }
        return new SearchDocument(Kind.CONTACT, contact.id(), c.id(), t.toString(), c.platform().id(),
                c.status().name(), contact.name(), null, contact.createdAt());
    }

    private static void run(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ex) {
            LOG.warn("Indexing failed; 'search --reindex' rebuilds the index", ex);
        }
    }

    /** Everything of a case that can be found: its messages, notes, errands and its contact. */
    List<SearchDocument> documentsOf(long caseId) {
        Optional<Case> found = repos.cases().find(caseId);
        if (found.isEmpty()) {
            return List.of();
        }
        Case c = found.get();
        String platform = c.platform().id();
        String status = c.status().name();
        List<SearchDocument> docs = new ArrayList<>();
        Optional<Contact> contact = repos.contacts().find(c.contactId());
        String contactName = contact.map(Contact::name).orElse(null);
        for (Message m : repos.messages().forCase(caseId)) {
            docs.add(messageDocument(m, status));
        }
        for (Note n : repos.notes().forCase(caseId)) {
            docs.add(new SearchDocument(Kind.NOTE, n.id(), caseId, n.text(), platform, status, n.author(), null,
                    n.createdAt()));
        }
        for (Errand e : repos.errands().forCase(caseId)) {
            docs.add(new SearchDocument(Kind.ERRAND, e.id(), caseId, e.ref().value() + " " + e.unitKey() + " "
                    + (e.recipient() == null ? "" : e.recipient()), platform, status, null, e.unitKey(), e.createdAt()));
        }
        contact.ifPresent(x -> docs.add(contactDocument(x, repos.contacts().identities(c.contactId()), c)));
        return docs;
    }

    @Override
    public void close() {
        indexer.shutdown();
        try {
            indexer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
