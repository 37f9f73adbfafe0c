package org.switchboard.domain.routing;

import java.util.List;
import org.switchboard.domain.ValidationException;

/**
 * How well a unit of the directory fits a problem.
 *
 * @param score   0 (no evidence) to 1 (overwhelming evidence); comparable within and across groups
 * @param reasons why, in English words that name what matched ("'Bänke' matches keyword 'Bank'")
 * @param why     the same reasons as data, in the same order, for a window in another language
 */
public record UnitScore(String key, String name, double score, List<String> reasons, List<RoutingReason> why) {
    public UnitScore {
        if (!(score >= 0 && score <= 1)) {
            throw new ValidationException("a routing score lies between 0 and 1, not " + score);
        }
        reasons = List.copyOf(reasons);
        why = List.copyOf(why);
    }
}
