package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;

/** Errands and their timelines. */
public interface ErrandRepository {
    Errand insert(Errand errand);

    List<Errand> forCase(long caseId);

    ErrandEvent addEvent(ErrandEvent event);

    List<ErrandEvent> events(long errandId);

    /** The next free reference number of {@code year}; never returns a number twice. */
    long nextNumber(int year);
}
