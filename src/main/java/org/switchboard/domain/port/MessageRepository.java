package org.switchboard.domain.port;

import java.util.List;
import java.util.Optional;
import org.switchboard.domain.Message;

/** Messages with their edit history and attachments. */
public interface MessageRepository {
    Message insert(Message message);

    /** Inserts many messages at once (JDBC batches) and returns them with their ids, in the same order. */
    List<Message> insertAll(List<Message> messages);

    /** The stored messages of this account with any of these platform ids, by platform id; without history. */
    java.util.Map<String, Message> findByExternalIds(long accountId, java.util.Collection<String> externalIds);

    /** The messages with these ids, without history or attachments, in no particular order. */
    List<Message> findByIds(java.util.Collection<Long> ids);

    /** The conversation of a case in the order it happened. */
    List<Message> forCase(long caseId);

    /** The message with this platform id on this account, with its edit history. */
    Optional<Message> findByExternalId(long accountId, String externalId);

    /** The earliest stored message of a platform thread or conversation on this account. */
    Optional<Message> firstInThread(long accountId, String threadKey);

    /** Stores an edit: the message's new text and time, and the earlier versions to add to its history. */
    void updateEdited(Message edited, List<org.switchboard.domain.MessageEdit> newHistoryEntries);
}
