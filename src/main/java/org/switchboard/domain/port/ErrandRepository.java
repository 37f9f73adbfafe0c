package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandRef;

/** Errands and their timelines. */
public interface ErrandRepository {
    Errand insert(Errand errand);

    List<Errand> forCase(long caseId);

    ErrandEvent addEvent(ErrandEvent event);

    List<ErrandEvent> events(long errandId);

    /** The next free reference number of {@code year}; never returns a number twice. */
    long nextNumber(int year);

    Optional<Errand> find(long id);

    Optional<Errand> find(ErrandRef ref);

    /**
     * Writes status, redirect, recipient and update time if the version is still the stored one; keeps the case's
     * errand summary current.
     *
     * @throws org.switchboard.domain.StaleWriteException when someone else changed the errand meanwhile
     */
    Errand update(Errand errand);

    /** Errands matching the query, earliest due first. */
    List<Errand> list(ErrandQuery query);
}
