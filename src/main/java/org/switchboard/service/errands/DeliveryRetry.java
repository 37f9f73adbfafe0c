package org.switchboard.service.errands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.sync.ConnectorException;

/**
 * Which delivery failures are worth another try, and when (ADR 0017). Permanent: an SMTP 5xx refusal, an
 * HTTP 4xx from a webhook or Open311 server except 408 and 429, an address that is not https, a unit
 * without the channel's address — trying again sends the same thing to the same place and fails the same
 * way. Transient: SMTP 4xx, HTTP 5xx, 408, 429, no connection, a locked vault, a mailbox login refused
 * (fixing the mailbox settings fixes every errand). Transient failures back off — 2, 5, 15, 30 minutes,
 * then 1, 2, 4, 8, 12 hours — and stop after {@link #MAX_ATTEMPTS} attempts or {@link #MAX_SPAN} since the
 * first failure, whichever comes first; the agent is then asked to look. Pure; any thread.
 */
final class DeliveryRetry {
    static final int MAX_ATTEMPTS = 10;
    static final Duration MAX_SPAN = Duration.ofHours(48);
    private static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(2), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(12));

    private DeliveryRetry() {}

    static boolean permanent(RuntimeException failure) {
        return switch (failure) {
            case MailException m -> m.kind() == MailException.Kind.REJECTED;
            case ConnectorException c -> permanent(c);
            case ValidationException v -> true;
            case SecretsUnavailableException s -> false;
            default -> false;
        };
    }

    private static boolean permanent(ConnectorException c) {
        int status = c.httpStatus();
        if (status == 408 || status == 429) {
            return false;
        }
        if (status >= 400 && status < 500) {
            return true;
        }
        // no status: our own refusal before sending (an address that is not https) is permanent
        return status == 0 && (c.kind() == ConnectorException.Kind.CLIENT_ERROR
                || c.kind() == ConnectorException.Kind.PERMISSION);
    }

    /** When to try again after the {@code attempts}-th failed attempt; null when it is time to stop. */
    static Instant next(int attempts, Instant firstFailedAt, Instant now) {
        if (attempts >= MAX_ATTEMPTS || !now.isBefore(firstFailedAt.plus(MAX_SPAN))) {
            return null;
        }
        Instant at = now.plus(BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1));
        Instant last = firstFailedAt.plus(MAX_SPAN);
        return at.isAfter(last) ? last : at;
    }
}
