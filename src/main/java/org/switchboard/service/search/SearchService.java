package org.switchboard.service.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
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
 * Search over messages, notes, contacts and errands. The index follows the database: every changed case
 * is re-indexed on a background thread right after the change (searchable within about a second), and the
 * whole index can be rebuilt from the database at any time ({@code search --reindex}).
 */
public final class SearchService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final Repositories repos;
    private final SearchIndex index;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    private final Set<Long> pending = new LinkedHashSet<>();

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

    /** Waits until every queued change is indexed (tests, and before the window closes). */
    public void awaitIndexed() {
        try {
            indexer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the search indexer did not finish: " + e.getMessage(), e);
        }
    }

    private void onEvent(Event e) {
        switch (e) {
            case Event.CaseChanged c -> queue(c.caseId());
            case Event.WorkspaceReplaced w -> indexer.execute(() -> run(() -> reindexAll(n -> { })));
            default -> { }
        }
    }

    private void queue(long caseId) {
        synchronized (pending) {
            if (!pending.add(caseId)) {
                return;
            }
        }
        indexer.execute(() -> {
            List<Long> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            run(() -> {
                batch.forEach(id -> index.replaceCase(id, documentsOf(id)));
                index.refresh();
            });
        });
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
            String text = (m.subject() == null ? "" : m.subject() + "\n") + m.text();
            docs.add(new SearchDocument(Kind.MESSAGE, m.id(), caseId, text, m.platform().id(), status, m.author(), null,
                    m.createdAt()));
        }
        for (Note n : repos.notes().forCase(caseId)) {
            docs.add(new SearchDocument(Kind.NOTE, n.id(), caseId, n.text(), platform, status, n.author(), null,
                    n.createdAt()));
        }
        for (Errand e : repos.errands().forCase(caseId)) {
            docs.add(new SearchDocument(Kind.ERRAND, e.id(), caseId, e.ref().value() + " " + e.unitKey() + " "
                    + (e.recipient() == null ? "" : e.recipient()), platform, status, null, e.unitKey(), e.createdAt()));
        }
        if (contact.isPresent()) {
            StringBuilder t = new StringBuilder(contactName);
            for (Identity i : repos.contacts().identities(c.contactId())) {
                t.append(' ').append(i.handle());
            }
            contact.map(Contact::email).ifPresent(x -> t.append(' ').append(x));
            docs.add(new SearchDocument(Kind.CONTACT, c.contactId(), caseId, t.toString(), platform, status,
                    contactName, null, contact.get().createdAt()));
        }
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
