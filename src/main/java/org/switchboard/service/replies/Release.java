package org.switchboard.service.replies;

import java.util.List;
import org.switchboard.domain.Draft;
import org.switchboard.domain.Message;
import org.switchboard.domain.OutboxEntry;

/**
 * What releasing a draft did. Either it is {@link Queued} in the outbox, or it was held back because of
 * {@link Conflicts}: messages that arrived on the case (from the customer, or another reply of ours) since
 * the draft began — the agent reads them and decides (release again with {@code acknowledgeConflicts}).
 * Both carry the deflection check's verdict of the text.
 */
public sealed interface Release {
    /** The deflection check of the reply's text. */
    Verdict verdict();

    /**
     * @param entry        the outbox entry, {@code QUEUED}
     * @param acknowledged conflicting messages the agent chose to send anyway (empty when there were none)
     */
    record Queued(OutboxEntry entry, Verdict verdict, List<Message> acknowledged) implements Release {
        public Queued {
            acknowledged = List.copyOf(acknowledged);
        }
    }

    /** Nothing was queued: {@code since} arrived on the case after the draft began, oldest first. */
    record Conflicts(Draft draft, List<Message> since, Verdict verdict) implements Release {
        public Conflicts {
            since = List.copyOf(since);
        }
    }
}
