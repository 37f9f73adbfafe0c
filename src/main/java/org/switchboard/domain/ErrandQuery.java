package org.switchboard.domain;

import java.time.Instant;

/**
 * Which errands to list: only open ones, only overdue ones at {@code now}, only those of one unit (null:
 * all), at most {@code limit}, earliest due first.
 */
public record ErrandQuery(boolean openOnly, boolean overdueOnly, String unitKey, Instant now, int limit) {
    public ErrandQuery {
        Require.notNull(now, "now");
        unitKey = Require.blankToNull(unitKey);
        if (limit < 1 || limit > 10_000) {
            throw new ValidationException("the errand list takes 1..10000 rows, not " + limit);
        }
    }
}
