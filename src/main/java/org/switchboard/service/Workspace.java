package org.switchboard.service;

import java.nio.file.Path;
import org.switchboard.domain.port.SettingsStore;
import org.switchboard.service.accounts.AccountService;
import org.switchboard.service.cases.CaseLinks;
import org.switchboard.service.cases.CaseMerger;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.cases.ManualIntake;
import org.switchboard.service.cases.PossibleDuplicates;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.demo.DemoWorkspace;
import org.switchboard.service.directory.DirectoryService;
import org.switchboard.service.errands.ErrandService;
import org.switchboard.service.errands.ErrandSync;
import org.switchboard.service.errands.MailSetup;
import org.switchboard.service.events.EventBus;
import org.switchboard.service.queue.QueueService;
import org.switchboard.service.replies.ReplyService;
import org.switchboard.service.contacts.ContactService;
import org.switchboard.service.contacts.ContactSuggestions;
import org.switchboard.service.contacts.NoteService;
import org.switchboard.service.replies.DeflectionCheck;
import org.switchboard.service.replies.DraftService;
import org.switchboard.service.replies.OutboxService;
import org.switchboard.service.routing.RoutingService;
import org.switchboard.service.search.SearchService;
import org.switchboard.service.sync.SyncScheduler;
import org.switchboard.service.sync.SyncService;

/**
 * An open workspace: the services over one data folder's database. Closing it releases the folder.
 * Built by the application's composition root; the window and the command line only use it.
 */
public record Workspace(Path dataDir, int schemaVersion, EventBus events, SettingsStore settings, Agent agent,
                        QueueService queue, CaseService cases, ConversationService conversations,
                        AccountService accounts, DirectoryService directory, DemoWorkspace demo, SyncService sync,
                        SyncScheduler scheduler, ReplyService replies, ManualIntake intake, CaseMerger merger,
                        ErrandService errands, MailSetup mail, ErrandSync errandSync, SearchService search,
                        RoutingService routing, ContactService contacts, NoteService notes,
                        PossibleDuplicates duplicates, DeflectionCheck deflection,
                        CaseLinks caseLinks, ContactSuggestions contactSuggestions,
                        DraftService drafts, OutboxService outbox,
                        org.switchboard.service.replies.TemplateService templates,
                        AutoCloseable resources) implements AutoCloseable {

    /** Opens the workspace of a data folder. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @throws org.switchboard.domain.WorkspaceUnavailableException when the folder is in use, damaged,
         *         from a newer version or not writable
         */
        Workspace open(Path dataDir);
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the workspace failed: " + e.getMessage(), e);
        }
    }
}
