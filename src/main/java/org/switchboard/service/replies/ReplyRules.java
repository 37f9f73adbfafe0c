package org.switchboard.service.replies;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.domain.Account;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.ReplyChannel;

/**
 * Each platform's rules for a reply, while it is typed and again before it is sent: how long it may be (counted
 * the way the platform counts, see docs/decisions/0015), the 24-hour window of Messenger and Instagram direct
 * messages, that a reply to a private message stays private, the mention Mastodon needs, and that no template
 * placeholder is left. The outbox calls {@link #check(Reply, Instant)} before every send, the reply box while
 * typing, so both refuse for the same reasons. Pure functions; any thread.
 */
public final class ReplyRules {
    /** Mastodon's default {@code configuration.statuses.max_characters}; an instance may allow more. */
    public static final int MASTODON_DEFAULT_LIMIT = 500;
    /**
     * The account setting that holds the instance's own limit (from {@code /api/v2/instance}
     * {@code configuration.statuses.max_characters}); absent means the default.
     */
    public static final String MASTODON_LIMIT_SETTING = "maxCharacters";
    /** The reply-context key under which the Facebook connector notes the customer's last message. */
    public static final String LAST_CUSTOMER_MESSAGE_AT = "lastCustomerMessageAt";
    /** Messenger's and Instagram's standard messaging window after the customer's last message. */
    public static final Duration DM_WINDOW = Duration.ofHours(24);
    /** A template placeholder without its value, as {@link TemplateService} leaves it: ⟦errand.ref fehlt⟧. */
    static final Pattern MARKER = Pattern.compile("\u27E6[^\u27E7\\n]{0,80}\u27E7");

    private ReplyRules() {}

    /**
     * A reply as it would be sent.
     *
     * @param platform      where it goes
     * @param channel       public, direct or e-mail
     * @param answered      the channel of the message it answers (a direct message is answered directly); null
     *                      when unknown
     * @param text          the text as typed (a missing Mastodon mention is added and counted)
     * @param lastInboundAt when the customer last wrote (for the 24-hour windows); null when unknown
     * @param instanceLimit the Mastodon instance's limit; null or 0 for the default
     * @param mention       whom a Mastodon reply must mention ({@code anna@norden.social}); null for none
     */
    public record Reply(Platform platform, ReplyChannel channel, ReplyChannel answered, String text,
                        Instant lastInboundAt, Integer instanceLimit, String mention) {
        public Reply {
            text = text == null ? "" : text;
        }

        /** The text as the platform will receive it: with Mastodon's mention in front. */
        public String sentText() {
            return withMention(platform, text.strip(), mention);
        }
    }

    /**
     * {@code text} as a reply to {@code answered}, received through {@code account}: the channel of the message
     * answered (private stays private), the customer's last message time (the connector's
     * {@code lastCustomerMessageAt} in the reply context, else the message's own time), the account's Mastodon
     * instance limit, and the mention Mastodon needs ({@code acct} in the reply context, else {@code handle}).
     * What the outbox passes to {@link #check(Reply, Instant)}. Any thread.
     */
    public static Reply replyTo(org.switchboard.domain.Message answered, Account account, String handle,
                                String text) {
        return replyTo(answered, account, handle, channelFor(answered.kind()), text);
    }

    /** As above, on the {@code channel} the agent chose (a public mention may be answered directly). */
    public static Reply replyTo(org.switchboard.domain.Message answered, Account account, String handle,
                                ReplyChannel channel, String text) {
        ReplyChannel answeredOn = channelFor(answered.kind());
        String mention = null;
        if (answered.platform() == Platform.MASTODON) {
            String acct = answered.replyContext().get("acct");
            mention = acct != null && !acct.isBlank() ? acct.strip() : handle;
            if (mention != null && mention.startsWith("@")) {
                mention = mention.substring(1);
            }
        }
        return new Reply(answered.platform(), channel, answeredOn, text, lastInbound(answered),
                instanceLimit(account), mention);
    }

    /** When the customer last wrote: the connector's note in the reply context, else the message's own time. */
    public static Instant lastInbound(org.switchboard.domain.Message answered) {
        String at = answered.replyContext().get(LAST_CUSTOMER_MESSAGE_AT);
        if (at != null) {
            try {
                return Instant.parse(at);
            } catch (java.time.format.DateTimeParseException e) {
                // a context written by another version: the message's own time is the safe guess
            }
        }
        return answered.createdAt();
    }

    /** The 24-hour window of a direct message: when it closes, and how long is left at the time asked. */
    public record Window(Instant closesAt, Duration left) {
        public boolean open() {
            return !left.isZero();
        }
    }

    /**
     * Everything that stops {@code reply} from going out at {@code now}; empty when it may be sent. The outbox
     * calls this right before sending, so a reply typed in time but released late is still refused.
     */
    public static List<ReplyProblem> check(Reply reply, Instant now) {
        List<ReplyProblem> problems = new ArrayList<>();
        if (reply.text().isBlank()) {
            problems.add(new ReplyProblem(ReplyProblem.Code.EMPTY, "The reply is empty; write the answer first."));
            return problems;
        }
        ReplyLength length = count(reply.platform(), reply.channel(), reply.sentText(), reply.instanceLimit());
        if (length.over()) {
            String unit = length.unit().endsWith("s") ? length.unit().substring(0, length.unit().length() - 1)
                    : length.unit();
            problems.add(new ReplyProblem(ReplyProblem.Code.TOO_LONG, "The reply is too long for "
                    + reply.platform().displayName() + ": it has " + length.used() + " " + length.unit() + ", over the "
                    + unit + " limit of " + length.limit() + ". Shorten it by " + -length.remaining() + "."));
        }
        Optional<Window> window = window(reply.platform(), reply.channel(), reply.lastInboundAt(), now);
        if (window.isPresent() && !window.get().open()) {
            problems.add(new ReplyProblem(ReplyProblem.Code.WINDOW_CLOSED, "The 24-hour window closed at "
                    + window.get().closesAt() + ": " + reply.platform().displayName() + " allows replies to a direct "
                    + "message only within 24 hours of the customer's last message. Answer another way (e-mail, "
                    + "phone) or wait until the customer writes again."));
        }
        if (reply.answered() == ReplyChannel.DIRECT && reply.channel() == ReplyChannel.PUBLIC) {
            problems.add(new ReplyProblem(ReplyProblem.Code.VISIBILITY_WIDENED, "The customer wrote a direct "
                    + "message; a public reply would make the conversation public. Reply directly."));
        }
        Matcher marker = MARKER.matcher(reply.text());
        if (marker.find()) {
            problems.add(new ReplyProblem(ReplyProblem.Code.TEMPLATE_MARKER, "The placeholder " + marker.group()
                    + " still waits for its value; type the value in its place or remove it."));
        }
        return problems;
    }

    /**
     * The check in its shortest form, for a reply without a Mastodon mention or instance limit: a direct reply is
     * taken to answer a direct message.
     */
    public static List<ReplyProblem> check(Platform platform, ReplyChannel channel, String text,
                                           Instant lastInboundAt, Instant now) {
        return check(new Reply(platform, channel, channel, text, lastInboundAt, null, null), now);
    }

    /** The length of {@code text} as {@code platform} counts it on {@code channel}, with the default limits. */
    public static ReplyLength count(Platform platform, ReplyChannel channel, String text) {
        return count(platform, channel, text, null);
    }

    /** The length of {@code text} (as sent) as {@code platform} counts it on {@code channel}. */
    public static ReplyLength count(Platform platform, ReplyChannel channel, String text, Integer instanceLimit) {
        int limit = limit(platform, channel, instanceLimit);
        boolean direct = channel == ReplyChannel.DIRECT;
        return switch (platform) {
            case MASTODON -> ReplyLength.of(PlatformCount.mastodon(text), limit, "characters");
            case BLUESKY -> ReplyLength.of(PlatformCount.graphemes(text), limit, "characters");
            case X -> direct ? ReplyLength.of(PlatformCount.codePoints(text), limit, "characters")
                    : ReplyLength.of(PlatformCount.xWeighted(text), limit, "weighted characters");
            case THREADS -> ReplyLength.of(PlatformCount.threads(text), limit, "characters");
            case INSTAGRAM -> direct ? ReplyLength.of(PlatformCount.utf8Bytes(text), limit, "bytes")
                    : ReplyLength.of(PlatformCount.codePoints(text), limit, "characters");
            default -> ReplyLength.of(PlatformCount.codePoints(text), limit, "characters");
        };
    }

    /**
     * The platform's limit for a reply on {@code channel}; 0 for none. Sources: docs/decisions/0015 and
     * /work/shared/PLATFORM-APIS.md ([V] verified in the platform's docs, [U] reported but not verified).
     */
    public static int limit(Platform platform, ReplyChannel channel, Integer instanceLimit) {
        boolean direct = channel == ReplyChannel.DIRECT;
        return switch (platform) {
            // configuration.statuses.max_characters of /api/v2/instance; 500 is Mastodon's default [V]
            case MASTODON -> instanceLimit != null && instanceLimit > 0 ? instanceLimit : MASTODON_DEFAULT_LIMIT;
            // app.bsky.feed.post maxGraphemes 300; chat.bsky.convo.sendMessage text ≤ 1000 graphemes [V, §2]
            case BLUESKY -> direct ? 1000 : 300;
            // twitter-text v3 maxWeightedTweetLength 280 [V]; direct messages 10,000 characters [U]
            case X -> direct ? 10_000 : 280;
            // Threads text limit 500 characters [V, §5]
            case THREADS -> 500;
            // Messenger Send API: message.text "has a 2000 character limit" [V Meta send-api reference];
            // a Page comment 8000 characters [U, widely reported, not in Meta's reference]
            case FACEBOOK -> direct ? 2000 : 8000;
            // Instagram messaging: text up to 1000 bytes [V Meta instagram-platform send-message];
            // a comment 2200 characters like a caption [U]
            case INSTAGRAM -> direct ? 1000 : 2200;
            default -> 0; // e-mail and manual channels: no limit
        };
    }

    /** The Mastodon instance's limit stored on the account, or null for the default. Any thread. */
    public static Integer instanceLimit(Account account) {
        String v = account == null ? null : account.settings().get(MASTODON_LIMIT_SETTING);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null; // a hand-edited setting: the default is the safe guess
        }
    }

    /** True when replies on {@code channel} are allowed only within 24 hours of the customer's last message. */
    public static boolean hasWindow(Platform platform, ReplyChannel channel) {
        return channel == ReplyChannel.DIRECT && (platform == Platform.FACEBOOK || platform == Platform.INSTAGRAM);
    }

    /**
     * The 24-hour window at {@code now}, for Messenger and Instagram direct messages; empty for every other
     * channel. A window whose start is unknown counts as closed: the platform would refuse, so the agent hears
     * it before sending rather than after.
     */
    public static Optional<Window> window(Platform platform, ReplyChannel channel, Instant lastInboundAt,
                                          Instant now) {
        if (!hasWindow(platform, channel)) {
            return Optional.empty();
        }
        if (lastInboundAt == null) {
            return Optional.of(new Window(now, Duration.ZERO));
        }
        Instant closes = lastInboundAt.plus(DM_WINDOW);
        Duration left = Duration.between(now, closes);
        return Optional.of(new Window(closes, left.isNegative() ? Duration.ZERO : left));
    }

    /** The channel a reply to a message of {@code answered} kind takes: private stays private. */
    public static ReplyChannel channelFor(MessageKind answered) {
        return answered == MessageKind.EMAIL ? ReplyChannel.EMAIL
                : answered.isPrivate() ? ReplyChannel.DIRECT : ReplyChannel.PUBLIC;
    }

    /**
     * The mention a reply on {@code platform} must start with, with its space ({@code "@anna@norden.social "}),
     * or "" where none is needed: Mastodon does not add the mention of the person answered (and a direct status
     * reaches only those it mentions); Bluesky and X thread replies by reference.
     */
    public static String mentionPrefix(Platform platform, String acct) {
        if (platform != Platform.MASTODON || acct == null || acct.isBlank()) {
            return "";
        }
        String a = acct.strip();
        return (a.startsWith("@") ? a : "@" + a) + " ";
    }

    /** {@code text} with the mention in front unless it already starts with it (case-insensitively). */
    public static String withMention(Platform platform, String text, String acct) {
        String prefix = mentionPrefix(platform, acct);
        if (prefix.isEmpty()) {
            return text;
        }
        String mention = prefix.strip();
        boolean present = text.regionMatches(true, 0, mention, 0, mention.length())
                && (text.length() == mention.length() || !continuesHandle(text.charAt(mention.length())));
        return present ? text : prefix + text;
    }

    /** True when the text already carries the mention; then nothing is added. */
    public static boolean mentionPresent(Platform platform, String text, String acct) {
        return withMention(platform, text, acct).equals(text);
    }

    private static boolean continuesHandle(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@';
    }
}
