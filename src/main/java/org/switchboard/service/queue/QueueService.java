package org.switchboard.service.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.switchboard.domain.port.CaseRepository;
import org.switchboard.domain.queue.QueueFilter;
import org.switchboard.domain.queue.QueuePage;
import org.switchboard.domain.queue.QueueQuery;
import org.switchboard.domain.queue.SavedView;
import org.switchboard.service.Agent;

/** The queue: keyset pages and the saved views' counts. Background threads only. */
public final class QueueService {
    /**
     * The saved views' badges count up to this many cases and then say "more than" (ADR 0025): counting a view of
     * a million cases read every one of them at each refresh — seconds of a core, measured while the list scrolled.
     */
    public static final long VIEW_COUNT_CAP = 10_000;

    private final CaseRepository cases;
    private final Clock clock;
    private final Agent agent;
    private final long viewCountCap;

    public QueueService(CaseRepository cases, Clock clock, Agent agent) {
        this(cases, clock, agent, VIEW_COUNT_CAP);
    }

    QueueService(CaseRepository cases, Clock clock, Agent agent, long viewCountCap) {
        this.cases = cases;
        this.clock = clock;
        this.agent = agent;
        this.viewCountCap = viewCountCap;
    }

    /** Counts past this are shown as "more than" it. */
    public long viewCountCap() {
        return viewCountCap;
    }

    /** A saved view's badge: its cases up to {@link #viewCountCap()}, and {@code cap + 1} for "more than that". */
    public long viewCount(QueueFilter filter) {
        return cases.countUpTo(filter, clock.instant(), viewCountCap);
    }

    public QueuePage page(QueueQuery query) {
        return cases.page(query, clock.instant());
    }

    public long count(QueueFilter filter) {
        return cases.count(filter, clock.instant());
    }

    /** The filter of a saved view for this workstation's agent and today's date. */
    public QueueFilter filterOf(SavedView view) {
        return view.filter(agent.name(), startOfToday());
    }

    /** How many cases each saved view holds right now, up to {@link #viewCountCap()} (see {@link #viewCount}). */
    public Map<SavedView, Long> viewCounts() {
        Map<SavedView, Long> counts = new EnumMap<>(SavedView.class);
        for (SavedView v : SavedView.values()) {
            counts.put(v, viewCount(filterOf(v)));
        }
        return counts;
    }

    public String agentName() {
        return agent.name();
    }

    private Instant startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }
}
