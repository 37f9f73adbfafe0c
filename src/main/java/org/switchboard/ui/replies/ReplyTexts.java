package org.switchboard.ui.replies;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.switchboard.domain.DisplayText;
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
        if (target != null && target.kind() == ReplyTarget.Kind.MESSENGER && target.sendable(now)) {
            String who = target.recipient() == null ? "?" : DisplayText.oneLine(target.recipient());
            return List.of(texts.get("reply.channel.messenger", who),
                    texts.get("reply.channel.window-open", left(Duration.between(now, target.windowClosesAt()))));
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
            case DIRECT -> who == null ? texts.get("reply.channel.direct-nobody", platform)
                    : texts.get("reply.channel.direct", platform, who);
            case EMAIL -> texts.get("reply.channel.email", who == null ? "?" : who);
            case MESSENGER -> texts.get("reply.channel.messenger-closed", time.exact(target.windowClosesAt()));
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

    /** "123 / 500", or just "123" where we know no limit. */
    public String counter(int length, ReplyTarget target) {
        return target == null || target.limit() == 0 ? String.valueOf(length)
                : texts.get("reply.counter", String.valueOf(length), String.valueOf(target.limit()));
    }
}
