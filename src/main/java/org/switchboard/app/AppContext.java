package org.switchboard.app;

import java.nio.file.Path;
import java.time.Clock;
import org.switchboard.domain.Settings;
import org.switchboard.domain.port.SettingsStore;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.Workspace;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.Repositories;
import org.switchboard.service.demo.DemoWorkspace;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.events.EventBus;
import org.switchboard.service.queue.QueueService;
import org.switchboard.store.DataFolder;
import org.switchboard.store.Database;
import org.switchboard.store.Jdbc;
import org.switchboard.store.JdbcAccountRepository;
import org.switchboard.store.JdbcAuditLog;
import org.switchboard.store.JdbcCaseRepository;
import org.switchboard.store.JdbcContactRepository;
import org.switchboard.store.JdbcDirectoryRepository;
import org.switchboard.store.JdbcDraftRepository;
import org.switchboard.store.JdbcErrandRepository;
import org.switchboard.store.JdbcMessageRepository;
import org.switchboard.store.JdbcNoteRepository;
import org.switchboard.store.JsonSettingsStore;

/** The composition root: builds a workspace's object graph with plain constructors. */
public final class AppContext {
    private AppContext() {}

    /** Opens the embedded database of {@code dataDir} and wires the services over it. Background thread. */
    public static Workspace openEmbedded(Path dataDir, Clock clock) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Database db = Database.openEmbedded(dir);
        try {
            return wire(dir, db, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Workspace wire(Path dataDir, Database db, Clock clock) {
        Jdbc jdbc = db.jdbc();
        Repositories repos = new Repositories(jdbc, new JdbcAccountRepository(jdbc), new JdbcContactRepository(jdbc),
                new JdbcCaseRepository(jdbc), new JdbcMessageRepository(jdbc), new JdbcNoteRepository(jdbc),
                new JdbcDirectoryRepository(jdbc), new JdbcErrandRepository(jdbc), new JdbcDraftRepository(jdbc),
                new JdbcAuditLog(jdbc));
        SettingsStore settings = new JsonSettingsStore(DataFolder.settings(dataDir));
        Agent agent = new Agent(() -> agentName(settings.load()));
        EventBus events = new EventBus();
        Audit audit = new Audit(repos.audit(), clock, agent);
        ConversationService conversations = new ConversationService(repos, audit, events, clock);
        CaseService cases = new CaseService(repos, audit, events, clock, agent);
        AccountService accounts = new AccountService(repos, audit, clock);
        DirectoryService directory = new DirectoryService(repos, audit, events);
        DemoWorkspace demo = new DemoWorkspace(repos, accounts, directory, conversations, cases, events, clock);
        QueueService queue = new QueueService(repos.cases(), clock, agent);
        return new Workspace(dataDir, db.schemaVersion(), events, settings, agent, queue, cases, conversations,
                accounts, directory, demo, db);
    }

    private static String agentName(Settings s) {
        if (s.agent() != null) {
            return s.agent();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "agent" : user;
    }
}
