package org.switchboard.domain.routing;

import java.util.List;

/**
 * One problem named in a text and the units that could solve it, best first.
 *
 * @param problem the words of the text that name the problem (a sentence or part of one, shortened)
 */
public record ProblemGroup(String problem, List<UnitScore> units) {
    public ProblemGroup {
        problem = problem == null ? "" : problem;
        units = List.copyOf(units);
    }
}
