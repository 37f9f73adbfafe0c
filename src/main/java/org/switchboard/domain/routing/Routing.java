package org.switchboard.domain.routing;

import java.util.List;

/**
 * Who should take care of a case or a text: one group per problem it names, strongest problem first. No
 * groups when nothing in the text matches the directory.
 */
public record Routing(List<ProblemGroup> groups) {
    public Routing {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
