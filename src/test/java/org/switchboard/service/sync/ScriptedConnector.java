package org.switchboard.service.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * A fake of the Connector port: a platform whose items are listed oldest first; a cursor is the index
 * of the next item. Pages hold {@code pageSize} items. Failures can be scripted per call.
 */
final class ScriptedConnector implements Connector {
    final Map<String, List<InboundItem>> streams = new HashMap<>();
    final Map<String, List<RuntimeException>> failures = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    final Map<Integer, RuntimeException> failOnCall = new HashMap<>();
    int pageSize = 2;
    final List<ReplyRequest> replies = new ArrayList<>();
    RuntimeException replyFailure;

    ScriptedConnector stream(String name, InboundItem... items) {
        streams.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(items));
        return this;
    }

    ScriptedConnector failNext(String stream, RuntimeException e) {
        failures.computeIfAbsent(stream, k -> new ArrayList<>()).add(e);
        return this;
    }

    @Override
    public Platform platform() {
        return Platform.MASTODON;
    }

    @Override
    public List<String> streams() {
        return List.copyOf(streams.keySet().stream().sorted().toList());
    }

    @Override
    public FetchedPage fetch(String stream, String cursor) {
        calls.add(stream + "@" + cursor);
        RuntimeException scripted = failOnCall.remove(calls.size());
        if (scripted != null) {
            throw scripted;
        }
        List<RuntimeException> f = failures.getOrDefault(stream, List.of());
        if (!f.isEmpty()) {
            throw failures.get(stream).removeFirst();
        }
        List<InboundItem> all = streams.get(stream);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + pageSize);
        return new FetchedPage(all.subList(from, to), String.valueOf(to), to < all.size());
    }

    @Override
    public PostedReply reply(ReplyRequest request) {
        if (replyFailure != null) {
            throw replyFailure;
        }
        replies.add(request);
        return new PostedReply("reply-" + replies.size(), "https://social.example/@city/reply-" + replies.size(),
                java.time.Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Override
    public String verify() {
        return "city@social.example";
    }
}
