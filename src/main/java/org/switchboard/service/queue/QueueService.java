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
    private final CaseRepository cases;
    private final Clock clock;
    private final Agent agent;

    public QueueService(CaseRepository cases, Clock clock, Agent agent) {
        this.cases = cases;
        this.clock = clock;
        this.agent = agent;
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

    /** How many cases each saved view holds right now. */
    public Map<SavedView, Long> viewCounts() {
        Map<SavedView, Long> counts = new EnumMap<>(SavedView.class);
        for (SavedView v : SavedView.values()) {
            counts.put(v, count(filterOf(v)));
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
