package org.switchboard.service.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.service.Audit;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Stores many messages the way {@link ConversationService} stores one, but with a few batched statements:
 * cases and contacts are read once for the whole page, new cases, messages, case summaries and audit lines
 * are written as JDBC batches in {@link #flush()}, and each touched case is announced once (ADR 0016).
 * Used inside one transaction (the sync engine's page); not thread-safe; background threads only.
 */
public final class MessageBatch {
    /** A case as this batch sees it: stored, or opened in this batch and not written yet (id 0). */
    public static final class CaseState {
        private Case kase;
        private boolean created;
        private boolean dirty;
        private CaseStatus statusBefore;
        private final List<Message> pending = new ArrayList<>();

        private CaseState(Case kase, boolean created) {
            this.kase = kase;
            this.created = created;
        }

        public long id() {
            return kase.id();
        }

        public CaseStatus status() {
            return kase.status();
        }
    }

    private record PendingAudit(String action, String subjectType, Supplier<Object> subjectId, String detail,
                                Instant at) {}

    private final Repositories repos;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Map<Long, CaseState> cases = new HashMap<>();
    private final Map<CaseState, Boolean> touched = new LinkedHashMap<>();
    private final List<PendingAudit> audits = new ArrayList<>();
    private final Map<String, Contact> contacts = new HashMap<>();

    MessageBatch(Repositories repos, Audit audit, EventBus events, Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Reads these cases in one query (those not read yet). */
    public void preloadCases(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !cases.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            repos.cases().findAll(missing).forEach(c -> cases.put(c.id(), new CaseState(c, false)));
        }
    }

    /** The case as this batch sees it (read from the database the first time). */
    public Optional<CaseState> caseState(long id) {
        CaseState s = cases.get(id);
        if (s == null) {
            s = repos.cases().find(id).map(c -> new CaseState(c, false)).orElse(null);
            if (s != null) {
                cases.put(id, s);
            }
        }
        return Optional.ofNullable(s);
    }

    /** Reads the contacts owning these handles on {@code platform} in two queries. */
    public void preloadContacts(Platform platform, Collection<String> handles) {
        List<String> missing = handles.stream().filter(h -> h != null && !h.isBlank()
                && !contacts.containsKey(key(platform, h))).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Identity> identities = repos.contacts().findIdentities(platform, missing);
        Map<Long, Contact> owners = new HashMap<>();
        repos.contacts().findAll(identities.values().stream().map(Identity::contactId).toList())
                .forEach(c -> owners.put(c.id(), c));
        identities.forEach((handle, i) -> {
            Contact c = owners.get(i.contactId());
            if (c != null) {
                contacts.put(key(platform, handle), c);
            }
        });
    }

    /**
     * The contact owning the handle, else a new one with it: {@link ConversationService#findOrCreateContact}
     * for one handle, answered from the page's contacts where it can.
     */
    public Contact contact(String name, Platform platform, String handle, String url) {
        Contact known = contacts.get(key(platform, handle));
        if (known != null) {
            return known;
        }
        Optional<Identity> identity = repos.contacts().findIdentity(platform, handle);
        Contact c;
        if (identity.isPresent()) {
            c = repos.contacts().find(identity.get().contactId()).orElseThrow(() ->
                    new org.switchboard.domain.NotFoundException("contact", identity.get().contactId()));
        } else {
            c = repos.contacts().insert(new Contact(0, name, null, null, clock.instant(), 0));
            repos.contacts().addIdentity(new Identity(0, c.id(), platform, handle, name, url));
            long id = c.id();
            audits.add(new PendingAudit("contact.created", "contact", () -> id, c.name(), clock.instant()));
        }
        contacts.put(key(platform, handle), c);
        return c;
    }

    /** Opens a case (written at the next flush) whose first message is {@code first}. */
    public CaseState openCase(Contact contact, NewMessage first, Priority priority) {
        Case c = new Case(0, CaseStatus.NEW, null, priority, null, List.of(), contact.id(), first.accountId(),
                first.platform(), Case.previewOf(first.text()), clock.instant(), first.createdAt(), null, 0, null, 0);
        CaseState s = new CaseState(c, true);
        s.statusBefore = CaseStatus.NEW;
        touched.put(s, true);
        audits.add(new PendingAudit("case.created", "case", s::id, first.platform().id(), clock.instant()));
        addMessage(s, contact.id(), first);
        return s;
    }

    /** Adds a message to the case and updates its summary, as {@link ConversationService#addMessage} does. */
    public void addMessage(CaseState s, Long contactId, NewMessage m) {
        if (touched.putIfAbsent(s, true) == null) {
            s.statusBefore = s.kase.status();
        }
        s.pending.add(ConversationService.toMessage(0, contactId, m));
        Case summarised = ConversationService.withMessage(s.kase, m);
        if (ConversationService.reopensCase(s.kase, m)) {
            summarised = summarised.withStatus(CaseStatus.OPEN, null, null);
            String before = s.kase.status().name();
            audits.add(new PendingAudit("case.reopened-by-customer", "case", s::id, before, clock.instant()));
        }
        s.kase = summarised;
        s.dirty = !s.created;
    }

    /** True when something waits to be written. */
    public boolean hasPending() {
        return !touched.isEmpty() || !audits.isEmpty();
    }

    /** Writes new cases, messages, changed summaries and audit lines as batches and announces the cases. */
    public void flush() {
        List<CaseState> opened = touched.keySet().stream().filter(s -> s.created).toList();
        List<Case> inserted = repos.cases().insertAll(opened.stream().map(s -> s.kase).toList());
        for (int i = 0; i < opened.size(); i++) {
            opened.get(i).kase = inserted.get(i);
            cases.put(inserted.get(i).id(), opened.get(i));
        }
        List<Message> toInsert = new ArrayList<>();
        List<CaseState> owners = new ArrayList<>();
        for (CaseState s : touched.keySet()) {
            for (Message m : s.pending) {
                toInsert.add(m.withIds(0, s.id()));
                owners.add(s);
            }
        }
        List<Message> stored = repos.messages().insertAll(toInsert);
        Map<CaseState, List<Long>> added = new HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            added.computeIfAbsent(owners.get(i), k -> new ArrayList<>()).add(stored.get(i).id());
        }
        List<CaseState> changed = touched.keySet().stream().filter(s -> s.dirty).toList();
        List<Case> updated = repos.cases().updateAll(changed.stream().map(s -> s.kase).toList());
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).kase = updated.get(i);
        }
        audit.recordAll(audits.stream().map(a -> new Audit.Line(a.action(), a.subjectType(), a.subjectId().get(),
                a.detail(), a.at())).toList());
        for (CaseState s : touched.keySet()) {
            boolean sameStatus = s.kase.status() == s.statusBefore;
            events.publish(new Event.CaseChanged(s.id(), s.created,
                    sameStatus ? added.getOrDefault(s, List.of()) : List.of()));
            s.created = false;
            s.dirty = false;
            s.pending.clear();
        }
        touched.clear();
        audits.clear();
    }

    private static String key(Platform platform, String handle) {
        return platform.id() + '\n' + handle;
    }
}
