package org.switchboard.service.cases;

import java.util.List;
import java.util.Map;
import org.switchboard.domain.AuditEvent;
import org.switchboard.domain.Case;
import org.switchboard.domain.Contact;
import org.switchboard.domain.Draft;
import org.switchboard.domain.EarlierAttempt;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.Identity;
import org.switchboard.domain.Message;
import org.switchboard.domain.Note;

/** Everything the case workspace shows about one case, read in one go. */
public record CaseDetail(Case kase, Contact contact, List<Identity> identities, List<EarlierAttempt> attempts,
                         List<Message> messages, List<Note> notes, List<ErrandWithEvents> errands, List<Draft> drafts,
                         List<AuditEvent> history, List<Case> otherCasesOfContact, Map<Long, String> accountNames) {

    /** An errand and its timeline. */
    public record ErrandWithEvents(Errand errand, List<ErrandEvent> events) {}

    public String accountName(Long accountId) {
        return accountId == null ? null : accountNames.get(accountId);
    }
}
