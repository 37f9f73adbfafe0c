package org.switchboard.app.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Priority;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.service.Workspace;
import org.switchboard.service.events.Event;
import org.switchboard.store.Jdbc;
import org.switchboard.store.JdbcCaseRepository;
import org.switchboard.store.JdbcMessageRepository;

/**
 * Builds the bulk of a large benchmark workspace quickly: the same synthetic conversations the sync path
 * would store, written straight into the tables with JDBC batches (contacts, identities, cases with their
 * summaries, messages), with realistic statuses, priorities and assignees by age. Every case is then
 * announced like a new case from sync, so the search index is built by the real indexer. Only the
 * measured ingest sample goes through the sync path; the benchmark's table says how much was bulk-loaded.
 */
final class BulkLoad {
    private static final int THREADS_PER_CHUNK = 2_000;
    /** The loader waits for the indexer after this many cases, so the indexer's backlog stays small. */
    private static final int CASES_PER_INDEX_WAIT = 20_000;

    private final Jdbc jdbc;
    private final Workspace ws;
    private final PrintWriter progress;
    private final Instant now;
    private final JdbcCaseRepository cases;
    private final JdbcMessageRepository messages;
    private long loadedCases;
    private long loadedMessages;
    private long sinceWait;

    BulkLoad(Jdbc jdbc, Workspace ws, PrintWriter progress, Instant now) {
        this.jdbc = jdbc;
        this.ws = ws;
        this.progress = progress;
        this.now = now;
        this.cases = new JdbcCaseRepository(jdbc);
        this.messages = new JdbcMessageRepository(jdbc);
    }

    long cases() {
        return loadedCases;
    }

    long messages() {
        return loadedMessages;
    }

    /** Loads every conversation of {@code source} as stored by account {@code account}. */
    void load(Account account, SyntheticConnector source) {
        Map<String, Long> contacts = new HashMap<>();
        int per = source.perThread();
        for (long t0 = 0; t0 < source.threads(); t0 += THREADS_PER_CHUNK) {
            long t1 = Math.min(source.threads(), t0 + THREADS_PER_CHUNK);
            List<List<InboundItem>> threads = new ArrayList<>();
            for (long t = t0; t < t1; t++) {
                List<InboundItem> thread = new ArrayList<>(per);
                for (int p = 0; p < per; p++) {
                    thread.add(source.item(t * per + p));
                }
                threads.add(thread);
            }
            jdbc.inDeferredWriteTransaction(() -> {
                chunk(account, threads, contacts);
                return null;
            });
            if (sinceWait >= CASES_PER_INDEX_WAIT) {
                ws.search().awaitIndexed(Duration.ofHours(1));
                sinceWait = 0;
                progress.printf("  %,d cases, %,d messages bulk-loaded and indexed%n", loadedCases, loadedMessages);
                progress.flush();
            }
        }
    }

    private void chunk(Account account, List<List<InboundItem>> threads, Map<String, Long> contacts) {
        // contacts first (the first customer message of a thread names its author)
        List<String> newHandles = new ArrayList<>();
        List<Object[]> newContacts = new ArrayList<>();
        for (List<InboundItem> thread : threads) {
            InboundItem first = thread.getFirst();
            String handle = first.author().handle();
            if (!contacts.containsKey(handle) && !newHandles.contains(handle)) {
                newHandles.add(handle);
                newContacts.add(new Object[] {first.author().name(), first.createdAt()});
            }
        }
        long[] ids = jdbc.batchInsert("INSERT INTO contacts (name, email, phone, created_at, version) "
                + "VALUES (?, NULL, NULL, ?, 0)", newContacts);
        List<Object[]> identities = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            contacts.put(newHandles.get(i), ids[i]);
            identities.add(new Object[] {ids[i], account.platform().id(), newHandles.get(i), newContacts.get(i)[0]});
        }
        jdbc.batch("INSERT INTO identities (contact_id, platform, handle, display_name, url) VALUES (?, ?, ?, ?, NULL)",
                identities);

        List<Case> newCases = new ArrayList<>();
        for (List<InboundItem> thread : threads) {
            newCases.add(summary(account, thread, contacts.get(thread.getFirst().author().handle())));
        }
        List<Case> stored = cases.insertAll(newCases);
        List<Message> rows = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            Case c = stored.get(i);
            for (InboundItem item : threads.get(i)) {
                Direction d = item.fromOrganisation() ? Direction.OUT : Direction.IN;
                rows.add(new Message(0, c.id(), account.id(), account.platform(), item.externalId(), d, item.kind(),
                        d == Direction.IN ? c.contactId() : null, d == Direction.IN ? item.author().name()
                        : account.name(), item.text(), null, item.createdAt(), null, List.of(), null,
                        item.inReplyTo(), List.of(), item.threadKey(), Map.of()));
            }
        }
        List<Message> written = messages.insertAll(rows);
        Map<Long, List<Long>> byCase = new HashMap<>();
        written.forEach(m -> byCase.computeIfAbsent(m.caseId(), k -> new ArrayList<>()).add(m.id()));
        jdbc.batch("INSERT INTO audit_log (logged_at, actor, action, subject_type, subject_id, detail) "
                + "VALUES (?, 'bench', 'case.created', 'case', ?, ?)", stored.stream()
                .map(c -> new Object[] {c.createdAt(), String.valueOf(c.id()), account.platform().id()}).toList());
        for (Case c : stored) {
            ws.events().publish(new Event.CaseChanged(c.id(), true, byCase.get(c.id())));
        }
        loadedCases += stored.size();
        loadedMessages += written.size();
        sinceWait += stored.size();
    }

    /**
     * The case of a whole conversation, with a status by its age: most conversations older than two weeks
     * are closed or resolved, recent ones are new, open or waiting; a few are urgent or high; some are assigned.
     */
    private Case summary(Account account, List<InboundItem> thread, long contactId) {
        SplittableRandom r = new SplittableRandom(thread.getFirst().externalId().hashCode());
        Instant created = thread.getFirst().createdAt();
        InboundItem last = thread.getFirst();
        Instant waiting = null;
        for (InboundItem i : thread) {
            if (!i.createdAt().isBefore(last.createdAt())) {
                last = i;
            }
            if (i.fromOrganisation()) {
                waiting = null;
            } else if (waiting == null) {
                waiting = i.createdAt();
            }
        }
        boolean old = created.isBefore(now.minus(Duration.ofDays(14)));
        int dice = r.nextInt(100);
        CaseStatus status = old ? (dice < 85 ? CaseStatus.CLOSED : dice < 95 ? CaseStatus.RESOLVED
                : CaseStatus.WAITING_CUSTOMER)
                : dice < 30 ? CaseStatus.NEW : dice < 60 ? CaseStatus.OPEN : dice < 80 ? CaseStatus.WAITING_CUSTOMER
                : dice < 90 ? CaseStatus.WAITING_INTERNAL : CaseStatus.RESOLVED;
        boolean finished = status == CaseStatus.CLOSED || status == CaseStatus.RESOLVED;
        int p = r.nextInt(100);
        Priority priority = p < 1 ? Priority.URGENT : p < 6 ? Priority.HIGH : p < 16 ? Priority.LOW : Priority.NORMAL;
        String assignee = r.nextInt(3) == 0 ? "agent" + r.nextInt(8) : null;
        return new Case(0, status, finished ? Outcome.ANSWERED : null, priority, assignee, List.of(), contactId,
                account.id(), account.platform(), Case.previewOf(last.text()), created, last.createdAt(), waiting,
                thread.size(), finished ? last.createdAt() : null, 0);
    }
}
