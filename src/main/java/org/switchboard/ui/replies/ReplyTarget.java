package org.switchboard.ui.replies;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Account;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.service.replies.ReplyRules;
import org.switchboard.service.cases.CaseDetail;

/**
 * Where a reply to the open case goes: the message it answers (the latest one that came in through a
 * connected account, the same one the reply service would pick, so what the box says is what is sent),
 * the channel, the recipient, Messenger's 24-hour window and the platform's length limit. Any thread.
 *
 * @param messageId      the message answered; {@code null} when there is none to answer
 * @param windowClosesAt for Messenger and Instagram direct messages: when replies stop being allowed; else
 *                       {@code null}
 * @param limit          the platform's limit for this channel ({@link ReplyRules#limit}), 0 for none
 * @param channel        public, direct or e-mail: the channel of the message answered, never wider
 * @param lastInboundAt  when the customer last wrote (starts the 24-hour window)
 * @param instanceLimit  the Mastodon instance's own limit, or null for the default
 * @param mention        whom the reply must mention ({@link ReplyRules#mentionPrefix}); null where none is needed
 */
public record ReplyTarget(long caseId, Long messageId, Kind kind, Platform platform, String recipient,
                          Instant windowClosesAt, int limit, ReplyChannel channel, Instant lastInboundAt,
                          Integer instanceLimit, String mention) {

    /** How the reply travels, or why it cannot. */
    public enum Kind {
        PUBLIC, DIRECT, MESSENGER, EMAIL,
        /** The message came through a demo account: nothing is ever sent. */
        DEMO,
        /** No message from a connected account (manual intake, or the account was removed). */
        NO_ACCOUNT
    }

    /** True when a reply can go out at {@code now} (the channel allows it; the text is judged by the rules). */
    public boolean sendable(Instant now) {
        return switch (kind) {
            case PUBLIC, DIRECT, EMAIL, MESSENGER -> windowClosesAt == null || now.isBefore(windowClosesAt);
            case DEMO, NO_ACCOUNT -> false;
        };
    }

    /** {@code text} as a reply on this target, for {@link ReplyRules#check} and {@link ReplyRules#count}. */
    public ReplyRules.Reply reply(String text) {
        return new ReplyRules.Reply(platform, channel, channel, text, lastInboundAt, instanceLimit, mention);
    }

    /** Where a reply to {@code detail} goes, given the workspace's accounts. Any thread (pure). */
    public static ReplyTarget of(CaseDetail detail, List<Account> accounts) {
        return of(detail, accounts, null);
    }

    /**
     * The channels a reply to {@code detail} can take (public, direct, e-mail: those the customer wrote on through
     * a connected account), in that order.
     */
    public static List<ReplyChannel> channels(CaseDetail detail) {
        java.util.stream.Stream<ReplyChannel> platforms = answerable(detail).map(m -> ReplyRules.channelFor(m.kind()))
                .filter(c -> c != ReplyChannel.EMAIL);
        java.util.stream.Stream<ReplyChannel> mail = byMail(detail) ? java.util.stream.Stream.of(ReplyChannel.EMAIL)
                : java.util.stream.Stream.empty();
        return java.util.stream.Stream.concat(platforms, mail).distinct().sorted().toList();
    }

    /**
     * True when the case can be answered by e-mail (through the errands mailbox): it came by e-mail and the contact
     * has an address.
     */
    static boolean byMail(CaseDetail detail) {
        boolean cameByMail = detail.kase().platform() == Platform.EMAIL || detail.messages().stream()
                .anyMatch(m -> m.direction() == Direction.IN && m.kind() == org.switchboard.domain.MessageKind.EMAIL);
        return cameByMail && address(detail) != null;
    }

    /** The contact's e-mail address: its e-mail identity, else the address on the contact; or null. */
    private static String address(CaseDetail detail) {
        return detail.identities().stream().filter(i -> i.platform() == Platform.EMAIL).map(Identity::handle)
                .filter(h -> h != null && h.contains("@")).findFirst()
                .orElse(detail.contact() == null ? null : detail.contact().email());
    }

    /** The channel of the latest message that can be answered, or null when there is none. */
    public static ReplyChannel latestChannel(CaseDetail detail) {
        if (detail.kase().platform() == Platform.EMAIL && byMail(detail)) {
            return ReplyChannel.EMAIL;
        }
        return answerable(detail).max(Comparator.comparing(Message::createdAt))
                .map(m -> ReplyRules.channelFor(m.kind())).orElse(null);
    }

    private static java.util.stream.Stream<Message> answerable(CaseDetail detail) {
        return detail.messages().stream()
                .filter(m -> m.direction() == Direction.IN && m.accountId() != null && m.externalId() != null);
    }

    /**
     * Where a reply on {@code channel} goes (the latest message the customer wrote on it), or, for a null channel,
     * a reply to the latest message of all. Any thread (pure).
     */
    public static ReplyTarget of(CaseDetail detail, List<Account> accounts, ReplyChannel wanted) {
        long caseId = detail.kase().id();
        if (wanted == ReplyChannel.EMAIL && byMail(detail)) {
            // by e-mail through the errands mailbox: answers the customer's latest message, no platform account
            Message m = detail.messages().stream().filter(x -> x.direction() == Direction.IN)
                    .max(Comparator.comparing(Message::createdAt)).orElse(null);
            if (m != null) {
                boolean demo = m.accountId() != null && accounts.stream()
                        .anyMatch(a -> a.id() == m.accountId() && a.demo());
                return new ReplyTarget(caseId, m.id(), demo ? Kind.DEMO : Kind.EMAIL, Platform.EMAIL, address(detail),
                        null, 0, ReplyChannel.EMAIL, m.createdAt(), null, null);
            }
        }
        Optional<Message> latest = answerable(detail)
                .filter(m -> wanted == null || ReplyRules.channelFor(m.kind()) == wanted)
                .max(Comparator.comparing(Message::createdAt));
        if (latest.isEmpty()) {
            Platform p = detail.kase().platform();
            return new ReplyTarget(caseId, null, Kind.NO_ACCOUNT, p, null, null, 0, ReplyChannel.PUBLIC, null, null,
                    null);
        }
        Message m = latest.get();
        Optional<Account> account = accounts.stream().filter(a -> a.id() == m.accountId()).findFirst();
        String recipient = recipient(detail, m);
        // a reply to a direct message stays direct: the channel follows the message answered, never wider
        ReplyChannel channel = ReplyRules.channelFor(m.kind());
        Integer instanceLimit = account.map(ReplyRules::instanceLimit).orElse(null);
        int limit = ReplyRules.limit(m.platform(), channel, instanceLimit);
        Instant last = ReplyRules.lastInbound(m);
        String mention = m.platform() == Platform.MASTODON ? mastodonAcct(detail, m) : null;
        Kind kind;
        if (account.isEmpty()) {
            kind = Kind.NO_ACCOUNT;
        } else if (account.get().demo()) {
            kind = Kind.DEMO;
        } else if (m.platform() == Platform.FACEBOOK && channel == ReplyChannel.DIRECT) {
            kind = Kind.MESSENGER;
        } else {
            kind = channel == ReplyChannel.EMAIL ? Kind.EMAIL : channel == ReplyChannel.DIRECT ? Kind.DIRECT
                    : Kind.PUBLIC;
        }
        Instant closes = ReplyRules.hasWindow(m.platform(), channel) && kind != Kind.NO_ACCOUNT && kind != Kind.DEMO
                ? last.plus(ReplyRules.DM_WINDOW) : null;
        return new ReplyTarget(caseId, m.id(), kind, m.platform(), recipient, closes, limit, channel, last,
                instanceLimit, mention);
    }

    /** The Mastodon account to mention: the connector's {@code acct} in the reply context, else the handle. */
    private static String mastodonAcct(CaseDetail detail, Message m) {
        String acct = m.replyContext().get("acct");
        if (acct == null || acct.isBlank()) {
            acct = detail.identities().stream().filter(i -> i.platform() == Platform.MASTODON)
                    .map(Identity::handle).findFirst().orElse(null);
        }
        if (acct == null || acct.isBlank()) {
            return null;
        }
        return acct.strip().startsWith("@") ? acct.strip().substring(1) : acct.strip();
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
}
