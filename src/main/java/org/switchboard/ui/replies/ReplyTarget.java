package org.switchboard.ui.replies;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Account;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.service.cases.CaseDetail;

/**
 * Where a reply to the open case goes: the message it answers (the latest one that came in through a
 * connected account, the same one the reply service would pick, so what the box says is what is sent),
 * the channel, the recipient, Messenger's 24-hour window and the platform's length limit. Any thread.
 *
 * @param messageId      the message answered; {@code null} when there is none to answer
 * @param windowClosesAt for Messenger: when replies stop being allowed; else {@code null}
 * @param limit          the platform's character limit, 0 for none we know
 */
public record ReplyTarget(long caseId, Long messageId, Kind kind, Platform platform, String recipient,
                          Instant windowClosesAt, int limit) {

    /** How the reply travels, or why it cannot. */
    public enum Kind {
        PUBLIC, DIRECT, MESSENGER, EMAIL,
        /** The message came through a demo account: nothing is ever sent. */
        DEMO,
        /** No message from a connected account (manual intake, or the account was removed). */
        NO_ACCOUNT
    }

    /**
     * Messenger's standard messaging window (Meta's rule; mirrors connect/facebook/MessengerWindow, which the
     * UI may not import).
     */
    public static final Duration MESSENGER_WINDOW = Duration.ofHours(24);
    /** The reply context key the Facebook connector stores the customer's last message time under. */
    static final String LAST_CUSTOMER_MESSAGE_AT = "lastCustomerMessageAt";

    /** True when a reply can go out at {@code now}. */
    public boolean sendable(Instant now) {
        return switch (kind) {
            case PUBLIC, DIRECT, EMAIL -> true;
            case MESSENGER -> now.isBefore(windowClosesAt);
            case DEMO, NO_ACCOUNT -> false;
        };
    }

    /** Where a reply to {@code detail} goes, given the workspace's accounts. Any thread (pure). */
    public static ReplyTarget of(CaseDetail detail, List<Account> accounts) {
        long caseId = detail.kase().id();
        Optional<Message> latest = detail.messages().stream()
                .filter(m -> m.direction() == Direction.IN && m.accountId() != null && m.externalId() != null)
                .max(Comparator.comparing(Message::createdAt));
        if (latest.isEmpty()) {
            return new ReplyTarget(caseId, null, Kind.NO_ACCOUNT, detail.kase().platform(), null, null, 0);
        }
        Message m = latest.get();
        Optional<Account> account = accounts.stream().filter(a -> a.id() == m.accountId()).findFirst();
        String recipient = recipient(detail, m);
        int limit = limit(m.platform());
        if (account.isEmpty()) {
            return new ReplyTarget(caseId, m.id(), Kind.NO_ACCOUNT, m.platform(), recipient, null, limit);
        }
        if (account.get().demo()) {
            return new ReplyTarget(caseId, m.id(), Kind.DEMO, m.platform(), recipient, null, limit);
        }
        if (m.platform() == Platform.FACEBOOK && m.kind() == MessageKind.DIRECT) {
            return new ReplyTarget(caseId, m.id(), Kind.MESSENGER, m.platform(), recipient,
                    lastCustomerMessage(m).plus(MESSENGER_WINDOW), limit);
        }
        Kind kind = m.kind() == MessageKind.EMAIL ? Kind.EMAIL : m.kind().isPrivate() ? Kind.DIRECT : Kind.PUBLIC;
        return new ReplyTarget(caseId, m.id(), kind, m.platform(), recipient, null, limit);
    }

    /**
     * Whom the reply reaches, as a person recognises them: the handle on the platform (what the reply
     * service addresses), except on Facebook, where handles are numeric page-scoped ids and the name says more.
     */
    private static String recipient(CaseDetail detail, Message m) {
        if (m.platform() == Platform.FACEBOOK && m.author() != null) {
            return m.author();
        }
        return detail.identities().stream().filter(i -> i.platform() == m.platform())
                .map(Identity::handle).findFirst().orElse(m.author());
    }

    /** The platforms' own limits (Bluesky counts graphemes, Mastodon 500 by default, X 280). */
    static int limit(Platform p) {
        return switch (p) {
            case BLUESKY -> 300;
            case MASTODON -> 500;
            case X -> 280;
            default -> 0;
        };
    }

    /** When the customer last wrote: the connector's note in the reply context, else the message's own time. */
    private static Instant lastCustomerMessage(Message m) {
        String at = m.replyContext().get(LAST_CUSTOMER_MESSAGE_AT);
        if (at != null) {
            try {
                return Instant.parse(at);
            } catch (DateTimeParseException e) {
                // a context written by another version: the message's own time is the safe guess
            }
        }
        return m.createdAt();
    }
}
