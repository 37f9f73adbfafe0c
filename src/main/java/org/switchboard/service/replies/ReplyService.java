package org.switchboard.service.replies;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.switchboard.domain.Account;
import org.switchboard.domain.Case;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.sync.ConnectorFactory;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.ConversationService;
import org.switchboard.service.cases.NewMessage;
import org.switchboard.service.cases.Repositories;

/**
 * Sends a reply on the channel the customer used and records it on the case as an outbound message.
 * (Drafts, the exactly-once outbox and the deflection check build on this; see issue 6.) Background
 * threads only: it calls the platform.
 */
public final class ReplyService {
    private final Repositories repos;
    private final ConnectorFactory connectors;
    private final ConversationService conversations;
    private final Audit audit;
    private final Clock clock;

    public ReplyService(Repositories repos, ConnectorFactory connectors, ConversationService conversations,
                        Audit audit, Clock clock) {
        this.repos = repos;
        this.connectors = connectors;
        this.conversations = conversations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replies to {@code toMessageId} (or the case's latest inbound message from a connected account).
     *
     * @throws org.switchboard.domain.sync.ConnectorException when the platform refuses or cannot be reached;
     *         nothing is recorded then
     */
    public Message reply(long caseId, String text, Long toMessageId) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("the reply is empty");
        }
        Case kase = repos.cases().find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        Message target = target(kase, toMessageId);
        Account account = repos.accounts().find(target.accountId())
                .orElseThrow(() -> new ValidationException("the account this message came through was removed; "
                        + "reply on the platform directly"));
        if (account.demo()) {
            throw new ValidationException("'" + account.name() + "' is a demo account: replies from the demo "
                    + "workspace are never sent");
        }
        ReplyChannel channel = target.kind().isPrivate() ? ReplyChannel.DIRECT : ReplyChannel.PUBLIC;
        String recipient = repos.contacts().identities(kase.contactId()).stream()
                .filter(i -> i.platform() == target.platform()).map(i -> i.handle()).findFirst().orElse(null);
        // the platform's rules (length, 24-hour window, template markers) refuse here too, not only in the window
        var problems = ReplyRules.check(ReplyRules.replyTo(target, account, recipient, text), clock.instant());
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join(" ", problems.stream().map(ReplyProblem::message).toList()));
        }
        ReplyRequest request = new ReplyRequest(text.strip(), channel, target.externalId(), target.replyContext(),
                recipient, UUID.randomUUID().toString());
        PostedReply posted = connectors.create(account).reply(request);
        conversations.addMessage(caseId, null, new NewMessage(account.id(), target.platform(), posted.externalId(),
                Direction.OUT, target.kind(), account.name(), request.text(), null,
                posted.createdAt() != null ? posted.createdAt() : clock.instant(), null, null, posted.url(),
                target.externalId(), null, target.threadKey(), target.replyContext()));
        audit.record("reply.sent", "case", caseId, account.platform().id() + " " + channel.id());
        return repos.messages().findByExternalId(account.id(), posted.externalId()).orElseThrow();
    }

    private Message target(Case kase, Long toMessageId) {
        var messages = repos.messages().forCase(kase.id());
        if (toMessageId != null) {
            return messages.stream().filter(m -> m.id() == toMessageId).findFirst()
                    .orElseThrow(() -> new NotFoundException("message", toMessageId + " in case " + kase.id()));
        }
        Optional<Message> latest = messages.stream()
                .filter(m -> m.direction() == Direction.IN && m.accountId() != null && m.externalId() != null)
                .max(Comparator.comparing(Message::createdAt));
        return latest.orElseThrow(() -> new ValidationException("case " + kase.id() + " has no message from a "
                + "connected account to reply to"));
    }
}
