package org.switchboard.ui.queue;

import java.text.Collator;
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
        Collator order = Collator.getInstance(Locale.GERMAN);
        TreeSet<String> agents = new TreeSet<>(order);
        TreeSet<String> tags = new TreeSet<>(order);
        for (QueueRow r : rows) {
            if (r.assignee() != null) {
                agents.add(r.assignee());
            }
            tags.addAll(r.tags());
        }
        return new KnownNames(me, List.copyOf(agents), List.copyOf(tags));
    }
}
