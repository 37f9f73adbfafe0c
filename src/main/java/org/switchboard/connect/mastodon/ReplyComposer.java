package org.switchboard.connect.mastodon;

import java.util.List;
import java.util.Locale;
import org.switchboard.domain.ReplyChannel;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * What a Mastodon reply says and who sees it (PLATFORM-APIS.md §1 "Posting a reply"). Mastodon does not
 * add the mention of the person answered, and a direct status is visible only to those it mentions, so
 * the text starts with {@code @acct}. The reply is never seen by more people than the status it
 * answers: the narrower of the original's visibility and the chosen channel wins. Pure; any thread.
 */
final class ReplyComposer {
    /** Mastodon's visibilities, widest first. */
    private static final List<String> WIDEST_FIRST = List.of("public", "unlisted", "private", "direct");

    private ReplyComposer() {}

    /** The status to post as a reply to {@code request}. */
    record Post(String text, String inReplyToId, String visibility) {}

    static Post compose(ReplyRequest request) {
        if (request.channel() == ReplyChannel.EMAIL) {
            throw refused("Mastodon cannot send e-mail; choose the public or direct channel.");
        }
        String inReplyTo = firstPresent(request.inReplyToExternalId(), request.replyContext().get("statusId"));
        if (inReplyTo == null) {
            throw refused("A Mastodon reply needs the status it answers; none was given.");
        }
        String acct = firstPresent(request.replyContext().get("acct"), request.recipientHandle());
        if (acct != null && acct.startsWith("@")) {
            acct = acct.substring(1);
        }
        String visibility = visibility(request.replyContext().get("visibility"), request.channel());
        if (acct == null && visibility.equals("direct")) {
            throw refused("A direct Mastodon reply must mention the person it answers, but their handle is unknown.");
        }
        return new Post(withMention(request.text().strip(), acct), inReplyTo, visibility);
    }

    /**
     * The narrower of the original's visibility and the channel. An unknown original visibility counts
     * as direct: the person answered still sees the reply, nobody else can by mistake.
     */
    static String visibility(String original, ReplyChannel channel) {
        String known = original == null ? null : original.strip().toLowerCase(Locale.ROOT);
        int originalRank = known == null || !WIDEST_FIRST.contains(known) ? WIDEST_FIRST.size() - 1
                : WIDEST_FIRST.indexOf(known);
        int channelRank = channel == ReplyChannel.DIRECT ? WIDEST_FIRST.size() - 1 : 0;
        return WIDEST_FIRST.get(Math.max(originalRank, channelRank));
    }

    /** {@code @acct text}, unless the text already starts with that mention. */
    static String withMention(String text, String acct) {
        if (acct == null || acct.isBlank()) {
            return text;
        }
        String mention = "@" + acct.strip();
        boolean present = text.regionMatches(true, 0, mention, 0, mention.length())
                && !continuesHandle(text, mention.length());
        return present ? text : mention + " " + text;
    }

    /** True when the character at {@code i} is still part of a handle ({@code @anna} vs {@code @annabel}). */
    private static boolean continuesHandle(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '@') {
            return true;
        }
        return (c == '.' || c == '-') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static String firstPresent(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }

    private static ConnectorException refused(String message) {
        return new ConnectorException(Kind.CLIENT_ERROR, message);
    }
}
