package org.switchboard.connect.mastodon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Mastodon server's answers by path: queued answers first (in order), then a standing answer,
 * else 404 as Mastodon sends it. Remembers every request.
 */
final class Routes extends Dispatcher {
    private final Map<String, Deque<MockResponse>> queued = new HashMap<>();
    private final Map<String, MockResponse> standing = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized Routes enqueue(String path, MockResponse... answers) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    synchronized Routes always(String path, MockResponse answer) {
        standing.put(path, answer);
        return this;
    }

    synchronized List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.getUrl().encodedPath().equals(path)).toList();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getUrl().encodedPath();
        Deque<MockResponse> q = queued.get(path);
        if (q != null && !q.isEmpty()) {
            return q.poll();
        }
        MockResponse answer = standing.get(path);
        return answer != null ? answer : Fixtures.json(404, "{\"error\":\"Record not found\"}");
    }
}
