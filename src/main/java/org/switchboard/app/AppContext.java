package org.switchboard.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.switchboard.connect.PlatformConnectors;
import org.switchboard.connect.PlatformSignIn;
import org.switchboard.connect.http.Backoff;
import org.switchboard.connect.http.PhotoDownloads;
import org.switchboard.connect.mail.ImapMailbox;
import org.switchboard.connect.mail.SmtpMailSender;
import org.switchboard.connect.open311.Open311Client;
import org.switchboard.connect.webhook.WebhookPoster;
import org.switchboard.connect.http.Http;
import org.switchboard.connect.http.MeteredSleeper;
import org.switchboard.connect.http.RateGovernor;
import org.switchboard.connect.http.Sleeper;
import org.switchboard.connect.secrets.SecretStores;
import org.switchboard.domain.port.SecretStore;
import org.switchboard.service.replies.ReplyService;
import org.switchboard.search.LuceneSearchIndex;
import org.switchboard.search.TextAnalysis;
import org.switchboard.service.contacts.ContactService;
import org.switchboard.service.contacts.ContactSuggestions;
import org.switchboard.service.contacts.NoteService;
import org.switchboard.service.replies.DeflectionCheck;
import org.switchboard.service.replies.DraftService;
import org.switchboard.service.replies.OutboxService;
import org.switchboard.store.JdbcOutboxRepository;
import org.switchboard.service.routing.RoutingService;
import org.switchboard.service.search.SearchService;
import org.switchboard.service.sync.SyncScheduler;
import org.switchboard.service.sync.SyncService;
import org.switchboard.store.JdbcSyncStateRepository;
import org.switchboard.domain.Settings;
import org.switchboard.domain.port.SettingsStore;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.Workspace;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseLinks;
import org.switchboard.service.cases.CaseMerger;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.ManualIntake;
import org.switchboard.service.cases.PossibleDuplicates;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.demo.DemoWorkspace;
import org.switchboard.service.replies.TemplateService;
import org.switchboard.store.JdbcTemplateRepository;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.errands.ErrandPorts;
import org.switchboard.service.errands.ErrandServices;
import org.switchboard.service.events.EventBus;
import org.switchboard.service.queue.QueueService;
import org.switchboard.store.DataFolder;
import org.switchboard.store.Database;
import org.switchboard.store.Jdbc;
import org.switchboard.store.JdbcAccountRepository;
import org.switchboard.store.JdbcAuditLog;
import org.switchboard.store.JdbcCaseLinkRepository;
import org.switchboard.store.JdbcCaseRepository;
import org.switchboard.store.JdbcContactRepository;
import org.switchboard.store.JdbcDirectoryRepository;
import org.switchboard.store.JdbcDraftRepository;
import org.switchboard.store.JdbcErrandMailRepository;
import org.switchboard.store.JdbcErrandRepository;
import org.switchboard.store.JdbcMessageRepository;
import org.switchboard.store.JdbcNoteRepository;
import org.switchboard.store.JdbcWorkspaceSettingsRepository;
import org.switchboard.store.JsonSettingsStore;

/** The composition root: builds a workspace's object graph with plain constructors. */
public final class AppContext {
    /** Rate-limit resets at most this far away are waited out; later ones defer the account (CLI.md). */
    static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(120);

    private AppContext() {}

    /** Opens the embedded database of {@code dataDir} and wires the services over it. Background thread. */
    public static Workspace openEmbedded(Path dataDir, Clock clock) {
        return openEmbedded(dataDir, clock, System.getenv());
    }

    /** As {@link #openEmbedded(Path, Clock)} with the environment that chooses the secret store. */
    public static Workspace openEmbedded(Path dataDir, Clock clock, Map<String, String> env) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Database db = Database.openEmbedded(dir);
        try {
            return wire(dir, db, clock, Http.newClient(Version.current()), Sleeper.REAL,
                    SecretStores.forDataDir(dir, env));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Wires a workspace; tests pass their own HTTP client, sleeper and secret store. */
    public static Workspace wire(Path dataDir, Database db, Clock clock, OkHttpClient client, Sleeper sleeper,
                                 SecretStore secrets) {
        return wire(dataDir, db, clock, client, sleeper, secrets, connectors -> { });
    }

    /** As above; {@code registrations} may add or replace platform connectors (tests, plug-ins). */
    public static Workspace wire(Path dataDir, Database db, Clock clock, OkHttpClient client, Sleeper sleeper,
                                 SecretStore secrets, Consumer<PlatformConnectors> registrations) {
        Jdbc jdbc = db.jdbc();
        Repositories repos = new Repositories(jdbc, new JdbcAccountRepository(jdbc), new JdbcContactRepository(jdbc),
                new JdbcCaseRepository(jdbc), new JdbcMessageRepository(jdbc), new JdbcNoteRepository(jdbc),
                new JdbcDirectoryRepository(jdbc), new JdbcErrandRepository(jdbc), new JdbcDraftRepository(jdbc),
                new JdbcAuditLog(jdbc));
        SettingsStore settings = new JsonSettingsStore(DataFolder.settings(dataDir));
        Agent agent = new Agent(() -> agentName(settings.load()));
        EventBus events = new EventBus();
        events.deferUntilCommit(jdbc); // listeners read the database: they hear of a change once it is committed
        Audit audit = new Audit(repos.audit(), clock, agent);
        ConversationService conversations = new ConversationService(repos, audit, events, clock);
        CaseService cases = new CaseService(repos, audit, events, clock, agent);
        MeteredSleeper meteredSleeper = new MeteredSleeper(sleeper);
        Http http = new Http(client, new RateGovernor(clock), clock, meteredSleeper, Backoff.standard(),
                MAX_RATE_LIMIT_WAIT, 3);
        PlatformConnectors connectors = new PlatformConnectors(http, secrets);
        registrations.accept(connectors);
        AccountService accounts = new AccountService(repos, audit, clock, secrets, connectors, new PlatformSignIn(http));
        SyncService sync = new SyncService(repos, new JdbcSyncStateRepository(jdbc), connectors, conversations, events,
                audit, clock, meteredSleeper, wait -> pause(meteredSleeper, wait));
        CaseLinks caseLinks = new CaseLinks(repos, new JdbcCaseLinkRepository(jdbc), audit, events, clock, agent);
        ErrandServices errands = errands(repos, jdbc, secrets, client, cases, audit, events, clock, agent, settings,
                caseLinks);
        DirectoryService directory = new DirectoryService(repos, audit, events);
        TemplateService templates = new TemplateService(new JdbcTemplateRepository(jdbc), jdbc, cases, directory::units,
                audit, agent, clock);
        DemoWorkspace demo = new DemoWorkspace(repos, accounts, directory, conversations, cases, events, clock)
                .withTemplates(templates);
        QueueService queue = new QueueService(repos.cases(), clock, agent);
        SearchService search = new SearchService(repos, LuceneSearchIndex.open(DataFolder.searchIndex(dataDir)), events);
        TextAnalysis textAnalysis = new TextAnalysis();
        RoutingService routing = new RoutingService(repos, textAnalysis);
        DeflectionCheck deflection = new DeflectionCheck(directory, cases, routing, audit);
        OutboxService outbox = new OutboxService(repos, new JdbcOutboxRepository(jdbc), connectors, conversations,
                deflection, audit, events, clock, wait -> pause(meteredSleeper, wait),
                new org.switchboard.service.replies.ReplyMailbox() { // replies by e-mail: the errands mailbox
                    @Override
                    public java.util.Optional<String> address() {
                        return errands.mail().settings().map(org.switchboard.domain.mail.MailSettings::address);
                    }

                    @Override
                    public void send(org.switchboard.domain.mail.OutgoingMail mail) {
                        errands.mail().send(mail);
                    }
                });
        SyncScheduler scheduler = new SyncScheduler(sync, accounts, clock, () -> errands.sync().runOnce(),
                new SyncScheduler.Outbox() {
                    @Override
                    public void deliverDue() {
                        outbox.deliverDue();
                    }

                    @Override
                    public void accountReachable(long accountId) {
                        outbox.accountReachable(accountId);
                    }
                });
        outbox.recover(); // sends a crash cut off are read back before anything else goes out (no network here)
        ContactService contacts = new ContactService(repos, audit, events, clock);
        PossibleDuplicates duplicates = new PossibleDuplicates(repos, textAnalysis);
        return new Workspace(dataDir, db.schemaVersion(), events, settings, agent, queue, cases, conversations,
                accounts, directory, demo, sync, scheduler,
                new ReplyService(repos, connectors, conversations, audit, clock), new ManualIntake(conversations, clock),
                new CaseMerger(repos, audit, events, clock), errands.errands(), errands.mail(), errands.sync(), search,
                routing, contacts, new NoteService(repos, audit, events, clock, agent), duplicates, deflection,
                caseLinks, new ContactSuggestions(repos, duplicates, contacts, audit, clock, agent),
                new DraftService(repos, audit, clock), outbox, templates,
                () -> {
                    scheduler.close();
                    search.close();
                    textAnalysis.close();
                    db.close();
                });
    }

    /** Waits out a rate-limit reset (at most two minutes, see SyncService); false when interrupted. */
    private static boolean pause(Sleeper sleeper, Duration wait) {
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Errands: the mailbox over Jakarta Mail, webhooks, Open311 and photo downloads over the shared client. */
    private static ErrandServices errands(Repositories repos, Jdbc jdbc, SecretStore secrets, OkHttpClient client,
                                          CaseService cases, Audit audit, EventBus events, Clock clock, Agent agent,
                                          SettingsStore settings, CaseLinks caseLinks) {
        ErrandPorts ports = new ErrandPorts(jdbc, repos.errands(), new JdbcErrandMailRepository(jdbc),
                new JdbcWorkspaceSettingsRepository(jdbc), secrets, new SmtpMailSender(clock), new ImapMailbox(),
                new WebhookPoster(client), new Open311Client(client), new PhotoDownloads(client));
        return ErrandServices.create(repos, ports, cases, audit, events, clock, agent, () -> settings.load().language(),
                caseLinks::othersInGroup);
    }

    private static String agentName(Settings s) {
        if (s.agent() != null) {
            return s.agent();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "agent" : user;
    }
}
