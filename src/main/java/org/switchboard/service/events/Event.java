package org.switchboard.service.events;

/** Something that happened in the workspace; listeners refresh what they show. */
public sealed interface Event permits Event.CaseChanged, Event.WorkspaceReplaced, Event.DirectoryChanged,
        Event.SyncStatusChanged, Event.OutboxChanged {

    /** A case was created or changed (messages, status, assignment, notes ...). */
    record CaseChanged(long caseId, boolean created) implements Event {}

    /** Many things changed at once (demo loaded, import): reload everything. */
    record WorkspaceReplaced() implements Event {}

    record DirectoryChanged() implements Event {}

    /** An account's sync started, finished or failed; the status bar shows it. */
    record SyncStatusChanged(long accountId) implements Event {}

    /** An outbox entry changed state (queued, sending, sent, failed, needs attention); its case may have a new reply. */
    record OutboxChanged(long entryId, long caseId, org.switchboard.domain.OutboxEntry.State state) implements Event {}
}
