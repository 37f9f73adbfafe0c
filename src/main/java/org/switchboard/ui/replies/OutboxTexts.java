package org.switchboard.ui.replies;

import java.util.Locale;
import org.switchboard.domain.DisplayText;
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
        String reason = reason(texts, time, e);
        return switch (e.state()) {
            case QUEUED -> e.lastError() == null ? texts.get("outbox.state.queued")
                    : texts.get("outbox.state.queued-retry", reason);
            case SENDING -> texts.get("outbox.state.sending");
            case SENT -> texts.get("outbox.state.sent", e.sentAt() == null ? "" : time.at(e.sentAt()));
            case FAILED -> texts.get("outbox.state.failed", reason);
            case NEEDS_ATTENTION -> texts.get("outbox.state.needs-attention", reason);
        };
    }

    /**
     * Why an entry is not sent (yet), in the window's language, from its failure kind: "Facebook bittet zu warten
     * (Ratenbegrenzung); die Antwort geht um 14:05 raus." The service's own English words, with the platform's
     * message, are {@link #details}; they are also what is shown for a kind without words of its own.
     */
    public static String reason(Texts texts, TimeFormat time, OutboxEntry e) {
        if (e.lastError() == null || e.lastError().isBlank()) {
            return texts.get("outbox.reason.none");
        }
        String kind = e.failureKind() == null ? "" : e.failureKind().toLowerCase(Locale.ROOT).replace('_', '-');
        String key = "outbox.why." + kind + ".queued";
        if (e.state() != OutboxEntry.State.QUEUED || !texts.bundle().containsKey(key)) {
            key = "outbox.why." + kind; // also a retried entry, queued again with its last failure
        }
        if (kind.isEmpty() || !texts.bundle().containsKey(key)) {
            return DisplayText.oneLine(e.lastError());
        }
        return texts.get(key, e.platform().displayName(), DisplayText.oneLine(e.accountName()),
                e.nextAttemptAt() == null ? "" : time.at(e.nextAttemptAt()), e.attempts());
    }

    /** The service's words for an entry's last failure, with the platform's or server's own message; "" if none. */
    public static String details(OutboxEntry e) {
        return e.lastError() == null ? "" : DisplayText.oneLine(e.lastError());
    }

    /** The state's short name for a table column ("Queued", "Sent", ...). */
    public static String name(Texts texts, OutboxEntry.State s) {
        return texts.get("outbox.state.name." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
