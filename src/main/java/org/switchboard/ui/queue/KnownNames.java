package org.switchboard.ui.queue;

import java.text.Collator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.switchboard.domain.queue.QueueRow;

/**
 * The agents and tags the queue knows of, from the rows it holds: enough to offer them in the assignee
 * filter, the assign dialog and the tag completion without a query of their own. Any thread (immutable).
 */
public record KnownNames(String me, List<String> agents, List<String> tags) {
    public KnownNames {
        agents = List.copyOf(agents);
        tags = List.copyOf(tags);
    }

    /** Collects from {@code rows}; {@code me} is this workstation's agent. */
    static KnownNames of(List<QueueRow> rows, String me) {
        // distinct first, then the few distinct names in German order: a collator comparison per row of the
        // window (up to 2,000, at every page while scrolling) showed in the scroll profile
        HashSet<String> agents = new HashSet<>();
        HashSet<String> tags = new HashSet<>();
        for (QueueRow r : rows) {
            if (r.assignee() != null) {
                agents.add(r.assignee());
            }
            tags.addAll(r.tags());
        }
        Collator order = Collator.getInstance(Locale.GERMAN);
        TreeSet<String> sortedAgents = new TreeSet<>(order);
        sortedAgents.addAll(agents);
        TreeSet<String> sortedTags = new TreeSet<>(order);
        sortedTags.addAll(tags);
        return new KnownNames(me, List.copyOf(sortedAgents), List.copyOf(sortedTags));
    }
}
