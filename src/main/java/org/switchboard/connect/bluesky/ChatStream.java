package org.switchboard.connect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.switchboard.connect.bluesky.ChatJson.Convo;
import org.switchboard.connect.bluesky.ChatJson.ConvoList;
import org.switchboard.connect.bluesky.ChatJson.MessageList;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.ConnectorException.Kind;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;

/**
 * The "chat" stream: direct messages through the chat service. The stored cursor is the chat
 * service's {@code rev} (a TID: later changes sort after earlier ones, across conversations) of the
 * newest change delivered. A poll lists the conversations changed since then and reads each one's new
 * messages. The new cursor is the newest {@code rev} of the <em>first</em> conversation page — a
 * snapshot taken before any message is read — and messages newer than the snapshot are left for the
 * next poll, so a message arriving while we read can never fall behind the stored cursor.
 */
final class ChatStream {
    static final int CONVOS_PER_PAGE = 100;
    static final int MESSAGES_PER_PAGE = 100;
    static final String NO_DM_ACCESS = "This app password cannot read direct messages; create one with "
            + "'Allow access to your direct messages' in Bluesky's settings";
    private static final Pattern REV = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final BlueskyApi api;
    private final ChatMapper mapper;
    private final Clock clock;
    private final Duration backfill;

    ChatStream(BlueskyApi api, ChatMapper mapper, Clock clock, Duration backfill) {
        this.api = api;
        this.mapper = mapper;
        this.clock = clock;
        this.backfill = backfill;
    }

    FetchedPage fetch(String stored) {
        String since = parse(stored);
        try {
            return poll(since);
        } catch (ConnectorException e) {
            if (e.kind() == Kind.PERMISSION) {
                throw new ConnectorException(Kind.PERMISSION, NO_DM_ACCESS + ".", null, e.httpStatus(), e);
            }
            throw e;
        }
    }

    private FetchedPage poll(String since) {
        Instant now = clock.instant();
        Instant horizon = since == null ? now.minus(backfill) : null;
        List<Convo> changed = new ArrayList<>();
        String snapshot = null;
        String cursor = null;
        boolean firstPage = true;
        boolean pageHadChanges;
        ConvoList page;
        do {
            page = api.listConvos(cursor, CONVOS_PER_PAGE);
            pageHadChanges = false;
            for (Convo c : page.convos()) {
                if (c == null || PostMapper.blank(c.id()) || PostMapper.blank(c.rev())) {
                    continue;
                }
                if (firstPage && (snapshot == null || later(c.rev(), snapshot))) {
                    snapshot = c.rev();
                }
                if (since == null ? !quietSince(c, horizon) : later(c.rev(), since)) {
                    changed.add(c);
                    pageHadChanges = true;
                }
            }
            firstPage = false;
            cursor = page.cursor();
            // conversations come most recently changed first: a page without changes ends the search
        } while (cursor != null && pageHadChanges && !page.convos().isEmpty());

        List<InboundItem> items = new ArrayList<>();
        String ownDid = changed.isEmpty() ? null : api.session().did();
        for (Convo c : changed) {
            read(c, since, snapshot, horizon, ownDid, now, items);
        }
        String next = snapshot != null && (since == null || later(snapshot, since)) ? snapshot : since;
        return new FetchedPage(items, next, false);
    }

    private void read(Convo c, String since, String snapshot, Instant horizon, String ownDid, Instant now,
                      List<InboundItem> out) {
        String cursor = null;
        MessageList page;
        do {
            page = api.getMessages(c.id(), cursor, MESSAGES_PER_PAGE);
            for (JsonNode node : page.messages()) {
                String rev = node == null ? "" : node.path("rev").asText("");
                if (since != null && !rev.isEmpty() && !later(rev, since)) {
                    return; // newest first: the rest was delivered before
                }
                if (snapshot != null && !rev.isEmpty() && later(rev, snapshot)) {
                    continue; // arrived while we read: the next poll takes it
                }
                var message = mapper.message(node);
                if (message.isEmpty()) {
                    continue; // deleted or a system entry
                }
                Instant sent = Timestamps.parse(message.get().sentAt());
                if (horizon != null && sent != null && sent.isBefore(horizon)) {
                    return;
                }
                out.add(mapper.item(c, message.get(), ownDid, now));
            }
            cursor = page.cursor();
        } while (cursor != null && !page.messages().isEmpty());
    }

    /** On the first sync: the conversation's last message is older than the horizon. */
    private static boolean quietSince(Convo c, Instant horizon) {
        Instant last = c.lastMessage() == null ? null : Timestamps.parse(c.lastMessage().path("sentAt").asText(null));
        return last != null && last.isBefore(horizon);
    }

    /** Revs are TIDs of equal length; comparing length first keeps the order right should they grow. */
    static boolean later(String a, String b) {
        return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
    }

    private static String parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (!REV.matcher(stored.strip()).matches()) {
            throw new ConnectorException(Kind.MALFORMED, "The stored position of the Bluesky direct messages ('"
                    + SafeText.clip(stored) + "') is not one Switchboard wrote: expected a chat revision such as "
                    + "'3lqmceohz6ogi'. Reset the account's sync position to read the messages again.");
        }
        return stored.strip();
    }
}
