package org.switchboard.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.mail.MailAttachment;

/**
 * The mail side of errands: how each dossier is getting out, which answer mails were already read
 * (by Message-ID), answers that matched no errand, and the files that came with answers.
 */
public interface ErrandMailRepository {
    /** Inserts or replaces the errand's delivery. */
    void saveDelivery(ErrandDelivery delivery);

    Optional<ErrandDelivery> delivery(long errandId);

    /** Errand ids whose dossier has not arrived yet, oldest first. */
    List<Long> undelivered();

    /**
     * Errand ids the sync should try to deliver now: undelivered, not refused or given up, and whose
     * back-off has passed; oldest first.
     */
    List<Long> dueForDelivery(Instant now);

    /** The errand whose dossier went out with this Message-ID. */
    Optional<Long> errandByMessageId(String messageId);

    boolean answerRead(String messageId);

    void markAnswerRead(String messageId, Instant at);

    UnmatchedMail addUnmatched(UnmatchedMail mail);

    List<UnmatchedMail> unmatched(int limit);

    /** Keeps a file of an answer: on its errand event, or on an unmatched mail. */
    void addAttachment(Long errandEventId, Long unmatchedId, MailAttachment file);

    List<MailAttachment> attachmentsOfEvent(long errandEventId);

    /** The names of an event's files, without loading them. */
    List<String> fileNamesOfEvent(long errandEventId);

    /** The Open311 status last read back for the errand (to record only what changed). */
    Optional<org.switchboard.domain.Open311Status> lastOpen311Status(long errandId);

    /** Inserts or replaces the Open311 status last read back for the errand. */
    void saveOpen311Status(long errandId, org.switchboard.domain.Open311Status status, Instant at);

    Optional<UnmatchedMail> unmatchedMail(long id);

    /** The files kept with an unmatched mail. */
    List<MailAttachment> attachmentsOfUnmatched(long unmatchedId);

    /** Removes an unmatched mail (and its files) once it was assigned to an errand by hand. */
    void deleteUnmatched(long unmatchedId);
}
