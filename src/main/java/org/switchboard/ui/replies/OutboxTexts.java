package org.switchboard.ui.replies;

import java.util.Locale;
import org.switchboard.domain.OutboxEntry;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.TimeFormat;

/** An outbox entry's state in words, for the reply box and the outbox view. Any thread. */
public final class OutboxTexts {
    private OutboxTexts() {}

    /** "Queued — waiting to be sent", "Sent 12:03", "Failed: …", "Needs attention: …"; "" for no entry. */
    public static String state(Texts texts, TimeFormat time, OutboxEntry e) {
        if (e == null) {
            return "";
        }
        String reason = e.lastError() == null || e.lastError().isBlank() ? texts.get("outbox.reason.none")
                : e.lastError();
        return switch (e.state()) {
            case QUEUED -> e.lastError() == null ? texts.get("outbox.state.queued")
                    : texts.get("outbox.state.queued-retry", reason);
            case SENDING -> texts.get("outbox.state.sending");
            case SENT -> texts.get("outbox.state.sent", e.sentAt() == null ? "" : time.at(e.sentAt()));
            case FAILED -> texts.get("outbox.state.failed", reason);
            case NEEDS_ATTENTION -> texts.get("outbox.state.needs-attention", reason);
        };
    }

    /** The state's short name for a table column ("Queued", "Sent", ...). */
    public static String name(Texts texts, OutboxEntry.State s) {
        return texts.get("outbox.state.name." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
