package org.switchboard.service.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.ValidationException;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.Repositories;

/**
 * Drafts: one reply being written per case and channel (public, direct, e-mail), saved as the agent types
 * and kept with no network at all. A save is one small committed transaction that is on the disk when it
 * returns (ADR 0014: committed H2 work survives a killed process; the draft save also forces the file to the
 * disk), so the window can call it debounced, at most about once a second.
 *
 * <p>A draft remembers when it began and the newest message of the case at that moment; releasing it
 * ({@link OutboxService#release}) compares with what arrived since. A draft on a case that is merged into
 * another moves with the merge; saving it under the old case id still finds it.
 *
 * <p>Saving publishes no event (the case does not change for anyone else). Every method touches the
 * database: background threads only, never the FX thread.
 */
public final class DraftService {
    private final Repositories repos;
    private final Audit audit;
    private final Clock clock;

    public DraftService(Repositories repos, Audit audit, Clock clock) {
        this.repos = repos;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the text of the draft on {@code caseId} and {@code channel}, beginning one if there is none.
     *
     * @param caseId    the case the agent writes on; a merged case's draft is found on the case it went to
     * @param inReplyTo our id of the message answered, or null for the case's latest inbound message; when
     *                  given it replaces the draft's earlier choice
     * @return the draft as stored, with the case it lives on now
     * @throws ValidationException when the text is too long or the channel missing
     * @throws NotFoundException   when the case or the message does not exist
     */
    public Draft save(long caseId, ReplyChannel channel, String text, Long inReplyTo) {
        if (channel == null) {
            throw new ValidationException("choose the channel of the reply: public, direct or email");
        }
        String body = text == null ? "" : text;
        if (body.length() > Draft.MAX_TEXT) {
            throw new ValidationException("the draft has " + body.length() + " characters; Switchboard keeps at most "
                    + Draft.MAX_TEXT + " — shorten it");
        }
        Draft saved = repos.tx().inTransaction(() -> {
            long current = ReplyTargeting.current(repos.cases(), caseId);
            repos.cases().find(current).orElseThrow(() -> new NotFoundException("case", caseId));
            Instant now = clock.instant();
            List<Draft> editing = repos.drafts().editing(current, channel, caseId);
            Message target = inReplyTo == null ? null : ReplyTargeting.target(repos.messages().forCase(current),
                    current, inReplyTo);
            if (editing.isEmpty()) {
                Long base = ReplyTargeting.newest(repos.messages().forCase(current));
                Draft fresh = new Draft(0, current, channel, target == null ? null : target.externalId(), body,
                        Draft.State.EDITING, now, now, 0, target == null ? null : target.id(), base, caseId);
                Draft inserted = repos.drafts().insert(fresh);
                audit.record("draft.begun", "case", current, channel.id() + " draft " + inserted.id());
                return inserted;
            }
            Draft d = editing.getFirst().withText(body, now);
            if (target != null) {
                d = d.withTarget(target.id(), target.externalId());
            }
            return repos.drafts().update(d);
        });
        repos.tx().syncToDisk();
        return saved;
    }

    /** The draft being edited on {@code caseId} (or the case it was merged into) and {@code channel}. */
    public Optional<Draft> current(long caseId, ReplyChannel channel) {
        long current = ReplyTargeting.current(repos.cases(), caseId);
        return repos.drafts().editing(current, channel, caseId).stream().findFirst();
    }

    /** The drafts on a case (being edited or released), oldest first. */
    public List<Draft> forCase(long caseId) {
        return repos.drafts().forCase(ReplyTargeting.current(repos.cases(), caseId));
    }

    public Draft find(long draftId) {
        return repos.drafts().find(draftId).orElseThrow(() -> new NotFoundException("draft", draftId));
    }

    /** Throws the draft away (kept in the database as discarded, for the audit trail). */
    public Draft discard(long draftId) {
        Draft d = find(draftId);
        if (d.state() != Draft.State.EDITING) {
            throw new ValidationException("draft " + draftId + " is " + d.state().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a draft being edited can be discarded");
        }
        Draft out = repos.tx().inTransaction(() -> {
            Draft discarded = repos.drafts().update(d.withState(Draft.State.DISCARDED, clock.instant()));
            audit.record("draft.discarded", "case", d.caseId(), "draft " + draftId);
            return discarded;
        });
        repos.tx().syncToDisk();
        return out;
    }

    /**
     * The agent has seen what arrived on the case since the draft began (the conflict shown at release):
     * the draft now counts as begun after the case's newest message.
     */
    public Draft acknowledgeNewMessages(long draftId) {
        return repos.tx().inTransaction(() -> {
            Draft d = find(draftId);
            Long newest = ReplyTargeting.newest(repos.messages().forCase(d.caseId()));
            return repos.drafts().update(d.withBase(newest));
        });
    }

    /** Drafts being edited across all cases, by id after {@code afterId} (keyset pages; 10,000 drafts are fine). */
    public List<Draft> editing(long afterId, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new ValidationException("a page of drafts holds 1 to 10,000 drafts, not " + limit);
        }
        return repos.drafts().editingPage(afterId, limit);
    }

    public long countEditing() {
        return repos.drafts().countEditing();
    }
}
