package org.switchboard.ui.replies;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchboard.domain.DisplayText;
import org.switchboard.domain.Platform;
import org.switchboard.service.replies.ReplyLength;
import org.switchboard.service.replies.ReplyProblem;
import org.switchboard.service.replies.ReplyRules;
import org.switchboard.service.i18n.Texts;
import org.switchboard.ui.common.DomainTexts;
import org.switchboard.ui.common.TimeFormat;

/**
 * Where a reply goes, in words: "Public reply on Mastodon to @anna@norden.social", "24-hour window: 5 h
 * 12 min left", "Demo workspace — replies are not sent". Plain Java so tests read the words. Any thread.
 */
public final class ReplyTexts {
    private final DomainTexts names;
    private final Texts texts;
    private final TimeFormat time;

    public ReplyTexts(DomainTexts names, TimeFormat time) {
        this.names = names;
        this.texts = names.texts();
        this.time = time;
    }

    /** The channel line above the box for {@code target} at {@code now}; a hint while no target is known. */
    public String channel(ReplyTarget target, Instant now) {
        return String.join(" \u00b7 ", parts(target, now));
    }

    /**
     * The channel line in parts that must not be broken apart ("Messenger to Jana Berg", "24-hour window:
     * 5 h 12 min left"): the box wraps between them, not inside the countdown.
     */
    public List<String> parts(ReplyTarget target, Instant now) {
        if (target != null && target.windowClosesAt() != null && target.sendable(now)) {
            String window = texts.get("reply.channel.window-open", left(Duration.between(now, target.windowClosesAt())));
            return List.of(single(target, now), window);
        }
        return List.of(single(target, now));
    }

    private String single(ReplyTarget target, Instant now) {
        if (target == null) {
            return texts.get("reply.channel.loading");
        }
        String platform = names.platform(target.platform());
        String who = target.recipient() == null ? null : DisplayText.oneLine(target.recipient());
        return switch (target.kind()) {
            case PUBLIC -> who == null ? texts.get("reply.channel.public-nobody", platform)
                    : texts.get("reply.channel.public", platform, who);
            case DIRECT -> target.windowClosesAt() != null && !target.sendable(now)
                    ? texts.get("reply.channel.dm-closed", platform, time.exact(target.windowClosesAt()))
                    : who == null ? texts.get("reply.channel.direct-nobody", platform)
                    : texts.get("reply.channel.direct", platform, who);
            case EMAIL -> texts.get("reply.channel.email", who == null ? "?" : who);
            case MESSENGER -> target.sendable(now) ? texts.get("reply.channel.messenger", who == null ? "?" : who)
                    : texts.get("reply.channel.messenger-closed", time.exact(target.windowClosesAt()));
            case DEMO -> texts.get("reply.channel.demo");
            case NO_ACCOUNT -> texts.get("reply.channel.none");
        };
    }

    /** "5 h 12 min" or "12 min": a countdown needs the minutes, unlike the queue's round waiting times. */
    public String left(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? texts.get("reply.window.minutes", minutes)
                : texts.get("reply.window.hours-minutes", minutes / 60, minutes % 60);
    }

    /** "123 / 500", or just "123" where the channel has no limit. */
    public String counter(ReplyLength length) {
        return length == null ? "" : !length.limited() ? String.valueOf(length.used())
                : texts.get("reply.counter", String.valueOf(length.used()), String.valueOf(length.limit()));
    }

    /** The counter for screen readers: "212 of 300 characters used, 88 left" / "12 characters too many …". */
    public String counterInWords(ReplyLength length, Platform platform) {
        if (length == null) {
            return "";
        }
        String unit = "reply.counter.unit." + unitKey(length.unit());
        if (!length.limited()) {
            return texts.get("reply.counter.words-unlimited", length.used(), texts.get(unit, length.used()));
        }
        return length.over()
                ? texts.get("reply.counter.words-over", -length.remaining(), texts.get(unit, -length.remaining()),
                        length.limit(), names.platform(platform))
                : texts.get("reply.counter.words", length.used(), length.limit(), texts.get(unit, length.limit()),
                        length.remaining());
    }

    /** "Public" or "Direct — only the customer sees it" (the visibility chip). */
    public String visibility(ReplyTarget target) {
        if (target == null) {
            return "";
        }
        return switch (target.channel()) {
            case PUBLIC -> texts.get("reply.visibility.public");
            case DIRECT -> texts.get("reply.visibility.direct");
            case EMAIL -> texts.get("reply.visibility.email");
        };
    }

    /** "Starts with @anna@norden.social (added, counted)" while the text lacks Mastodon's mention; else "". */
    public String mention(ReplyTarget target, String text) {
        if (target == null || target.mention() == null
                || ReplyRules.mentionPresent(target.platform(), text == null ? "" : text.strip(), target.mention())) {
            return "";
        }
        return texts.get("reply.mention.added", ReplyRules.mentionPrefix(target.platform(), target.mention()).strip());
    }

    /** Why Send is off, in words: the first problem of the text or the channel; "" when it may be sent. */
    public String problem(ReplyProblem p, ReplyTarget target) {
        if (p == null) {
            return "";
        }
        return switch (p.code()) {
            case EMPTY -> "";
            case TOO_LONG -> texts.get("reply.problem.too-long", names.platform(target.platform()));
            case WINDOW_CLOSED -> texts.get("reply.problem.window-closed", names.platform(target.platform()));
            case VISIBILITY_WIDENED -> texts.get("reply.problem.visibility");
            case TEMPLATE_MARKER -> texts.get("reply.problem.marker");
        };
    }

    private static String unitKey(String unit) {
        return switch (unit) {
            case "weighted characters" -> "weighted";
            case "bytes" -> "bytes";
            default -> "characters";
        };
    }
}
