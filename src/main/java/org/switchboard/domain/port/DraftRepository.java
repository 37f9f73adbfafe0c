package org.switchboard.domain.port;

import java.util.List;
import org.switchboard.domain.Draft;

/** Reply drafts. */
public interface DraftRepository {
    Draft insert(Draft draft);

    List<Draft> forCase(long caseId);
}
