package org.switchboard.service.errands;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.domain.Attachment;
import org.switchboard.domain.Direction;
import org.switchboard.domain.Errand;
import org.switchboard.domain.ErrandCard;
import org.switchboard.domain.ErrandDelivery;
import org.switchboard.domain.ErrandEvent;
import org.switchboard.domain.Message;
import org.switchboard.domain.Open311Receipt;
import org.switchboard.domain.Open311Request;
import org.switchboard.domain.SecretsUnavailableException;
import org.switchboard.domain.ValidationException;
import org.switchboard.domain.mail.MailException;
import org.switchboard.domain.mail.MailSettings;
import org.switchboard.domain.sync.ConnectorException;
import org.switchboard.service.cases.CaseDetail;
import org.switchboard.service.cases.CaseService;

/**
 * Gets an errand to its unit by e-mail (the dossier), webhook (a message card) or Open311 (a service
 * request), and records the outcome: a {@code sent} event, or {@code send-failed} with the reason in
 * words — the errand then stays undelivered and the next sync tries again with the same Message-ID.
 * Background threads only (network).
 */
final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final ErrandPorts ports;
    private final CaseService cases;
    private final MailAccess access;
    private final Photos photos;
    private final Clock clock;
    private final Supplier<String> language;

    Dispatcher(ErrandPorts ports, CaseService cases, MailAccess access, Clock clock, Supplier<String> language) {
        this.ports = ports;
        this.cases = cases;
        this.access = access;
        this.photos = new Photos(ports.files());
        this.clock = clock;
        this.language = language;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    ErrandTexts texts() {
        return ErrandTexts.of(language.get(), zone());
    }

    /** Tries once; returns true when the unit has it now. */
    boolean deliver(Errand e, Recipient to, String note, String agent) {
        ErrandDelivery before = ports.mail().delivery(e.id()).orElse(ErrandDelivery.pending(e.id(), null));
        try {
            String external = null;
            String sentNote;
            switch (e.via()) {
                case EMAIL -> {
                    MailSettings box = access.required();
                    CaseDetail d = cases.open(e.caseId());
                    Dossier.Input in = new Dossier.Input(e, to, d, note, agent, box, before.messageId(),
                            photos.fetch(d.messages()));
                    ports.sender().send(access.smtp(), Dossier.compose(in, texts()));
                    sentNote = "to " + e.recipient();
                }
                case WEBHOOK -> {
                    ports.webhook().post(to.webhookUrl(), card(e, to, note));
                    sentNote = "to the team chat of " + to.name();
                }
                case OPEN311 -> {
                    Open311Receipt r = ports.open311().submit(open311(e, to, note));
                    external = r.externalId();
                    sentNote = "Open311 service request " + (external == null ? "(no id returned)" : external)
                            + (r.notice() == null ? "" : ": " + r.notice());
                }
                default -> throw new IllegalStateException(e.via() + " is not delivered by the dispatcher");
            }
            record(e, before.succeeded(external, clock.instant()), ErrandEvent.Type.SENT, agent, sentNote);
            return true;
        } catch (MailException | ConnectorException | ValidationException | SecretsUnavailableException ex) {
            LOG.info("Errand {} could not be delivered: {}", e.ref(), ex.getMessage());
            failed(e, before, ex, agent);
            return false;
        }
    }

    /**
     * Records a failed attempt: a permanent refusal stops at once, a transient failure is tried again after
     * a back-off until the cap (DeliveryRetry); a stopped errand goes back to the agent — the case returns to
     * the queue with the tag {@value #NOT_SENT_TAG} and the event says why and what to do.
     */
    private void failed(Errand e, ErrandDelivery before, RuntimeException ex, String agent) {
        Instant now = clock.instant();
        String why = ex.getMessage();
        ErrandDelivery after;
        String note;
        if (DeliveryRetry.permanent(ex)) {
            after = before.stopped(ErrandDelivery.Failure.REFUSED, why, now);
            note = "not sent, refused for good: " + why + " Fix the address in the directory, then send it again.";
        } else {
            ErrandDelivery trying = before.retryLater(why, now, now);
            Instant next = DeliveryRetry.next(trying.attempts(), trying.firstFailedAt(), now);
            if (next == null) {
                after = before.stopped(ErrandDelivery.Failure.GAVE_UP, why, now);
                note = "not sent, gave up after " + after.attempts() + " attempts since "
                        + texts().dateTime(after.firstFailedAt()) + ": " + why + " Check the unit's address and the "
                        + "connection, then send it again.";
            } else {
                after = before.retryLater(why, now, next);
                note = why + " Attempt " + after.attempts() + "; tried again from " + texts().dateTime(next) + ".";
            }
        }
        ports.tx().run(() -> {
            ports.mail().saveDelivery(after);
            ports.errands().addEvent(new ErrandEvent(0, e.id(), now, ErrandEvent.Type.SEND_FAILED, agent, note));
            if (after.stopped()) {
                backToAgent(e);
            }
        });
    }

    /** Tag of a case whose errand could not be sent and waits for the agent. */
    static final String NOT_SENT_TAG = "errand-not-sent";

    private void backToAgent(Errand e) {
        CaseDetail d = cases.open(e.caseId());
        if (!d.kase().tags().contains(NOT_SENT_TAG)) {
            List<String> tags = new ArrayList<>(d.kase().tags());
            tags.add(NOT_SENT_TAG);
            cases.setTags(e.caseId(), tags);
        }
        if (d.kase().status() == org.switchboard.domain.CaseStatus.WAITING_INTERNAL) {
            cases.setStatus(e.caseId(), org.switchboard.domain.CaseStatus.OPEN);
        }
    }

    private void record(Errand e, ErrandDelivery d, ErrandEvent.Type type, String by, String note) {
        ports.tx().run(() -> {
            ports.mail().saveDelivery(d);
            ports.errands().addEvent(new ErrandEvent(0, e.id(), clock.instant(), type, by, note));
        });
    }

    private ErrandCard card(Errand e, Recipient to, String note) {
        CaseDetail d = cases.open(e.caseId());
        ErrandTexts t = texts();
        String answerTo = access.settings().map(MailSettings::address).orElse("—");
        List<ErrandCard.Fact> facts = new ArrayList<>();
        facts.add(new ErrandCard.Fact(t.get("webhook.fact.from"), d.contact().name() + " ("
                + d.kase().platform().displayName() + ")"));
        facts.add(new ErrandCard.Fact(t.get("webhook.fact.wrote"), clip(firstWords(d), 1000)));
        if (note != null) {
            facts.add(new ErrandCard.Fact(t.get("webhook.fact.note"), note));
        }
        facts.add(new ErrandCard.Fact(t.get("webhook.fact.due"), t.dateTime(e.dueAt())));
        d.messages().stream().filter(m -> m.url() != null).findFirst()
                .ifPresent(m -> facts.add(new ErrandCard.Fact(t.get("webhook.fact.original"), m.url())));
        return new ErrandCard(t.get("webhook.title", e.ref().value(), to.name()),
                t.get("webhook.text", t.dateTime(e.dueAt()), answerTo, e.ref().value()), facts);
    }

    private Open311Request open311(Errand e, Recipient to, String note) {
        if (to.open311Endpoint() == null || to.open311ServiceCode() == null) {
            throw new ValidationException(to.name() + " has no Open311 endpoint and service code in the directory");
        }
        CaseDetail d = cases.open(e.caseId());
        String description = firstWords(d) + "\n\n[" + e.ref().value() + ", " + d.kase().platform().displayName()
                + "]" + (note == null ? "" : "\n" + note);
        String media = d.messages().stream().filter(m -> m.direction() == Direction.IN)
                .flatMap(m -> m.attachments().stream()).map(Attachment::url)
                .filter(u -> u.startsWith("https://") || u.startsWith("http://")).findFirst().orElse(null);
        String apiKey = Open311Keys.key(ports.secrets(), to.open311Endpoint());
        return new Open311Request(to.open311Endpoint(), to.open311ServiceCode(), description, null, null, media,
                access.settings().map(MailSettings::address).orElse(null), null, apiKey);
    }

    /** The customer's words: their inbound messages, oldest first. */
    private static String firstWords(CaseDetail d) {
        return String.join("\n\n", d.messages().stream().filter(m -> m.direction() == Direction.IN)
                .map(Message::text).toList());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
