package org.switchboard.service.errands;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.switchboard.domain.Case;
import org.switchboard.domain.CaseStatus;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandChannel;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.ErrandQuery;
import org.switchboard.domain.ErrandRef;
import org.switchboard.domain.ErrandStatus;
import org.switchboard.domain.NotFoundException;
import org.switchboard.domain.UnmatchedMail;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.port.CaseRepository;
import org.switchboard.domain.port.DirectoryRepository;
import org.switchboard.service.Agent;
import org.switchboard.service.Audit;
import org.switchboard.service.cases.CaseService;
import org.switchboard.service.events.Event;
import org.switchboard.service.events.EventBus;

/**
 * Errands: forwarding a case to a unit (e-mail dossier, team-chat webhook, Open311 request or a phone
 * call), recording what a unit said, and listing errands and unmatched answers. Every public method
 * touches the database and may call a server: background threads only, never the JavaFX thread.
 */
public final class ErrandService {
    private final ErrandPorts ports;
    private final DirectoryRepository directory;
    private final CaseRepository caseRepo;
    private final CaseService cases;
    private final MailAccess access;
    private final Dispatcher dispatcher;
    private final StatusChanges changes;
    private final CustomerDrafts drafts;
    private final ErrandLookup lookup;
    private final AnswerInbox inbox;
    private final Audit audit;
    private final EventBus events;
    private final Clock clock;
    private final Agent agent;

    ErrandService(ErrandPorts ports, Collaborators c, MailAccess access, Dispatcher dispatcher, StatusChanges changes,
                  CustomerDrafts drafts, ErrandLookup lookup, AnswerInbox inbox) {
        this.inbox = inbox;
        this.ports = ports;
        this.directory = c.directory();
        this.caseRepo = c.caseRepo();
        this.cases = c.cases();
        this.access = access;
        this.dispatcher = dispatcher;
        this.changes = changes;
        this.drafts = drafts;
        this.lookup = lookup;
        this.audit = c.audit();
        this.events = c.events();
        this.clock = c.clock();
        this.agent = c.agent();
    }

    /** What the errand services use from the rest of the workspace. */
    record Collaborators(DirectoryRepository directory, CaseRepository caseRepo, CaseService cases, Audit audit,
                         EventBus events, Clock clock, Agent agent) {}

    /**
     * Forwards a case: creates the errand with a new reference and due date, sends it (a failed send is
     * recorded and retried on the next sync), puts the case in WAITING_INTERNAL and drafts an update for
     * the customer.
     *
     * @param via   null for e-mail
     * @param due   null for the unit's due days; else a date, {@code Nd} or {@code -Nd}
     * @throws ValidationException for an unknown unit, a channel the unit cannot be reached on, a bad due date
     * @throws NotFoundException   for an unknown case
     */
    public ErrandView forward(long caseId, String unitKey, ErrandChannel via, String due, String note) {
        ErrandChannel channel = via == null ? ErrandChannel.EMAIL : via;
        Case kase = caseRepo.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        Recipient to = Recipient.resolve(directory, unitKey);
        String recipient = reachable(to, channel);
        Instant now = clock.instant();
        Instant dueAt = DueDates.parse(due, to, now, clock.getZone());
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Errand errand = ports.tx().inTransaction(() -> {
            int year = now.atZone(clock.getZone()).getYear();
            ErrandRef ref = ErrandRef.of(year, ports.errands().nextNumber(year));
            Errand e = ports.errands().insert(new Errand(0, ref, caseId, to.key(), recipient, channel,
                    ErrandStatus.SENT, dueAt, now, now, null, 0));
            if (channel == ErrandChannel.PHONE) {
                ports.errands().addEvent(new ErrandEvent(0, e.id(), now, ErrandEvent.Type.CALL, agent.name(),
                        cleanNote != null ? cleanNote : "called " + to.name() + (recipient == null ? "" : " at " + recipient)));
                ports.mail().saveDelivery(new ErrandDelivery(e.id(), null, null, true, 1, null, now));
            } else {
                if (cleanNote != null) {
                    ports.errands().addEvent(new ErrandEvent(0, e.id(), now, ErrandEvent.Type.NOTE, agent.name(),
                            cleanNote));
                }
                ports.mail().saveDelivery(ErrandDelivery.pending(e.id(), channel == ErrandChannel.EMAIL
                        ? messageId(ref, now) : null));
            }
            if (kase.status() != CaseStatus.WAITING_INTERNAL) {
                cases.setStatus(caseId, CaseStatus.WAITING_INTERNAL);
            }
            drafts.forwarded(caseId, to.name(), ref, dueAt, clock.getZone());
            audit.record("errand.forwarded", "case", caseId, ref.value() + " to " + to.key() + " via " + channel.id());
            return e;
        });
        if (channel != ErrandChannel.PHONE) {
            dispatcher.deliver(errand, to, cleanNote, agent.name());
        }
        events.publish(new Event.CaseChanged(caseId, false));
        return lookup.view(ports.errands().find(errand.id()).orElseThrow());
    }

    /** The address the channel reaches the recipient at; a clear error when it has none. */
    private String reachable(Recipient to, ErrandChannel channel) {
        String who = to.name() + " (" + to.key() + ")";
        return switch (channel) {
            case EMAIL -> {
                if (to.email() == null) {
                    throw new ValidationException(who + " has no e-mail address in the directory; add one, or forward "
                            + "with --via phone" + (to.firstPhone() == null ? "" : " (" + to.firstPhone() + ")"));
                }
                access.required();
                yield to.email();
            }
            case WEBHOOK -> {
                if (to.webhookUrl() == null) {
                    throw new ValidationException(who + " has no webhook_url in the directory; choose another --via");
                }
                yield "webhook " + host(to.webhookUrl());
            }
            case OPEN311 -> {
                if (to.open311Endpoint() == null || to.open311ServiceCode() == null) {
                    throw new ValidationException(who + " has no open311_endpoint and open311_service_code in the "
                            + "directory; choose another --via");
                }
                yield to.open311Endpoint();
            }
            case PHONE -> to.firstPhone();
        };
    }

    /** Only the host of a webhook address: its path is its secret and must not be shown. */
    private static String host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? "(unreadable address)" : h;
        } catch (IllegalArgumentException e) {
            return "(unreadable address)";
        }
    }

    /** Our own Message-ID for a dossier: answers that keep In-Reply-To match by it. */
    private String messageId(ErrandRef ref, Instant now) {
        String domain = access.settings().map(s -> s.domain()).orElse("switchboard.invalid");
        return "<sb." + ref.value() + "." + now.toEpochMilli() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@" + domain + ">";
    }

    /** The result of {@link #update}: the errand, and the follow-up errand a redirect created. */
    public record Update(ErrandView errand, ErrandView followUp) {}

    /**
     * Records a status a unit gave outside the mailbox (e.g. on the phone). {@code redirected} needs the
     * unit it went to and creates the follow-up errand there.
     */
    public Update update(String ref, ErrandStatus status, String toUnit, String note) {
        Errand e = find(ref);
        if (status == null || status == ErrandStatus.SENT) {
            throw new ValidationException("--status takes received, in-progress, done, declined or redirected");
        }
        if (status == ErrandStatus.REDIRECTED && (toUnit == null || toUnit.isBlank())) {
            throw new ValidationException("--status redirected needs --to UNIT: the unit the errand went to");
        }
        if (status != ErrandStatus.REDIRECTED && toUnit != null) {
            throw new ValidationException("--to is only for --status redirected");
        }
        Recipient next = status == ErrandStatus.REDIRECTED ? Recipient.resolve(directory, toUnit) : null;
        String words = note == null || note.isBlank() ? null : note.strip();
        Errand after = changes.apply(e.id(), new StatusChanges.Said(status, next == null ? null : next.key(),
                agent.name(), words, List.of()), true);
        events.publish(new Event.CaseChanged(e.caseId(), false));
        ErrandView followUp = null;
        if (next != null) {
            String from = lookup.recipientOf(e).name();
            followUp = forward(e.caseId(), next.key(), channelFor(next), null, "Redirected by " + from + " ("
                    + e.ref().value() + ")" + (words == null ? "" : ": " + words));
        }
        return new Update(lookup.view(after), followUp);
    }

    /**
     * Sends an errand that is not at its unit yet once more, now: after the agent fixed the unit's address
     * in the directory (the errand takes the directory's current address) or the connection. The failure
     * state is forgotten, so a refusal or a give-up does not stop this attempt; a new failure is recorded
     * as before. On success the case waits for the unit again.
     *
     * @throws ValidationException when the errand is finished, a phone errand, already delivered, or the
     *                             unit has no address for its channel
     */
    public ErrandView resend(String ref) {
        Errand e = find(ref);
        if (!e.status().open()) {
            throw new ValidationException(e.ref().value() + " is " + e.status().id() + "; forward the case again instead");
        }
        if (e.via() == ErrandChannel.PHONE) {
            throw new ValidationException(e.ref().value() + " was a phone call; nothing is sent — record a call instead");
        }
        ErrandDelivery d = ports.mail().delivery(e.id()).orElse(ErrandDelivery.pending(e.id(), null));
        if (d.delivered()) {
            throw new ValidationException(e.ref().value() + " reached " + lookup.recipientOf(e).name()
                    + " already; nothing to send again");
        }
        Recipient to = lookup.recipientOf(e);
        String address = reachable(to, e.via());
        Errand ready = ports.tx().inTransaction(() -> {
            ports.mail().saveDelivery(d.again());
            audit.record("errand.resend", "case", e.caseId(), e.ref().value() + " to " + address);
            return java.util.Objects.equals(address, e.recipient()) ? e
                    : ports.errands().update(e.withRecipient(address, clock.instant()));
        });
        if (dispatcher.deliver(ready, to, lookup.agentNote(ready), agent.name())) {
            ports.tx().run(() -> {
                Case kase = caseRepo.find(e.caseId()).orElseThrow();
                if (kase.tags().contains(Dispatcher.NOT_SENT_TAG)) {
                    cases.setTags(kase.id(), kase.tags().stream().filter(t -> !t.equals(Dispatcher.NOT_SENT_TAG))
                            .toList());
                }
                if (kase.status() == CaseStatus.OPEN) {
                    cases.setStatus(kase.id(), CaseStatus.WAITING_INTERNAL);
                }
            });
        }
        events.publish(new Event.CaseChanged(e.caseId(), false));
        return lookup.view(ports.errands().find(e.id()).orElseThrow());
    }

    /** E-mail when possible, then team chat, then Open311, else a phone call. */
    private ErrandChannel channelFor(Recipient r) {
        if (r.email() != null && access.configured()) {
            return ErrandChannel.EMAIL;
        }
        if (r.webhookUrl() != null) {
            return ErrandChannel.WEBHOOK;
        }
        return r.open311Endpoint() != null && r.open311ServiceCode() != null ? ErrandChannel.OPEN311
                : ErrandChannel.PHONE;
    }

    public ErrandView view(String ref) {
        return lookup.view(find(ref));
    }

    /** Errands, earliest due first: only open ones, only overdue ones, only those of one unit. */
    public List<ErrandView> list(boolean openOnly, boolean overdueOnly, String unitKey) {
        String unit = unitKey == null ? null : Recipient.resolve(directory, unitKey).key();
        return ports.errands().list(new ErrandQuery(openOnly, overdueOnly, unit, clock.instant(), 10_000)).stream()
                .map(lookup::view).toList();
    }

    /** Answer mails that matched no errand, newest first. */
    public List<UnmatchedMail> unmatched() {
        return ports.mail().unmatched(1000);
    }

    /**
     * Assigns an answer mail that matched no errand to the errand {@code ref}, applied as if it had matched:
     * its action word sets the status, its text becomes a note, its files are kept on the event. The mail
     * then leaves the unmatched list. One transaction.
     *
     * @throws NotFoundException for an unknown mail id or reference
     */
    public ErrandView assignUnmatched(long mailId, String ref) {
        Errand e = find(ref);
        ports.tx().run(() -> {
            UnmatchedMail m = ports.mail().unmatchedMail(mailId)
                    .orElseThrow(() -> new NotFoundException("unmatched mail", mailId));
            inbox.apply(List.of(e), m.subject(), m.text(), m.from() == null ? "unknown sender" : m.from(),
                    ports.mail().attachmentsOfUnmatched(mailId));
            ports.mail().deleteUnmatched(mailId);
            audit.record("errand.mail-assigned", "case", e.caseId(), e.ref().value() + " ← mail " + m.messageId());
        });
        events.publish(new Event.CaseChanged(e.caseId(), false));
        return lookup.view(ports.errands().find(e.id()).orElseThrow());
    }

    /** The files kept with one event of an errand's timeline. */
    public List<org.switchboard.domain.mail.MailAttachment> files(long errandEventId) {
        return ports.mail().attachmentsOfEvent(errandEventId);
    }

    /** Sets the follow-up ladder's delays in working days (defaults: 1 and 1). */
    public void setFollowUpDays(int escalationDays, int leadFlagDays) {
        if (escalationDays < 0 || escalationDays > 30 || leadFlagDays < 0 || leadFlagDays > 30) {
            throw new ValidationException("follow-up delays are 0..30 working days");
        }
        ports.tx().run(() -> {
            ports.settings().put(FollowUpLadder.ESCALATION_DAYS, String.valueOf(escalationDays));
            ports.settings().put(FollowUpLadder.LEAD_FLAG_DAYS, String.valueOf(leadFlagDays));
            audit.record("errand.follow-up-days", "workspace", "errands", escalationDays + "/" + leadFlagDays);
        });
    }

    /**
     * Keeps the API key of the Open311 server the unit's endpoint points at, in the secret store only
     * ({@code open311/<host>}); a null or blank key removes it. Returns the server's host name.
     *
     * @throws ValidationException when the unit has no Open311 endpoint
     */
    public String setOpen311Key(String unitKey, String apiKey) {
        String endpoint = open311Endpoint(unitKey);
        String name = Open311Keys.secretName(endpoint);
        if (apiKey == null || apiKey.isBlank()) {
            ports.secrets().delete(name);
            audit.record("errand.open311-key.removed", "directory", unitKey, Open311Keys.host(endpoint));
        } else {
            if (apiKey.strip().chars().anyMatch(Character::isISOControl)) {
                throw new ValidationException("the Open311 API key holds line breaks or control characters; give "
                        + "only the key");
            }
            ports.secrets().put(name, apiKey.strip());
            audit.record("errand.open311-key.set", "directory", unitKey, Open311Keys.host(endpoint));
        }
        return Open311Keys.host(endpoint);
    }

    /** Whether an API key is kept for the Open311 server of the unit (false when it has no endpoint). */
    public boolean hasOpen311Key(String unitKey) {
        String endpoint = Recipient.resolve(directory, unitKey).open311Endpoint();
        return endpoint != null && Open311Keys.key(ports.secrets(), endpoint) != null;
    }

    private String open311Endpoint(String unitKey) {
        Recipient r = Recipient.resolve(directory, unitKey);
        if (r.open311Endpoint() == null) {
            throw new ValidationException(r.name() + " (" + r.key() + ") has no open311_endpoint in the directory; "
                    + "set the endpoint first, then its API key");
        }
        return r.open311Endpoint();
    }

    public Instant now() {
        return clock.instant();
    }

    private Errand find(String ref) {
        ErrandRef r = new ErrandRef(ref == null ? null : ref.strip().toUpperCase(java.util.Locale.ROOT));
        return ports.errands().find(r).orElseThrow(() -> new NotFoundException("errand", r.value()));
    }
}
