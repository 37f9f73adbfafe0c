package org.switchboard.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.switchboard.domain.MessageKind;
import org.switchboard.domain.Platform;
import org.switchboard.domain.sync.Author;
import org.switchboard.domain.sync.Connector;
import org.switchboard.domain.sync.FetchedPage;
import org.switchboard.domain.sync.InboundItem;
import org.switchboard.domain.sync.PostedReply;
import org.switchboard.domain.sync.ReplyRequest;

/**
 * A platform that answers from memory: {@code threads} conversations of about {@code perThread} messages,
 * oldest first, spread over the last two years, in pages of {@value #PAGE}. It goes through the real sync
 * path like any connector (normalised items, dedupe, threading, storage, index, cursor).
 */
final class SyntheticConnector implements Connector {
    static final int PAGE = 1000;

    private final Platform platform;
    private final long threads;
    private final int perThread;
    private final long seed;
    private final Instant end;
    private final String prefix;

    SyntheticConnector(Platform platform, long threads, int perThread, long seed, Instant end) {
        this(platform, threads, perThread, seed, end, "");
    }

    /** {@code prefix} starts every platform id (the bulk-loaded part of a workspace uses its own). */
    SyntheticConnector(Platform platform, long threads, int perThread, long seed, Instant end, String prefix) {
        this.prefix = prefix;
        this.platform = platform;
        this.threads = threads;
        this.perThread = perThread;
        this.seed = seed;
        this.end = end;
    }

    int perThread() {
        return perThread;
    }

    long threads() {
        return threads;
    }

    long totalItems() {
        return threads * perThread;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public List<String> streams() {
        return List.of("bench");
    }

    @Override
    public FetchedPage fetch(String stream, String cursor) {
        long from = cursor == null ? 0 : Long.parseLong(cursor);
        long to = Math.min(totalItems(), from + PAGE);
        List<InboundItem> items = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            items.add(item(i));
        }
        return new FetchedPage(items, String.valueOf(to), to < totalItems());
    }

    /** Item {@code i}: message {@code i % perThread} of thread {@code i / perThread}. */
    InboundItem item(long i) {
        long thread = i / perThread;
        int position = (int) (i % perThread);
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + thread);
        boolean german = r.nextInt(10) < 6;
        long contact = r.nextLong(Math.max(1, threads / 3));
        Instant start = end.minus(Duration.ofMinutes(r.nextLong(2L * 365 * 24 * 60)));
        SplittableRandom own = new SplittableRandom(seed * 7_919L + i);
        SyntheticTexts texts = new SyntheticTexts(own);
        boolean ours = position % 2 == 1 && own.nextInt(3) > 0;
        String id = prefix + platform.id() + "-" + thread + "-" + position;
        String parent = position == 0 ? null : prefix + platform.id() + "-" + thread + "-" + (position - 1);
        Author author = ours ? new Author("city", "Stadt Beispielstadt", null)
                : new Author("user" + contact, (german ? "Bürger " : "Citizen ") + contact, null);
        return new InboundItem(id, position == 0 ? MessageKind.MENTION : MessageKind.REPLY, ours, author,
                ours ? texts.reply(german) : texts.message(german), null,
                start.plus(Duration.ofMinutes(17L * position)), null, List.of(), null, parent,
                prefix + platform.id() + "-" + thread, List.of(), Map.of());
    }

    @Override
    public PostedReply reply(ReplyRequest request) {
        throw new UnsupportedOperationException("the benchmark never replies");
    }

    @Override
    public String verify() {
        return "bench";
    }
}
