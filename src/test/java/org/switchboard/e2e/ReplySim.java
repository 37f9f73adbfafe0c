package org.switchboard.e2e;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A platform's reply endpoint as the outbox meets it in the wild: the post is created and then the answer
 * is lost (connection dropped), the request is throttled (429 with a reset) or fails (503), or the answer
 * stalls forever. Everything else is answered by the platform's {@link FixtureServer}. Counts what the
 * platform really created, per reply key, so a test can check "exactly once".
 */
abstract class ReplySim extends Dispatcher {
    enum Fault { NONE, DROP_ANSWER, THROTTLE, SERVER_ERROR, STALL }

    /** One post the platform holds. */
    record Created(String id, String key, String inReplyTo, String text, Instant at) {}

    final FixtureServer reads;
    final Clock clock;
    final Map<String, Integer> createsPerKey = new LinkedHashMap<>();
    final List<Created> created = new ArrayList<>();
    private final List<Fault> planned = new ArrayList<>();
    private final List<MockResponse> canned = new ArrayList<>();
    private Random random;
    private double dropRate;
    private double throttleRate;
    int createRequests;

    ReplySim(FixtureServer reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** The next create requests meet these faults, in order; afterwards they pass. */
    synchronized ReplySim plan(Fault... faults) {
        planned.addAll(List.of(faults));
        return this;
    }

    /** The next create requests are answered with these (a refusal), creating nothing. */
    synchronized ReplySim refuse(MockResponse... answers) {
        canned.addAll(List.of(answers));
        return this;
    }

    /** Every create request meets a lost answer or a throttle at random (seeded, so runs repeat). */
    synchronized ReplySim chaos(long seed, double drop, double throttle) {
        random = new Random(seed);
        dropRate = drop;
        throttleRate = throttle;
        return this;
    }

    synchronized int creates() {
        return created.size();
    }

    synchronized Fault nextFault() {
        if (!planned.isEmpty()) {
            return planned.removeFirst();
        }
        if (random != null) {
            double r = random.nextDouble();
            return r < dropRate ? Fault.DROP_ANSWER : r < dropRate + throttleRate ? Fault.THROTTLE : Fault.NONE;
        }
        return Fault.NONE;
    }

    /** Is this the platform's create request? */
    abstract boolean isCreate(RecordedRequest r);

    /**
     * Creates the post for a create request (or returns the earlier one, where the platform deduplicates),
     * and answers it as the platform does.
     */
    abstract MockResponse create(RecordedRequest r);

    /** Platform-specific reads of our own posts (read-back), or null to let the fixtures answer. */
    abstract MockResponse readOwn(RecordedRequest r);

    /** The platform's 429. */
    abstract MockResponse throttled();

    synchronized Created record(String key, String inReplyTo, String text, String id) {
        createsPerKey.merge(key, 1, Integer::sum);
        Created c = new Created(id, key, inReplyTo, text, clock.instant());
        created.add(c);
        return c;
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) {
        if (isCreate(r)) {
            Fault fault;
            synchronized (this) {
                createRequests++;
                if (!canned.isEmpty()) {
                    return canned.removeFirst();
                }
                fault = nextFault();
            }
            switch (fault) {
                case THROTTLE -> {
                    return throttled();
                }
                case SERVER_ERROR -> {
                    return json(503, "{\"error\":\"Service Unavailable\"}");
                }
                default -> {
                }
            }
            MockResponse answer;
            synchronized (this) {
                answer = create(r);
            }
            return switch (fault) {
                case DROP_ANSWER -> answer.newBuilder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
                case STALL -> answer.newBuilder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
                default -> answer;
            };
        }
        MockResponse own;
        synchronized (this) {
            own = readOwn(r);
        }
        return own != null ? own : reads.dispatch(r);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    static String form(RecordedRequest r, String name) {
        okhttp3.HttpUrl u = okhttp3.HttpUrl.parse("http://form.invalid/?" + r.getBody().utf8());
        return u == null ? null : u.queryParameter(name);
    }

    static String quote(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }
}
