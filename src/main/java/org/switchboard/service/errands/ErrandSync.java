package org.switchboard.service.errands;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.mail.MailException;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * The errand part of a sync pass (CLI.md: platform accounts, then the errands mailbox, then the follow-up
 * ladder): dossiers that could not be sent are tried again, colleagues' answers are read and applied, the
 * statuses of Open311 service requests are read back, and
 * overdue errands are reminded, escalated and flagged. A mailbox that cannot be read is reported in words
 * and the ladder still runs. Background threads only; one pass at a time.
 */
public final class ErrandSync {
    private static final Logger LOG = LoggerFactory.getLogger(ErrandSync.class);

    /**
     * What a pass did. {@code mailboxError} says in words why the mailbox could not be read (null when it
     * was read or is not set up). {@code open311Updates} counts statuses read back from Open311 servers and
     * recorded; {@code open311Error} says why a server could not be asked (it does not fail the pass).
     */
    public record Result(boolean mailboxSetUp, int resent, int unsent, int answers, int unmatched, int reminders,
                         int escalations, int leadFlags, String mailboxError, int open311Updates,
                         String open311Error) {
        public boolean failed() {
            return mailboxError != null;
        }
    }

    private final ErrandPorts ports;
    private final MailAccess access;
    private final Dispatcher dispatcher;
    private final AnswerInbox inbox;
    private final FollowUpLadder ladder;
    private final Open311Poll open311;
    private final ErrandLookup lookup;
    private final EventBus events;
    private final java.time.Clock clock;

    ErrandSync(ErrandPorts ports, MailAccess access, Dispatcher dispatcher, AnswerInbox inbox, FollowUpLadder ladder,
               Open311Poll open311, ErrandLookup lookup, EventBus events, java.time.Clock clock) {
        this.clock = clock;
        this.open311 = open311;
        this.ports = ports;
        this.access = access;
        this.dispatcher = dispatcher;
        this.inbox = inbox;
        this.ladder = ladder;
        this.lookup = lookup;
        this.events = events;
    }

    public synchronized Result runOnce() {
        int resent = 0;
        int unsent = 0;
        for (long id : ports.mail().dueForDelivery(clock.instant())) {
            Errand e = ports.errands().find(id).orElse(null);
            if (e == null || !e.status().open()) {
                continue;
            }
            if (dispatcher.deliver(e, lookup.recipientOf(e), lookup.agentNote(e), "switchboard")) {
                resent++;
            } else {
                unsent++;
            }
        }
        AnswerInbox.Counts answers = new AnswerInbox.Counts(0, 0);
        String error = null;
        boolean setUp = access.configured();
        if (setUp) {
            try {
                answers = inbox.read();
            } catch (MailException | ValidationException | SecretsUnavailableException e) {
                LOG.warn("The errands mailbox could not be read: {}", e.getMessage());
                error = e.getMessage();
            } catch (RuntimeException e) {
                // One answer that cannot be applied must not hide the rest of the pass; it is read again next time.
                LOG.error("Applying an answer from the errands mailbox failed", e);
                error = "An answer in the errands mailbox could not be applied (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); it is read again on the next sync.";
            }
        }
        Open311Poll.Counts polled = open311.run();
        FollowUpLadder.Counts steps = ladder.run();
        if (polled.updates() + resent + answers.answers() + answers.unmatched() + steps.reminders() + steps.escalations()
                + steps.leadFlags() > 0) {
            events.publish(new Event.WorkspaceReplaced());
        }
        return new Result(setUp, resent, unsent, answers.answers(), answers.unmatched(), steps.reminders(),
                steps.escalations(), steps.leadFlags(), error, polled.updates(), polled.error());
    }

    /**
     * A connection that waits for new mail in the errands mailbox (IMAP IDLE), for the window's watcher;
     * empty when no mailbox is set up. The caller closes it. Background threads only.
     *
     * @throws MailException when the server cannot be reached or refuses the login
     */
    public java.util.Optional<org.switchboard.domain.mail.MailWaiter> openMailWaiter() {
        if (!access.configured()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ports.mailbox().openWaiter(access.imap()));
    }
}
