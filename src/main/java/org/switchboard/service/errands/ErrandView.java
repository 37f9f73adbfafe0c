package org.switchboard.service.errands;

import java.time.Instant;
import java.util.List;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.ErrandEvent;

/**
 * An errand as the command line and the window show it: the errand, its unit's name and phone number,
 * its timeline (each step with the names of the files that came with it) and how its delivery stands.
 */
public record ErrandView(Errand errand, String unitName, String phone, List<Step> timeline, ErrandDelivery delivery) {
    /** One event and the files kept with it. */
    public record Step(ErrandEvent event, List<String> files) {
        public Step {
            files = List.copyOf(files);
        }
    }

    public ErrandView {
        timeline = List.copyOf(timeline);
    }

    /** True when the unit has it (phone errands always; others once a send succeeded). */
    public boolean delivered() {
        return delivery == null || delivery.delivered();
    }

    /** Why the last attempt to deliver failed, in words, while it is still undelivered. */
    public String deliveryError() {
        return delivered() ? null : delivery.lastError();
    }

    /** The id the unit's system gave it (Open311 service request id or token). */
    public String externalId() {
        return delivery == null ? null : delivery.externalId();
    }

    public boolean overdue(Instant now) {
        return errand.overdue(now);
    }
}
