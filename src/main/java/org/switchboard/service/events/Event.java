package org.switchboard.service.events;

/** Something that happened in the workspace; listeners refresh what they show. */
public sealed interface Event permits Event.CaseChanged, Event.WorkspaceReplaced, Event.DirectoryChanged,
        Event.SyncStatusChanged, Event.OutboxChanged {

    /**
     * A case was created or changed (messages, status, assignment, notes ...). {@code addedMessages}, when not
     * empty, says that the change was only these new messages (the case's status stayed as it was), so the
     * search index adds just them (and, for a new case, its contact) instead of re-indexing the whole case.
     */
    record CaseChanged(long caseId, boolean created, java.util.List<Long> addedMessages) implements Event {
        public CaseChanged {
            addedMessages = addedMessages == null ? java.util.List.of() : java.util.List.copyOf(addedMessages);
        }

        public CaseChanged(long caseId, boolean created) {
            this(caseId, created, java.util.List.of());
        }
    }

    /** Many things changed at once (demo loaded, import): reload everything. */
    record WorkspaceReplaced() implements Event {}

    record DirectoryChanged() implements Event {}

    /** An account's sync started, finished or failed; the status bar shows it. */
    record SyncStatusChanged(long accountId) implements Event {}

    /** An outbox entry changed state (queued, sending, sent, failed, needs attention); its case may have a new reply. */
    record OutboxChanged(long entryId, long caseId, org.switchboard.domain.OutboxEntry.State state) implements Event {}
}
