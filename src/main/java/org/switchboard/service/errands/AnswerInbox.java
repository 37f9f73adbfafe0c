package org.switchboard.service.errands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.Unit;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.mail.IncomingMail;
import org.switchboard.domain.mail.MailAttachment;
import org.switchboard.domain.mail.MailBatch;
import org.switchboard.domain.mail.MailCursor;
import org.switchboard.domain.port.DirectoryRepository;

/**
 * Reads colleagues' answers from the errands mailbox and applies them. A mail is matched to errands by
 * the references in its decoded subject and by its In-Reply-To/References pointing at a dossier's
 * Message-ID; a reply-all naming several references updates each. A mail that matches nothing is kept
 * and listed, never dropped. Each mail is handled in one transaction together with the mailbox's read
 * position and its Message-ID, so a crash re-reads it and a second delivery of the same answer is
 * applied once. Background threads only.
 */
final class AnswerInbox {
    static final String CURSOR = "mail.cursor";
    /** Mails per batch, and batches per pass: a flood of mail is read over several syncs. */
    static final int BATCH = 100;
    static final int MAX_BATCHES = 10;
    /** Longest answer text kept on an event; the rest of a very long mail stays in the mailbox. */
    static final int MAX_NOTE = 100_000;

    /** What one pass found. */
    record Counts(int answers, int unmatched) {}

    private final ErrandPorts ports;
    private final DirectoryRepository directory;
    private final MailAccess access;
    private final StatusChanges changes;
    private final Clock clock;

    AnswerInbox(ErrandPorts ports, DirectoryRepository directory, MailAccess access, StatusChanges changes,
                Clock clock) {
        this.ports = ports;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** @throws org.switchboard.domain.mail.MailException when the IMAP server cannot be read (nothing changes) */
    Counts read() {
        int answers = 0;
        int unmatched = 0;
        MailCursor cursor = MailCursor.parse(ports.settings().get(CURSOR).orElse(null));
        for (int i = 0; i < MAX_BATCHES; i++) {
            MailBatch batch = ports.mailbox().fetch(access.imap(), cursor, BATCH);
            if (batch.mails().isEmpty() && batch.uidValidity() != cursor.uidValidity()) {
                cursor = new MailCursor(batch.uidValidity(), 0);
                ports.settings().put(CURSOR, cursor.stored());
            }
            for (IncomingMail mail : batch.mails()) {
                MailCursor next = cursor.after(batch.uidValidity(), mail.uid());
                int matched = ports.tx().inTransaction(() -> {
                    int n = ports.mail().answerRead(mail.messageId()) ? -1 : handle(mail);
                    if (n >= 0) {
                        ports.mail().markAnswerRead(mail.messageId(), clock.instant());
                    }
                    ports.settings().put(CURSOR, next.stored());
                    return n;
                });
                answers += matched > 0 ? 1 : 0;
                unmatched += matched == 0 ? 1 : 0;
                cursor = next;
            }
            if (!batch.more()) {
                break;
            }
        }
        return new Counts(answers, unmatched);
    }

    /** Applies the mail to each errand it names; returns how many, 0 when it was kept as unmatched. */
    private int handle(IncomingMail mail) {
        List<Errand> errands = matches(mail);
        if (errands.isEmpty()) {
            keepUnmatched(mail);
            return 0;
        }
        String automatic = mail.automatic() != null ? mail.automatic() : AnswerParser.automaticSubject(mail.subject());
        if (automatic != null) {
            noteAutomatic(errands, automatic, mail.text(), mail.from(), mail.attachments());
        } else {
            apply(errands, mail.subject(), mail.text(), mail.from(), mail.attachments());
        }
        return errands.size();
    }

    /**
     * An out-of-office or other automatic reply is no answer: it is kept as a note saying so, changes no
     * status and does not count as the answer that would stop the follow-up ladder.
     */
    private void noteAutomatic(List<Errand> errands, String why, String text, String from, List<MailAttachment> files) {
        String fresh = AnswerParser.freshText(text);
        String note = "automatic reply (" + why + ")" + (fresh.isEmpty() ? "" : ": "
                + (fresh.length() <= 2000 ? fresh : fresh.substring(0, 2000) + " […]"));
        for (Errand e : errands) {
            changes.noteOnly(e.id(), from, note, files);
        }
    }

    /**
     * Applies an answer to errands as if it had matched them: the action word (subject, else a first line
     * that is only the word) sets the status, the fresh text becomes the note, the files are kept. Also
     * used when a person assigns an unmatched mail by hand. Inside the caller's transaction.
     */
    void apply(List<Errand> errands, String subject, String text, String from, List<MailAttachment> files) {
        String fresh = AnswerParser.freshText(text);
        if (fresh.length() > MAX_NOTE) {
            fresh = fresh.substring(0, MAX_NOTE) + "\n[…]";
        }
        AnswerParser.Action action = AnswerParser.action(subject);
        if (action.status() == null) {
            action = AnswerParser.firstLineWord(fresh);
        }
        for (Errand e : errands) {
            ErrandStatus status = action.status();
            String redirectTo = null;
            if (action.notOurs()) {
                Unit named = AnswerParser.namedUnit(fresh, directory.units(), e.unitKey());
                status = named == null ? ErrandStatus.DECLINED : ErrandStatus.REDIRECTED;
                redirectTo = named == null ? null : named.key();
            }
            changes.apply(e.id(), new StatusChanges.Said(status, redirectTo, from, fresh.isEmpty() ? null : fresh,
                    files), false);
        }
    }

    /** Errands named in the subject, then those whose dossier the mail answers; each once. */
    private List<Errand> matches(IncomingMail mail) {
        Map<Long, Errand> found = new LinkedHashMap<>();
        for (ErrandRef ref : AnswerParser.refs(mail.subject())) {
            ports.errands().find(ref).ifPresent(e -> found.putIfAbsent(e.id(), e));
        }
        List<String> threading = new ArrayList<>(mail.references());
        Optional.ofNullable(mail.inReplyTo()).ifPresent(threading::add);
        for (String id : threading) {
            ports.mail().errandByMessageId(id).flatMap(ports.errands()::find)
                    .ifPresent(e -> found.putIfAbsent(e.id(), e));
        }
        return new ArrayList<>(found.values());
    }

    private void keepUnmatched(IncomingMail mail) {
        UnmatchedMail kept = ports.mail().addUnmatched(new UnmatchedMail(0, mail.messageId(), mail.from(),
                mail.subject(), mail.text(), mail.sentAt(), clock.instant(),
                mail.attachments().stream().map(MailAttachment::name).toList()));
        for (MailAttachment f : mail.attachments()) {
            ports.mail().addAttachment(null, kept.id(), f);
        }
    }
}
