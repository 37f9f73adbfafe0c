package org.switchboard.service.replies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.CaseRepository;

/** Which message a reply answers, and where a case went when it was merged. Pure over its inputs; any thread. */
final class ReplyTargeting {
    /** Merges are chained at most this deep (a case merged into one that was merged again …). */
    private static final int MAX_MERGE_HOPS = 32;

    private ReplyTargeting() {}

    /** {@code toMessageId} among the case's messages, or the latest inbound message from a connected account. */
    static Message target(List<Message> messages, long caseId, Long toMessageId) {
        if (toMessageId != null) {
            return messages.stream().filter(m -> m.id() == toMessageId).findFirst()
                    .orElseThrow(() -> new NotFoundException("message", toMessageId + " in case " + caseId));
        }
        Optional<Message> latest = messages.stream()
                .filter(m -> m.direction() == Direction.IN && m.accountId() != null && m.externalId() != null)
                .max(Comparator.comparing(Message::createdAt).thenComparing(Message::id));
        return latest.orElseThrow(() -> new ValidationException("case " + caseId + " has no message from a "
                + "connected account to reply to"));
    }

    /** The channel that answers {@code target} without widening who sees it. */
    static ReplyChannel channelOf(Message target) {
        return target.kind().isPrivate() ? ReplyChannel.DIRECT : ReplyChannel.PUBLIC;
    }

    /** The case holding {@code caseId}'s contents now: itself, or the case it was merged into (followed). */
    static long current(CaseRepository cases, long caseId) {
        long id = caseId;
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            Optional<Long> into = cases.mergedInto(id);
            if (into.isEmpty() || into.get() == id) {
                return id;
            }
            id = into.get();
        }
        return id;
    }

    /** The newest message of a case (by id: ids grow as messages are stored), or null. */
    static Long newest(List<Message> messages) {
        return messages.stream().map(Message::id).max(Long::compare).orElse(null);
    }
}
