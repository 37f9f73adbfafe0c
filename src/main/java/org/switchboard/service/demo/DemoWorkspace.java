package org.switchboard.service.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Account;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Direction;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Outcome;
import org.switchboard.domain.Person;
import org.switchboard.domain.Platform;
import org.switchboard.domain.Priority;
import org.switchboard.domain.Unit;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.ContactRef;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.directory.DirectoryRecords;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * The demo workspace: a city and a transport company with cases on every platform, loaded from a
 * resource file through the same services as real data. Times in the file are relative ("minutes
 * ago"), so the demo always looks current. Demo accounts are marked and never reach a network.
 */
public final class DemoWorkspace {
    static final String RESOURCE = "/org/switchboard/demo/demo-workspace.json";
    static final String TEMPLATES = "/org/switchboard/demo/demo-templates.json";

    /** What {@link #load()} did. */
    public enum Result { LOADED, ALREADY_LOADED }

    /** Loading would mix demo cases into a workspace with real data. */
    public static final class RealDataPresentException extends RuntimeException {
        public RealDataPresentException(String message) {
            super(message);
        }
    }

    private final Repositories repos;
    private final AccountService accounts;
    private final DirectoryService directory;
    private final ConversationService conversations;
    private final CaseService cases;
    private final EventBus events;
    private final Clock clock;
    /** Where the demo's reply templates go; null when this workspace offers none. */
    private org.switchboard.service.replies.TemplateService templates;

    public DemoWorkspace(Repositories repos, AccountService accounts, DirectoryService directory,
                         ConversationService conversations, CaseService cases, EventBus events, Clock clock) {
        this.repos = repos;
        this.accounts = accounts;
        this.directory = directory;
        this.conversations = conversations;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    /** The demo also seeds a few German and English reply templates into {@code service}. Composition root only. */
    public DemoWorkspace withTemplates(org.switchboard.service.replies.TemplateService service) {
        this.templates = service;
        return this;
    }

    /** True when the workspace holds nothing yet (the window then offers the demo). */
    public boolean workspaceEmpty() {
        return repos.accounts().list().isEmpty() && repos.cases().countAll() == 0;
    }

    /**
     * Fills the workspace with the demo data in one transaction. Background thread.
     *
     * @throws RealDataPresentException when the workspace already holds real accounts or cases
     */
    public Result load() {
        List<Account> existing = repos.accounts().list();
        if (!existing.isEmpty() && existing.stream().allMatch(Account::demo)) {
            return Result.ALREADY_LOADED;
        }
        if (!existing.isEmpty() || repos.cases().countAll() > 0) {
            throw new RealDataPresentException("This data folder already holds real data ("
                    + existing.size() + " accounts, " + repos.cases().countAll() + " cases); the demo workspace is"
                    + " only added to an empty folder. Use --data-dir with a new folder to try the demo.");
        }
        JsonNode root = read();
        repos.tx().run(() -> {
            loadDirectory(root.path("directory"));
            Map<String, Account> accountsByKey = loadAccounts(root.path("accounts"));
            Map<String, Contact> contacts = loadContacts(root.path("contacts"));
            for (JsonNode c : root.path("cases")) {
                loadCase(c, accountsByKey, contacts);
            }
            loadTemplates();
        });
        events.publish(new Event.WorkspaceReplaced());
        return Result.LOADED;
    }

    /** The starter templates, unless the workspace has templates already (they are kept as they are). */
    private void loadTemplates() {
        if (templates == null || !templates.list(null).isEmpty()) {
            return;
        }
        for (JsonNode t : read(TEMPLATES)) {
            templates.create(new org.switchboard.service.replies.TemplateService.Draft(t.path("name").asText(),
                    t.path("language").asText(), t.path("body").asText(), t.path("shortcut").asText(null)));
        }
    }

    private static JsonNode read() {
        return read(RESOURCE);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo workspace resource " + resource + " is missing from the build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo workspace resource cannot be read: " + e.getMessage(), e);
        }
    }

    private void loadDirectory(JsonNode entries) {
        List<Unit> units = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (JsonNode e : entries) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = e.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText());
            }
            DirectoryRecords.Entry entry = DirectoryRecords.fromFields(fields);
            if (entry.unit() != null) {
                units.add(entry.unit());
            } else {
                people.add(entry.person());
            }
        }
        directory.saveAll(units, people);
    }

    private Map<String, Account> loadAccounts(JsonNode list) {
        Map<String, Account> byKey = new HashMap<>();
        for (JsonNode a : list) {
            Platform p = Platform.fromId(a.path("platform").asText());
            String name = a.path("name").asText() + " · " + p.displayName();
            byKey.put(a.path("key").asText(), accounts.add(p, name, a.path("handle").asText(null), true,
                    Map.of("demo", "true")));
        }
        return byKey;
    }

    private Map<String, Contact> loadContacts(JsonNode list) {
        Map<String, Contact> byKey = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (JsonNode c : list) {
            List<ContactRef.Handle> handles = new ArrayList<>();
            for (JsonNode i : c.path("identities")) {
                handles.add(new ContactRef.Handle(Platform.fromId(i.path("platform").asText()),
                        i.path("handle").asText(), i.path("url").asText(null)));
            }
            Contact contact = conversations.findOrCreateContact(new ContactRef(c.path("name").asText(),
                    c.path("email").asText(null), c.path("phone").asText(null), handles));
            for (JsonNode at : c.path("earlierAttempts")) {
                conversations.addEarlierAttempt(new EarlierAttempt(0, contact.id(),
                        today.minusDays(at.path("daysAgo").asLong()), at.path("channel").asText(),
                        at.path("addressee").asText(), at.path("result").asText(null), clock.instant()));
            }
            byKey.put(c.path("key").asText(), contact);
        }
        return byKey;
    }

    private void loadCase(JsonNode c, Map<String, Account> accountsByKey, Map<String, Contact> contacts) {
        Account account = accountsByKey.get(c.path("account").asText());
        Contact contact = contacts.get(c.path("contact").asText());
        Case kase = null;
        int index = 0;
        for (JsonNode m : c.path("messages")) {
            Direction dir = "out".equals(m.path("direction").asText()) ? Direction.OUT : Direction.IN;
            Contact author = dir == Direction.IN ? contacts.getOrDefault(m.path("author").asText(), contact) : null;
            NewMessage msg = message(m, account, author, dir, kase == null ? 0 : kase.id(), index++);
            if (kase == null) {
                kase = conversations.openCase(contact, msg, Priority.parse(c.path("priority").asText("NORMAL")));
            } else {
                kase = conversations.addMessage(kase.id(), author == null ? null : author.id(), msg);
            }
        }
        if (kase == null) {
            return;
        }
        long id = kase.id();
        for (JsonNode n : c.path("notes")) {
            cases.addNoteAs(id, n.path("author").asText(), n.path("text").asText(), ago(n));
        }
        List<String> tags = new ArrayList<>();
        c.path("tags").forEach(t -> tags.add(t.asText()));
        if (!tags.isEmpty()) {
            cases.setTags(id, tags);
        }
        if (c.hasNonNull("assignee")) {
            cases.assign(id, c.path("assignee").asText());
        }
        CaseStatus status = CaseStatus.parse(c.path("status").asText("NEW"));
        if (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) {
            cases.resolve(id, Outcome.parse(c.path("outcome").asText("ANSWERED")), null);
            if (status == CaseStatus.CLOSED) {
                cases.setStatus(id, CaseStatus.CLOSED);
            }
        } else if (status != CaseStatus.NEW) {
            cases.setStatus(id, status);
        }
    }

    private NewMessage message(JsonNode m, Account account, Contact author, Direction dir, long caseId, int index) {
        Platform platform = m.hasNonNull("platform") ? Platform.fromId(m.path("platform").asText())
                : account.platform();
        List<Attachment> files = new ArrayList<>();
        for (JsonNode a : m.path("attachments")) {
            files.add(new Attachment(a.path("type").asText("image"), a.path("url").asText(), null));
        }
        String authorName = dir == Direction.IN && author != null ? author.name() : m.path("author").asText(null);
        String externalId = "demo-" + account.id() + "-" + m.path("minutesAgo").asLong() + "-" + index + "-"
                + Integer.toHexString(m.path("text").asText().hashCode());
        return new NewMessage(account.id(), platform, externalId, dir, MessageKind.parse(m.path("kind").asText("post")),
                authorName, m.path("text").asText(), m.path("subject").asText(null), ago(m), null, List.of(),
                m.path("url").asText(null), null, files);
    }

    private Instant ago(JsonNode node) {
        return clock.instant().minus(Duration.ofMinutes(node.path("minutesAgo").asLong()));
    }
}
