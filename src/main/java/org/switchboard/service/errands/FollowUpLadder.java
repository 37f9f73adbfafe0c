package org.switchboard.service.errands;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Case;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandCard;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.WorkingDays;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailSettings;
import org.switchboard.domain.mail.OutgoingMail;
import org.switchboard.domain.port.CaseRepository;
import org.switchboard.domain.port.DirectoryRepository;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.service.cases.CaseService;

/**
 * The follow-up ladder for open errands nobody answered in time: at the due time a reminder to the
 * recipient; {@code escalation days} working days (of the recipient's office hours) later a mail to its
 * escalation contact; {@code lead-flag days} working days after that the case is tagged
 * {@value #LEAD_TAG} for the team lead. Each step is recorded as an event once it happened and is
 * never repeated; a step whose mail could not be sent is tried again on the next pass. Background threads.
 */
final class FollowUpLadder {
    static final String LEAD_TAG = "lead-attention";
    static final String ESCALATION_DAYS = "followup.escalation-days";
    static final String LEAD_FLAG_DAYS = "followup.lead-flag-days";
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpLadder.class);
    private static final String BY = "switchboard";

    /** What one pass did. */
    record Counts(int reminders, int escalations, int leadFlags) {}

    private final ErrandPorts ports;
    private final DirectoryRepository directory;
    private final CaseRepository caseRepo;
    private final CaseService cases;
    private final MailAccess access;
    private final Clock clock;
    private final Supplier<String> language;

    FollowUpLadder(ErrandPorts ports, DirectoryRepository directory, CaseRepository caseRepo, CaseService cases,
                   MailAccess access, Clock clock, Supplier<String> language) {
        this.ports = ports;
        this.directory = directory;
        this.caseRepo = caseRepo;
        this.cases = cases;
        this.access = access;
        this.clock = clock;
        this.language = language;
    }

    Counts run() {
        Instant now = clock.instant();
        int reminders = 0;
        int escalations = 0;
        int flags = 0;
        for (Errand e : ports.errands().list(new ErrandQuery(true, true, null, now, 10_000))) {
            if (e.via() != ErrandChannel.PHONE && !ports.mail().delivery(e.id()).map(d -> d.delivered()).orElse(true)) {
                continue; // not at the unit yet: delivery is retried first
            }
            Set<ErrandEvent.Type> done = ports.errands().events(e.id()).stream().map(ErrandEvent::type)
                    .collect(Collectors.toSet());
            Recipient to = recipient(e.unitKey());
            WorkingDays days = new WorkingDays(to == null ? org.switchboard.domain.OfficeHours.ALWAYS : to.hours(),
                    clock.getZone());
            Instant escalateAt = days.after(e.dueAt(), setting(ESCALATION_DAYS));
            Instant flagAt = days.after(escalateAt, setting(LEAD_FLAG_DAYS));
            try {
                if (!done.contains(ErrandEvent.Type.REMINDER) && remind(e, to)) {
                    reminders++;
                    done.add(ErrandEvent.Type.REMINDER);
                }
                if (done.contains(ErrandEvent.Type.REMINDER) && !done.contains(ErrandEvent.Type.ESCALATION)
                        && !now.isBefore(escalateAt) && escalate(e, to)) {
                    escalations++;
                    done.add(ErrandEvent.Type.ESCALATION);
                }
                if (done.contains(ErrandEvent.Type.ESCALATION) && !done.contains(ErrandEvent.Type.LEAD_FLAG)
                        && !now.isBefore(flagAt)) {
                    flag(e);
                    flags++;
                }
            } catch (MailException | ConnectorException | ValidationException | SecretsUnavailableException ex) {
                LOG.info("Follow-up of errand {} waits for the next pass: {}", e.ref(), ex.getMessage());
            }
        }
        return new Counts(reminders, escalations, flags);
    }

    /** Days of a ladder step from the workspace settings; 1 working day unless set. */
    int setting(String key) {
        return ports.settings().get(key).map(Integer::parseInt).orElse(1);
    }

    private boolean remind(Errand e, Recipient to) {
        ErrandTexts t = ErrandTexts.of(language.get(), clock.getZone());
        String name = to == null ? e.unitKey() : to.name();
        String subject = t.get("reminder.subject", title(e));
        String text = t.get("reminder.text", name, e.ref().value(), t.dateTime(e.dueAt()));
        String note;
        if (e.via() == ErrandChannel.WEBHOOK && to != null && to.webhookUrl() != null) {
            ports.webhook().post(to.webhookUrl(), new ErrandCard(subject, text, List.of()));
            note = "reminder posted to the team chat of " + name;
        } else {
            String address = e.via() == ErrandChannel.EMAIL ? e.recipient() : to == null ? null : to.email();
            if (address == null) {
                note = "no e-mail address to remind " + name + (to != null && to.firstPhone() != null
                        ? "; call " + to.firstPhone() : "") + " (due " + t.dateTime(e.dueAt()) + ")";
            } else {
                send(e, address, subject, text, "reminder");
                note = "reminder sent to " + address;
            }
        }
        event(e, ErrandEvent.Type.REMINDER, note);
        return true;
    }

    private boolean escalate(Errand e, Recipient to) {
        ErrandTexts t = ErrandTexts.of(language.get(), clock.getZone());
        Recipient boss = to == null || to.escalatesTo() == null ? null : recipient(to.escalatesTo());
        String note;
        if (boss == null || boss.email() == null) {
            note = "no escalation contact with an e-mail address in the directory for " + e.unitKey();
        } else {
            send(e, boss.email(), t.get("escalation.subject", title(e)), t.get("escalation.text", boss.name(),
                    e.ref().value(), to.name(), t.dateTime(e.dueAt())), "escalation");
            note = "escalated to " + boss.name() + " <" + boss.email() + ">";
        }
        event(e, ErrandEvent.Type.ESCALATION, note);
        return true;
    }

    private void flag(Errand e) {
        ports.tx().run(() -> {
            Case c = caseRepo.find(e.caseId()).orElseThrow();
            if (!c.tags().contains(LEAD_TAG)) {
                List<String> tags = new ArrayList<>(c.tags());
                tags.add(LEAD_TAG);
                cases.setTags(c.id(), tags);
            }
            event(e, ErrandEvent.Type.LEAD_FLAG, "flagged for the team lead (tag " + LEAD_TAG + ")");
        });
    }

    private void send(Errand e, String to, String subject, String text, String kind) {
        MailSettings box = access.required();
        String id = "<sb." + e.ref().value() + "." + kind + "." + UUID.randomUUID().toString().substring(0, 8) + "@"
                + box.domain() + ">";
        ports.sender().send(access.smtp(), new OutgoingMail(box.address(), null, List.of(to), box.address(), subject,
                text, null, id, List.of()));
    }

    private void event(Errand e, ErrandEvent.Type type, String note) {
        ports.errands().addEvent(new ErrandEvent(0, e.id(), clock.instant(), type, BY, note));
    }

    private String title(Errand e) {
        return "[" + e.ref().value() + "] " + Dossier.concern(cases.open(e.caseId()), 60);
    }

    private Recipient recipient(String key) {
        try {
            return Recipient.resolve(directory, key);
        } catch (ValidationException e) {
            return null; // left the directory: the ladder still records its steps
        }
    }
}
