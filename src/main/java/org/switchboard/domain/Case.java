package org.switchboard.domain;

import java.time.Instant;
import java.util.List;

/**
 * The unit of work in the queue: one concern of one contact. The summary columns ({@code preview},
 * {@code lastActivityAt}, {@code waitingSince}, {@code messageCount}) are kept current by the services
 * so that the queue is one indexed query.
 *
 * @param waitingSince when the contact started waiting for us (earliest unanswered inbound message),
 *                     {@code null} when nobody waits on us
 */
public record Case(long id, CaseStatus status, Outcome outcome, Priority priority, String assignee,
                   List<String> tags, long contactId, Long accountId, Platform platform, String preview,
                   Instant createdAt, Instant lastActivityAt, Instant waitingSince, int messageCount,
                   Instant resolvedAt, long version) {

    public static final int PREVIEW_LENGTH = 280;

    public Case {
        Require.notNull(status, "status");
        Require.notNull(priority, "priority");
        Require.notNull(platform, "platform");
        if (status == CaseStatus.RESOLVED && outcome == null) {
            throw new ValidationException("a resolved case needs an outcome");
        }
        assignee = Require.blankToNull(assignee);
        tags = Require.copy(tags);
        preview = preview == null ? "" : preview;
        Require.notNull(createdAt, "createdAt");
        Require.notNull(lastActivityAt, "lastActivityAt");
        Require.positiveOrZero(messageCount, "messageCount");
    }

    public Case withStatus(CaseStatus newStatus, Outcome newOutcome, Instant newResolvedAt) {
        return new Case(id, newStatus, newOutcome, priority, assignee, tags, contactId, accountId, platform, preview,
                createdAt, lastActivityAt, waitingSince, messageCount, newResolvedAt, version);
    }

    public Case withAssignee(String newAssignee) {
        return new Case(id, status, outcome, priority, newAssignee, tags, contactId, accountId, platform, preview,
                createdAt, lastActivityAt, waitingSince, messageCount, resolvedAt, version);
    }

    public Case withPriority(Priority newPriority) {
        return new Case(id, status, outcome, newPriority, assignee, tags, contactId, accountId, platform, preview,
                createdAt, lastActivityAt, waitingSince, messageCount, resolvedAt, version);
    }

    public Case withTags(List<String> newTags) {
        return new Case(id, status, outcome, priority, assignee, newTags, contactId, accountId, platform, preview,
                createdAt, lastActivityAt, waitingSince, messageCount, resolvedAt, version);
    }

    /** The summary after messages were added: preview, activity, waiting time and count. */
    public Case withSummary(String newPreview, Instant newLastActivity, Instant newWaitingSince, int newCount) {
        return new Case(id, status, outcome, priority, assignee, tags, contactId, accountId, platform, newPreview,
                createdAt, newLastActivity, newWaitingSince, newCount, resolvedAt, version);
    }

    /** The first line of a text, cut to the queue's preview length. */
    public static String previewOf(String text) {
        String firstLine = text == null ? "" : text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return firstLine.length() <= PREVIEW_LENGTH ? firstLine : firstLine.substring(0, PREVIEW_LENGTH - 1) + "…";
    }
}
