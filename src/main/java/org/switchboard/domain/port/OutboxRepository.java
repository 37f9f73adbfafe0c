package org.switchboard.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.OutboxEntry;

/** Released replies on their way out. Every state change is a versioned write (two deliverers never race). */
public interface OutboxRepository {
    OutboxEntry insert(OutboxEntry entry);

    Optional<OutboxEntry> find(long id);

    /** {@code QUEUED} entries due at {@code now} (no next attempt, or one not after now), oldest due first. */
    List<OutboxEntry> due(Instant now, int limit);

    /** Entries in {@code state}, oldest first. */
    List<OutboxEntry> inState(OutboxEntry.State state, int limit);

    /** The earliest next attempt of a queued entry, if any is waiting. */
    Optional<Instant> nextAttempt();

    /**
     * Writes {@code entry} if its version still matches the stored one.
     *
     * @return the entry with its new version, or empty when someone else changed it meanwhile
     */
    Optional<OutboxEntry> update(OutboxEntry entry);

    /**
     * The listing: every entry not {@code SENT}, and sent entries sent at or after {@code sentSince}, in the
     * order they were created, after the keyset ({@code afterCreatedAt}, {@code afterId}); null: from the start.
     */
    List<OutboxEntry> page(Instant sentSince, Instant afterCreatedAt, long afterId, int limit);

    /** The newest entry released from {@code draftId}. */
    Optional<OutboxEntry> latestForDraft(long draftId);

    /**
     * Queued entries of {@code accountId} waiting out a network or server failure become due at {@code now}
     * (the platform answered again); entries waiting out a rate limit keep their time.
     */
    int makeDue(long accountId, Instant now);
}
