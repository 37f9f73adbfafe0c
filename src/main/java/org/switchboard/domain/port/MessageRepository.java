package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Message;

/** Messages with their edit history and attachments. */
public interface MessageRepository {
    Message insert(Message message);

    /** The conversation of a case in the order it happened. */
    List<Message> forCase(long caseId);

    Optional<Message> findByExternalId(long accountId, String externalId);
}
